package kr.valuemall.order.checkout;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Validator;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.valuemall.account.AccountApi;
import kr.valuemall.account.ConsentKind;
import kr.valuemall.account.MallUser;
import kr.valuemall.order.PriceOffers;
import kr.valuemall.order.cart.Basket;
import kr.valuemall.order.payment.PaymentMethod;

/**
 * The checkout page: where to send it, how to pay, and the one button that places the
 * order, however many times it is pressed.
 */
@Controller
class CheckoutController {

	static final String VIEW_CHECKOUT = "order/checkout";

	/** The button that applies (or removes) the coupon without paying. */
	static final String ACTION_COUPON = "coupon";

	/** The button that prices the delivery for the address as typed, without paying. */
	static final String ACTION_DELIVERY = "delivery";

	private static final ZoneId KOREA = ZoneId.of("Asia/Seoul");

	private final AccountApi accounts;

	private final Checkout checkout;

	private final Clock clock;

	private final SmartValidator validator;

	CheckoutController(Checkout checkout, Clock clock, Validator validator, AccountApi accounts) {
		this.accounts = accounts;
		this.checkout = checkout;
		this.clock = clock;
		this.validator = new SpringValidatorAdapter(validator);
	}

	/**
	 * The checkout for the whole cart, or for the lines ticked on the cart page
	 * ({@code selection} with one {@code sku} per line).
	 */
	@GetMapping("/checkout")
	String initCheckoutForm(@AuthenticationPrincipal MallUser user,
			@RequestParam(name = "selection", required = false) String selected,
			@RequestParam(name = "sku", required = false) List<String> skus, Model model, RedirectAttributes redirect) {
		CartSelection selection = CartSelection.of(selected != null, skus);
		List<SavedAddresses.SavedAddress> addresses = this.checkout.savedAddresses(user.getId());
		SavedAddresses.SavedAddress latest = addresses.isEmpty() ? null : addresses.get(0);
		String destination = (latest != null) ? latest.postalCode() : null;
		// Priced for the address offered first: a Jeju shopper sees the fee at once.
		Basket basket = this.checkout.basket(user.getId(), destination, selection);
		if (basket.isEmpty()) {
			if (!selection.isAll()) {
				redirect.addFlashAttribute("cartError", "cart.select.none");
			}
			return "redirect:/cart";
		}
		model.addAttribute("selection", selection);
		CheckoutForm form = CheckoutForm.fresh(basket.total(), (latest != null) ? latest.id() : null, destination);
		return show(model, form, basket, addresses, 0);
	}

	@PostMapping("/checkout")
	String processCheckoutForm(@AuthenticationPrincipal MallUser user,
			@ModelAttribute("checkoutForm") CheckoutForm form, BindingResult result,
			@RequestParam(name = "action", required = false) String action,
			@RequestParam(name = "selection", required = false) String selected,
			@RequestParam(name = "sku", required = false) List<String> skus, Model model) {
		CartSelection selection = CartSelection.of(selected != null, skus);
		model.addAttribute("selection", selection);
		List<SavedAddresses.SavedAddress> addresses = this.checkout.savedAddresses(user.getId());
		if (ACTION_COUPON.equals(action) || ACTION_DELIVERY.equals(action) || form.couponChanged()) {
			// The shopper sees the total with (or without) the coupon, and with
			// the island fee of the address as it stands, before paying it.
			String destination = form.destination(addresses);
			return showAgain(model, user, form, this.checkout.basket(user.getId(), destination, selection), addresses,
					ACTION_DELIVERY.equals(action) ? SaySo.DELIVERY : SaySo.COUPON, destination);
		}
		form.check(this.validator, result, YearMonth.from(this.clock.instant().atZone(KOREA)));
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
			String destination = form.destination(addresses);
			return showAgain(model, user, form, this.checkout.basket(user.getId(), destination, selection), addresses,
					SaySo.NOTHING, destination);
		}
		if (result.hasErrors()) {
			// Priced as the form's total was, so the page shows the total the
			// form carries; a new address's island fee is shown before paying
			// once the errors are fixed.
			Basket quoted = this.checkout.basket(user.getId(), form.quoted(), selection);
			return show(model, form, quoted, addresses, discountOf(user, form.couponApplied(), quoted));
		}
		DeliveryAddress address = saved
			.map((a) -> new DeliveryAddress(a.recipient(), a.phone(), a.postalCode(), a.address1(), a.address2(),
					form.deliveryNoteText()))
			.orElseGet(form::address);
		Checkout.Placement placement = this.checkout.place(user.getId(),
				new Checkout.PlaceOrder(form.parsedKey(), address, form.method(), form.card(),
						form.expectedTotalValue(), form.couponApplied(), selection, form.quoted()));
		if (placement instanceof Checkout.Placement.Placed placed) {
			// Paying after reading who receives the delivery details is the shopper's
			// consent to that provision (개인정보 제3자 제공), recorded with its version.
			this.accounts.recordConsent(user.getId(), ConsentKind.THIRD_PARTY_PROVISION,
					ConsentKind.THIRD_PARTY_PROVISION.currentVersion());
			// A page of its own, safe to reload: what was bought, where it goes, how to
			// pay
			// a bank transfer, and where to go next.
			return "redirect:/orders/" + placed.orderNumber() + "/complete";
		}
		if (placement instanceof Checkout.Placement.EmptyCart) {
			return "redirect:/cart";
		}
		Basket now = this.checkout.basket(user.getId(), address.postalCode(), selection);
		if (placement instanceof Checkout.Placement.IslandFeeChanged changed) {
			// The address adds (or no longer adds) a Jeju or island fee the page did not
			// show: show the new total to agree to instead of charging it.
			model.addAttribute("deliveryNotice",
					changed.added() ? "checkout.islandFee.added" : "checkout.islandFee.removed");
			return showAgain(model, user, form, now, addresses, SaySo.NOTHING, address.postalCode());
		}
		if (placement instanceof Checkout.Placement.Declined declined) {
			model.addAttribute("problem", "checkout.declined." + declineKey(declined.code()));
		}
		else if (placement instanceof Checkout.Placement.Shortage shortage) {
			model.addAttribute("problem", "checkout.shortage");
			model.addAttribute("shortProduct", now.parts()
				.stream()
				.flatMap((part) -> part.items().stream())
				.filter((item) -> item.product().id() == shortage.productId()
						&& java.util.Objects.equals(item.product().optionLabel(), shortage.optionLabel()))
				.map((item) -> item.product().hasOption()
						? item.product().name() + " (" + item.product().optionLabel() + ")" : item.product().name())
				.findFirst()
				.orElse(""));
			model.addAttribute("shortAvailable", shortage.available());
		}
		else if (placement instanceof Checkout.Placement.CouponRefused refused) {
			refusal(model, refused.reason(), refused.minimumOrder());
			return show(model, form.retry(now.total(), null, address.postalCode()), now, addresses, 0);
		}
		else {
			model.addAttribute("problem", "checkout.priceChanged");
		}
		return showAgain(model, user, form, now, addresses, SaySo.NOTHING, address.postalCode());
	}

	/**
	 * The page again with what was typed, under a new key, with the typed coupon's
	 * discount in the total when it can be used and the island fee of the destination.
	 * @param destination the postal code the basket was priced for, or null
	 */
	private String showAgain(Model model, MallUser user, CheckoutForm form, Basket basket,
			List<SavedAddresses.SavedAddress> addresses, SaySo saySo, String destination) {
		String code = form.coupon();
		long discount = 0;
		String applied = null;
		if (code != null && !basket.isEmpty()) {
			PriceOffers.CouponOutcome outcome = this.checkout.previewCoupon(user.getId(), code, basket);
			if (outcome instanceof PriceOffers.CouponOutcome.Applied coupon) {
				discount = coupon.discount();
				applied = code;
				if (saySo == SaySo.COUPON) {
					model.addAttribute("couponNotice", "checkout.coupon.applied");
				}
			}
			else if (outcome instanceof PriceOffers.CouponOutcome.Refused refused) {
				refusal(model, refused.reason(), refused.minimumOrder());
			}
		}
		else if (saySo == SaySo.COUPON && form.couponApplied() != null) {
			model.addAttribute("couponNotice", "checkout.coupon.removed");
		}
		if (saySo == SaySo.DELIVERY) {
			model.addAttribute("deliveryNotice",
					(basket.islandFeeTotal() > 0) ? "checkout.islandFee.quoted" : "checkout.islandFee.none");
		}
		return show(model, form.retry(basket.total() - discount, applied, destination), basket, addresses, discount);
	}

	/** What a page shown again tells the shopper it did. */
	private enum SaySo {

		NOTHING, COUPON, DELIVERY

	}

	private long discountOf(MallUser user, String code, Basket basket) {
		if (code == null) {
			return 0;
		}
		PriceOffers.CouponOutcome outcome = this.checkout.previewCoupon(user.getId(), code, basket);
		return (outcome instanceof PriceOffers.CouponOutcome.Applied applied) ? applied.discount() : 0;
	}

	private static void refusal(Model model, PriceOffers.CouponRefusal reason, long minimumOrder) {
		model.addAttribute("couponProblem", "checkout.coupon.refused." + reason.name());
		model.addAttribute("couponMinimum", minimumOrder);
	}

	private String show(Model model, CheckoutForm form, Basket basket, List<SavedAddresses.SavedAddress> addresses,
			long discount) {
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
		model.addAttribute("discount", discount);
		model.addAttribute("appliedCode", form.couponApplied());
		model.addAttribute("payable", basket.total() - discount);
		model.addAttribute("addresses", addresses);
		model.addAttribute("addressIslandFees", islandFeesOf(basket, addresses));
		model.addAttribute("methods", PaymentMethod.values());
		model.addAttribute("blocked",
				basket.parts().stream().flatMap((part) -> part.items().stream()).anyMatch((item) -> !item.available()));
		return VIEW_CHECKOUT;
	}

	/** What each saved address in Jeju or on an island would add to this basket. */
	private Map<Long, Long> islandFeesOf(Basket basket, List<SavedAddresses.SavedAddress> addresses) {
		Map<Long, Long> fees = new HashMap<>();
		if (!basket.hasIslandFees()) {
			return fees;
		}
		for (SavedAddresses.SavedAddress address : addresses) {
			long fee = basket.islandFeeTotal(this.checkout.areaOf(address.postalCode()));
			if (fee > 0) {
				fees.put(address.id(), fee);
			}
		}
		return fees;
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
