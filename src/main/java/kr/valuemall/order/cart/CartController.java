package kr.valuemall.order.cart;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.valuemall.order.ProductShelf;
import kr.valuemall.order.ShelfProduct;

/**
 * The cart page and the buttons that fill it: for visitors and signed-in shoppers alike.
 */
@Controller
class CartController {

	static final String VIEW_CART = "order/cart";

	private final Carts carts;

	private final ProductShelf shelf;

	private final BasketPricing pricing;

	CartController(Carts carts, ProductShelf shelf, BasketPricing pricing) {
		this.carts = carts;
		this.shelf = shelf;
		this.pricing = pricing;
	}

	@GetMapping("/cart")
	String cart(HttpServletRequest request, Model model) {
		Optional<CartOwner> owner = CartCookie.current(request);
		List<CartLine> lines = owner.map(this.carts::lines).orElse(List.of());
		Map<Long, ShelfProduct> products = this.shelf.find(lines.stream().map(CartLine::productId).toList());
		Basket basket = this.pricing.price(lines, products);
		model.addAttribute("basket", basket);
		model.addAttribute("blocked",
				basket.parts().stream().flatMap((part) -> part.items().stream()).anyMatch((item) -> !item.available()));
		return VIEW_CART;
	}

	/**
	 * Puts a product in the cart. "Buy now" goes straight to checkout; otherwise the
	 * shopper stays on the product page with a note and a link to the cart.
	 */
	@PostMapping("/cart/items")
	String add(@RequestParam long productId, @RequestParam(defaultValue = "1") String quantity,
			@RequestParam(required = false) String buyNow, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		int wanted = parseQuantity(quantity);
		String back = "redirect:/products/" + productId;
		if (wanted < 1) {
			redirect.addFlashAttribute("cartError", "cart.quantity.invalid");
			return back;
		}
		Optional<Carts.Added> added = this.carts.add(CartCookie.currentOrNew(request, response), productId, wanted);
		if (added.isEmpty()) {
			redirect.addFlashAttribute("cartError", "cart.add.unavailable");
			return back;
		}
		if (buyNow != null && !added.get().limited()) {
			return "redirect:/checkout";
		}
		redirect.addFlashAttribute("cartAdded", added.get().limited() ? "cart.add.limited" : "cart.add.done");
		return back;
	}

	@PostMapping("/cart/items/{productId}")
	String change(@PathVariable long productId, @RequestParam String quantity, HttpServletRequest request,
			RedirectAttributes redirect) {
		int wanted = parseQuantity(quantity);
		if (wanted < 0) {
			redirect.addFlashAttribute("cartError", "cart.quantity.invalid");
			return "redirect:/cart";
		}
		CartCookie.current(request)
			.flatMap((owner) -> this.carts.change(owner, productId, wanted))
			.ifPresent((held) -> redirect.addFlashAttribute("notice",
					(held < wanted) ? "cart.change.limited" : "cart.change.done"));
		return "redirect:/cart";
	}

	@PostMapping("/cart/items/{productId}/delete")
	String remove(@PathVariable long productId, HttpServletRequest request, RedirectAttributes redirect) {
		CartCookie.current(request).ifPresent((owner) -> this.carts.remove(owner, productId));
		redirect.addFlashAttribute("notice", "cart.removed");
		return "redirect:/cart";
	}

	/** A quantity as typed, or -1 when it is not a whole number a cart can hold. */
	private static int parseQuantity(String typed) {
		String digits = (typed != null) ? typed.strip() : "";
		if (!digits.matches("\\d{1,4}")) {
			return -1;
		}
		int value = Integer.parseInt(digits);
		return (value > Carts.MAX_QUANTITY) ? Carts.MAX_QUANTITY : value;
	}

}
