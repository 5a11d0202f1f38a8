package kr.valuemall.catalog.wishlist;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A shopper keeps as many products as a list may hold; a 409, never a 500. */
@ResponseStatus(HttpStatus.CONFLICT)
class WishlistFull extends RuntimeException {

	WishlistFull() {
		super("The wishlist holds " + Wishlist.MAX_ITEMS + " products already");
	}

}
