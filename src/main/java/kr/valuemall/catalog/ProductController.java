package kr.valuemall.catalog;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A product page: pictures, price, the origin badge and the seller's legally required
 * identity, and the newest reviews. Only live listings have one.
 */
@Controller
class ProductController {

	static final String VIEW_PRODUCT = "catalog/productDetail";

	private final Storefront storefront;

	private final ProductViewCounter views;

	private final ProductReviews reviews;

	ProductController(Storefront storefront, ProductViewCounter views, ProductReviews reviews) {
		this.storefront = storefront;
		this.views = views;
		this.reviews = reviews;
	}

	@GetMapping("/products/{id}")
	String product(@PathVariable long id, Model model) {
		model.addAttribute("page", this.storefront.product(id).orElseThrow(() -> ProductNotFound.of(id)));
		model.addAttribute("reviews", this.reviews.ofProduct(id, 0));
		this.views.count(id);
		return VIEW_PRODUCT;
	}

}
