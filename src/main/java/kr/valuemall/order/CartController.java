package kr.valuemall.order;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The cart page. Products cannot be put in a cart before sellers list them, so for now it
 * always shows the empty cart with the way back to shopping.
 */
@Controller
class CartController {

	static final String VIEW_CART = "order/cart";

	@GetMapping("/cart")
	String cart() {
		return VIEW_CART;
	}

}
