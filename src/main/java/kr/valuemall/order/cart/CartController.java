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
		Map<Long, ShelfProduct> products = this.shelf.findSkus(lines.stream().map(CartLine::skuId).toList());
		Basket basket = this.pricing.price(lines, products);
		model.addAttribute("basket", basket);
		model.addAttribute("blocked",
				basket.parts().stream().flatMap((part) -> part.items().stream()).anyMatch((item) -> !item.available()));
		return VIEW_CART;
	}

	/**
	 * Puts a product in the cart: the option chosen on its page ({@code sku}), or the
	 * listing's only SKU when it has no options. "Buy now" goes straight to checkout;
	 * otherwise the shopper stays on the product page with a note and a link to the cart.
	 */
	@PostMapping("/cart/items")
	String add(@RequestParam long productId, @RequestParam(name = "sku", required = false) String sku,
			@RequestParam(defaultValue = "1") String quantity, @RequestParam(required = false) String buyNow,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		int wanted = parseQuantity(quantity);
		String back = "redirect:/products/" + productId;
		if (wanted < 1) {
			redirect.addFlashAttribute("cartError", "cart.quantity.invalid");
			return back;
		}
		ShelfProduct listing = this.shelf.find(List.of(productId)).get(productId);
		Optional<ShelfProduct> chosen = chosenSku(productId, sku, listing);
		if (chosen.isEmpty()) {
			redirect.addFlashAttribute("cartError", "cart.option.required");
			return back;
		}
		if (!chosen.get().available()) {
			redirect.addFlashAttribute("cartError",
					chosen.get().hasOption() ? "cart.option.soldOut" : "cart.add.unavailable");
			redirect.addFlashAttribute("cartOption", chosen.get().optionLabel());
			return back;
		}
		Optional<Carts.Added> added = this.carts.addSku(CartCookie.currentOrNew(request, response),
				chosen.get().skuId(), wanted);
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

	/**
	 * The SKU a shopper chose for this listing: the one posted (it must belong to the
	 * listing), or the listing's only SKU when it has no options; empty when a listing
	 * with options was posted without one.
	 */
	private Optional<ShelfProduct> chosenSku(long productId, String sku, ShelfProduct listing) {
		if (sku != null && sku.strip().matches("\\d{1,18}")) {
			long skuId = Long.parseLong(sku.strip());
			return Optional.ofNullable(this.shelf.findSkus(List.of(skuId)).get(skuId))
				.filter((found) -> found.id() == productId);
		}
		if (listing == null) {
			return Optional.of(new ShelfProduct(productId, 0, "", "", 1, 0, 0, null, false));
		}
		ShelfProduct only = this.shelf.findSkus(List.of(listing.skuId())).get(listing.skuId());
		return Optional.ofNullable(only).filter((found) -> !found.hasOption());
	}

	@PostMapping("/cart/items/{skuId}")
	String change(@PathVariable long skuId, @RequestParam String quantity, HttpServletRequest request,
			RedirectAttributes redirect) {
		int wanted = parseQuantity(quantity);
		if (wanted < 0) {
			redirect.addFlashAttribute("cartError", "cart.quantity.invalid");
			return "redirect:/cart";
		}
		CartCookie.current(request)
			.flatMap((owner) -> this.carts.change(owner, skuId, wanted))
			.ifPresent((held) -> redirect.addFlashAttribute("notice",
					(held < wanted) ? "cart.change.limited" : "cart.change.done"));
		return "redirect:/cart";
	}

	@PostMapping("/cart/items/{skuId}/delete")
	String remove(@PathVariable long skuId, HttpServletRequest request, RedirectAttributes redirect) {
		CartCookie.current(request).ifPresent((owner) -> this.carts.remove(owner, skuId));
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
