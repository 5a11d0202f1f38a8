package kr.valuemall.catalog.storefront;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;

import kr.valuemall.seller.SellerApi;
import kr.valuemall.seller.StoreSummary;
import kr.valuemall.catalog.reviews.ProductReviews;

/**
 * {@code /stores/{slug}}: an approved store's introduction, region, rating and live
 * products.
 */
@Controller
class StoreController {

	static final String VIEW_STORE = "catalog/store";

	private final SellerApi sellers;

	private final Storefront storefront;

	private final ProductReviews reviews;

	StoreController(SellerApi sellers, Storefront storefront, ProductReviews reviews) {
		this.sellers = sellers;
		this.storefront = storefront;
		this.reviews = reviews;
	}

	@GetMapping("/stores/{slug}")
	String store(@PathVariable String slug, Model model) {
		StoreSummary store = this.sellers.storeBySlug(slug).orElseThrow(() -> new StoreNotFound(slug));
		model.addAttribute("store", store);
		model.addAttribute("products", this.storefront.liveOf(store));
		model.addAttribute("rating", this.reviews.ratingOfStore(store.sellerId()));
		return VIEW_STORE;
	}

	@ResponseStatus(HttpStatus.NOT_FOUND)
	static class StoreNotFound extends RuntimeException {

		StoreNotFound(String slug) {
			super("No open store " + slug);
		}

	}

}
