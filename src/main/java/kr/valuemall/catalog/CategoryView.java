package kr.valuemall.catalog;

import java.util.List;
import java.util.Locale;

/**
 * A category as pages show it, with its name in both languages and its subcategories.
 */
public record CategoryView(String slug, String nameKo, String nameEn, List<CategoryView> children) {

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.nameEn : this.nameKo;
	}

}
