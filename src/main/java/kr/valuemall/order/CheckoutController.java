package kr.valuemall.order;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import kr.valuemall.account.MallUser;

/**
 * The checkout page: where to send it, how to pay, and the one button that places the
 * order, however many times it is pressed.
 */
@Controller
class CheckoutController {

	static final String VIEW_CHECKOUT = "order/checkout";

	private static final ZoneId KOREA = ZoneId.of("Asia/Seoul");

	private final Checkout checkout;

	private final Clock clock;

	CheckoutController(Checkout checkout, Clock clock) {
		this.checkout = checkout;
		this.clock = clock;
	}

	@GetMapping("/checkout")
	String initCheckoutForm(@AuthenticationPrincipal MallUser user, Model model) {
		Basket basket = this.checkout.basket(user.getId());
		if (basket.isEmpty()) {
			return "redirect:/cart";
		}
		List<SavedAddresses.SavedAddress> addresses = this.checkout.savedAddresses(user.getId());
		CheckoutForm form = CheckoutForm.fresh(basket.total(), addresses.isEmpty() ? null : addresses.get(0).id());
		return show(model, form, basket, addresses);
	}

	@PostMapping("/checkout")
	String processCheckoutForm(@AuthenticationPrincipal MallUser user,
			@ModelAttribute("checkoutForm") CheckoutForm form, BindingResult result, Model model) {
		Basket basket = this.checkout.basket(user.getId());
		List<SavedAddresses.SavedAddress> addresses = this.checkout.savedAddresses(user.getId());
		form.check(result, YearMonth.from(this.clock.instant().atZone(KOREA)));
		Optional<SavedAddresses.SavedAddress> saved = Optional.empty();
		if (form.usesSavedAddress()) {
			saved = addresses.stream()
				.filter((address) -> Long.toString(address.id()).equals(form.addressId()))
				.findFirst();
			if (saved.isEmpty()) {
				result.rejectValue("addressId", "checkout.address.gone");
			}
		}
		if (form.parsedKey() == null || form.expectedTotalValue() == null) {
			// A form this mall did not make: show a fresh one.
			return show(model, form.retry(basket.total()), basket, addresses);
		}
		if (result.hasErrors()) {
			return show(model, form, basket, addresses);
		}
		DeliveryAddress address = saved
			.map((a) -> new DeliveryAddress(a.recipient(), a.phone(), a.postalCode(), a.address1(), a.address2(),
					form.deliveryNoteText()))
			.orElseGet(form::address);
		Checkout.Placement placement = this.checkout.place(user.getId(), new Checkout.PlaceOrder(form.parsedKey(),
				address, form.method(), form.card(), form.expectedTotalValue()));
		if (placement instanceof Checkout.Placement.Placed placed) {
			return "redirect:/orders/" + placed.orderNumber() + "?placed";
		}
		if (placement instanceof Checkout.Placement.EmptyCart) {
			return "redirect:/cart";
		}
		Basket now = this.checkout.basket(user.getId());
		if (placement instanceof Checkout.Placement.Declined declined) {
			model.addAttribute("problem", "checkout.declined." + declineKey(declined.code()));
		}
		else if (placement instanceof Checkout.Placement.Shortage shortage) {
			model.addAttribute("problem", "checkout.shortage");
			model.addAttribute("shortProduct",
					now.parts()
						.stream()
						.flatMap((part) -> part.items().stream())
						.filter((item) -> item.product().id() == shortage.productId())
						.map((item) -> item.product().name())
						.findFirst()
						.orElse(""));
			model.addAttribute("shortAvailable", shortage.available());
		}
		else {
			model.addAttribute("problem", "checkout.priceChanged");
		}
		return show(model, form.retry(now.total()), now, addresses);
	}

	private String show(Model model, CheckoutForm form, Basket basket, List<SavedAddresses.SavedAddress> addresses) {
		if (basket.isEmpty()) {
			return "redirect:/cart";
		}
		Object bound = model.getAttribute("checkoutForm");
		if (bound != form) {
			// A new form (new key, new total): the submitted one's binding must not show
			// through.
			model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "checkoutForm");
		}
		model.addAttribute("checkoutForm", form);
		model.addAttribute("basket", basket);
		model.addAttribute("addresses", addresses);
		model.addAttribute("methods", PaymentMethod.values());
		model.addAttribute("blocked",
				basket.parts().stream().flatMap((part) -> part.items().stream()).anyMatch((item) -> !item.available()));
		return VIEW_CHECKOUT;
	}

	private static String declineKey(String code) {
		if ("INSUFFICIENT_FUNDS".equals(code)) {
			return "funds";
		}
		if ("NO_ANSWER".equals(code)) {
			return "noAnswer";
		}
		return "card";
	}

}
