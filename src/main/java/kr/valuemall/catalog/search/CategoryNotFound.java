package kr.valuemall.catalog.search;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class CategoryNotFound extends RuntimeException {

	private CategoryNotFound(String slug) {
		super("No category " + slug);
	}

	static CategoryNotFound of(String slug) {
		return new CategoryNotFound(slug);
	}

}
