package kr.valuemall.catalog;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Search results and category pages: live listings only.
 */
@Controller
class ProductListController {

	static final String VIEW_PRODUCTS = "catalog/products";

	private final CategoryMenu categoryMenu;

	private final Storefront storefront;

	ProductListController(CategoryMenu categoryMenu, Storefront storefront) {
		this.categoryMenu = categoryMenu;
		this.storefront = storefront;
	}

	@GetMapping("/products")
	String products(@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "category", required = false) String categorySlug,
			@RequestParam(name = "page", defaultValue = "0") int page, Model model) {
		String trimmed = (query != null) ? query.strip() : "";
		if (trimmed.length() > 100) {
			trimmed = trimmed.substring(0, 100);
		}
		Optional<CategoryView> category = Optional.ofNullable(categorySlug).flatMap(this.categoryMenu::find);
		if (categorySlug != null && category.isEmpty()) {
			throw CategoryNotFound.of(categorySlug);
		}
		Page<ProductCard> results = this.storefront.search(trimmed, category.orElse(null), page);
		model.addAttribute("query", trimmed);
		model.addAttribute("category", category.orElse(null));
		model.addAttribute("categories", this.categoryMenu.topLevel());
		model.addAttribute("results", results);
		return VIEW_PRODUCTS;
	}

}
