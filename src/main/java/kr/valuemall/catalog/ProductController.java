package kr.valuemall.catalog;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A product page: pictures, price, the origin badge and the seller's legally required
 * identity. Only live listings have one.
 */
@Controller
class ProductController {

	static final String VIEW_PRODUCT = "catalog/productDetail";

	private final Storefront storefront;

	private final ProductViewCounter views;

	ProductController(Storefront storefront, ProductViewCounter views) {
		this.storefront = storefront;
		this.views = views;
	}

	@GetMapping("/products/{id}")
	String product(@PathVariable long id, Model model) {
		model.addAttribute("page", this.storefront.product(id).orElseThrow(() -> ProductNotFound.of(id)));
		this.views.count(id);
		return VIEW_PRODUCT;
	}

}
