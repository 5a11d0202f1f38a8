package kr.valuemall.order.cart;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.valuemall.order.ProductShelf;
import kr.valuemall.order.ShelfProduct;
import kr.valuemall.web.MoneyFormat;

/**
 * The cart page and the buttons that fill it: for visitors and signed-in shoppers alike.
 */
@Controller
class CartController {

	static final String VIEW_CART = "order/cart";

	/** The product page's element holding the answer to "add to cart". */
	static final String FEEDBACK_ANCHOR = "cart-feedback";

	private final Carts carts;

	private final ProductShelf shelf;

	private final BasketPricing pricing;

	private final MessageSource messages;

	private final MoneyFormat money;

	CartController(Carts carts, ProductShelf shelf, BasketPricing pricing, MessageSource messages, MoneyFormat money) {
		this.carts = carts;
		this.shelf = shelf;
		this.pricing = pricing;
		this.messages = messages;
		this.money = money;
	}

	@GetMapping("/cart")
	String cart(HttpServletRequest request, Model model) {
		Optional<CartOwner> owner = CartCookie.current(request);
		List<CartLine> lines = owner.map(this.carts::lines).orElse(List.of());
		// The cart page is where the listings' pictures show.
		Map<Long, ShelfProduct> products = this.shelf
			.findSkusWithPictures(lines.stream().map(CartLine::skuId).toList());
		Basket basket = this.pricing.price(lines, products);
		model.addAttribute("basket", basket);
		// Ticked at first: every line that can be bought now. The summary shows their
		// totals; the page's script follows the boxes from there.
		List<Long> buyable = basket.parts()
			.stream()
			.flatMap((part) -> part.items().stream())
			.filter(Basket.Item::available)
			.map((item) -> item.product().skuId())
			.toList();
		model.addAttribute("selected",
				this.pricing.price(lines.stream().filter((line) -> buyable.contains(line.skuId())).toList(), products));
		model.addAttribute("selectedLines", buyable.size());
		model.addAttribute("blocked",
				basket.parts().stream().flatMap((part) -> part.items().stream()).anyMatch((item) -> !item.available()));
		return VIEW_CART;
	}

	/**
	 * Puts a product in the cart: the option chosen on its page ({@code sku}), or the
	 * listing's only SKU when it has no options. "Buy now" goes straight to checkout;
	 * otherwise the shopper goes back to the product page at the note that says what
	 * happened (its anchor), with a link to the cart.
	 */
	@PostMapping("/cart/items")
	String add(@RequestParam long productId, @RequestParam(name = "sku", required = false) String sku,
			@RequestParam(defaultValue = "1") String quantity, @RequestParam(required = false) String buyNow,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		Carts.Adding outcome = put(productId, sku, quantity, request, response);
		if (buyNow != null && outcome.added() && !outcome.limited()) {
			return "redirect:/checkout";
		}
		if (outcome.added()) {
			redirect.addFlashAttribute("cartAdded", outcome.messageKey());
		}
		else {
			redirect.addFlashAttribute("cartError", outcome.messageKey());
			if (outcome.option() != null) {
				redirect.addFlashAttribute("cartOption", outcome.option());
			}
		}
		return "redirect:/products/" + productId + "#" + FEEDBACK_ANCHOR;
	}

	/**
	 * The same, for the product page's script ({@code inPlace}): the page stays where it
	 * is and shows the answer beside the button, the header's count and, on wide screens,
	 * what the cart now holds.
	 */
	@PostMapping(path = "/cart/items", params = "inPlace")
	@ResponseBody
	AddedInPlace addInPlace(@RequestParam long productId, @RequestParam(name = "sku", required = false) String sku,
			@RequestParam(defaultValue = "1") String quantity, HttpServletRequest request, HttpServletResponse response,
			Locale locale) {
		Carts.Adding outcome = put(productId, sku, quantity, request, response);
		String message = this.messages.getMessage(outcome.messageKey(),
				new Object[] { (outcome.option() != null) ? outcome.option() : "" }, locale);
		Optional<CartOwner> owner = outcome.owner();
		List<CartLine> lines = owner.map(this.carts::lines).orElse(List.of());
		int count = owner.map(this.carts::count).orElse(0);
		Map<Long, ShelfProduct> products = this.shelf.findSkus(lines.stream().map(CartLine::skuId).toList());
		Basket basket = this.pricing.price(lines, products);
		List<AddedInPlace.Line> shown = basket.parts()
			.stream()
			.flatMap((part) -> part.items().stream())
			.map((item) -> new AddedInPlace.Line(item.product().name(),
					item.product().hasOption() ? this.messages.getMessage("option.label",
							new Object[] { item.product().optionLabel() }, locale) : "",
					this.messages.getMessage("cartPages.mini.quantity", new Object[] { item.quantity() }, locale),
					this.money.format(item.amount()), "/products/" + item.product().id()))
			.toList();
		return new AddedInPlace(outcome.added(), message, this.messages.getMessage("cart.go", null, locale), "/cart",
				count, this.messages.getMessage("layout.cartCount", new Object[] { count }, locale),
				new AddedInPlace.MiniCart(this.messages.getMessage("cartPages.mini.title", null, locale), shown,
						this.messages.getMessage("cart.total", null, locale), this.money.format(basket.total()),
						this.messages.getMessage("cartPages.mini.close", null, locale)));
	}

	/**
	 * What the cart page's totals become for the lines ticked ({@code sku}), priced as
	 * the checkout will price them; the page's script shows them as boxes are ticked.
	 */
	@GetMapping(path = "/cart/summary")
	@ResponseBody
	SelectedTotals selectedTotals(@RequestParam(name = "sku", required = false) List<String> skus,
			HttpServletRequest request, Locale locale) {
		java.util.Set<Long> ticked = new java.util.HashSet<>();
		if (skus != null) {
			skus.stream()
				.map((value) -> (value != null) ? value.strip() : "")
				.filter((value) -> value.matches("\\d{1,18}"))
				.forEach((value) -> ticked.add(Long.parseLong(value)));
		}
		List<CartLine> lines = CartCookie.current(request)
			.map(this.carts::lines)
			.orElse(List.of())
			.stream()
			.filter((line) -> ticked.contains(line.skuId()))
			.toList();
		Map<Long, ShelfProduct> products = this.shelf.findSkus(lines.stream().map(CartLine::skuId).toList());
		Basket basket = this.pricing.price(lines, products);
		return new SelectedTotals(lines.size(), this.money.format(basket.itemsTotal()),
				this.money.format(basket.shippingTotal()), this.money.format(basket.total()),
				this.messages.getMessage("cartPages.select.count", new Object[] { lines.size() }, locale));
	}

	private Carts.Adding put(long productId, String sku, String quantity, HttpServletRequest request,
			HttpServletResponse response) {
		int wanted = parseQuantity(quantity);
		Optional<CartOwner> current = CartCookie.current(request);
		if (wanted < 1) {
			return Carts.Adding.refused("cart.quantity.invalid", null, current);
		}
		return this.carts.add(productId, sku, wanted, current, () -> CartCookie.currentOrNew(request, response));
	}

	/**
	 * The answer the product page's script shows: the message, the link to the cart, the
	 * header's new count and, for wide screens, the cart's lines and total.
	 */
	record AddedInPlace(boolean added, String message, String cartLabel, String cartUrl, int cartCount,
			String cartCountLabel, MiniCart miniCart) {

		record MiniCart(String title, List<Line> lines, String totalLabel, String total, String closeLabel) {
		}

		record Line(String name, String option, String quantity, String amount, String url) {
		}

	}

	/** The cart page's totals for the ticked lines, formatted as the page shows money. */
	record SelectedTotals(int count, String itemsTotal, String shippingTotal, String total, String countLabel) {
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
