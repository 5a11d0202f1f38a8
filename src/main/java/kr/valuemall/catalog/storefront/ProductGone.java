package kr.valuemall.catalog.storefront;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A product taken off sale by its seller or refused by staff: 410, so search engines drop
 * the page rather than retry it as they would a 404.
 */
@ResponseStatus(HttpStatus.GONE)
class ProductGone extends RuntimeException {

	private ProductGone(String message) {
		super(message);
	}

	static ProductGone of(long id) {
		return new ProductGone("Product " + id + " is no longer sold");
	}

}
