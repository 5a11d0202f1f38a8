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

	ProductController(Storefront storefront) {
		this.storefront = storefront;
	}

	@GetMapping("/products/{id}")
	String product(@PathVariable long id, Model model) {
		model.addAttribute("page", this.storefront.product(id).orElseThrow(() -> ProductNotFound.of(id)));
		return VIEW_PRODUCT;
	}

}
