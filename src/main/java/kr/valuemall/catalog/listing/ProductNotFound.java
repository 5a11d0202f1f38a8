package kr.valuemall.catalog.listing;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such product, or not one this visitor may see: the two look the same from outside.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ProductNotFound extends RuntimeException {

	private ProductNotFound(String message) {
		super(message);
	}

	public static ProductNotFound of(long id) {
		return new ProductNotFound("No product " + id);
	}

}
