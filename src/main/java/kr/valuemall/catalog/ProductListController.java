package kr.valuemall.catalog;

import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Search results and category pages. No seller has listed products yet, so every search
 * ends at the no-results page, which offers the categories to browse.
 */
@Controller
class ProductListController {

	static final String VIEW_PRODUCTS = "catalog/products";

	private final CategoryMenu categoryMenu;

	ProductListController(CategoryMenu categoryMenu) {
		this.categoryMenu = categoryMenu;
	}

	@GetMapping("/products")
	String products(@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "category", required = false) String categorySlug, Model model) {
		String trimmed = (query != null) ? query.strip() : "";
		Optional<CategoryView> category = Optional.ofNullable(categorySlug).flatMap(this.categoryMenu::find);
		if (categorySlug != null && category.isEmpty()) {
			throw CategoryNotFound.of(categorySlug);
		}
		model.addAttribute("query", trimmed);
		model.addAttribute("category", category.orElse(null));
		model.addAttribute("categories", this.categoryMenu.topLevel());
		return VIEW_PRODUCTS;
	}

}
