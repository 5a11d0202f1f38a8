package kr.valuemall.seller.application;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class SellerApplicationNotFound extends RuntimeException {

	private SellerApplicationNotFound(String message) {
		super(message);
	}

	static SellerApplicationNotFound of(long id) {
		return new SellerApplicationNotFound("No seller application " + id);
	}

}
