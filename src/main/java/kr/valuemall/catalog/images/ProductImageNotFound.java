package kr.valuemall.catalog.images;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A product image that does not exist, or not for that product.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ProductImageNotFound extends RuntimeException {

	private ProductImageNotFound(long productId, long imageId) {
		super("No image " + imageId + " of product " + productId);
	}

	static ProductImageNotFound of(long productId, long imageId) {
		return new ProductImageNotFound(productId, imageId);
	}

}
