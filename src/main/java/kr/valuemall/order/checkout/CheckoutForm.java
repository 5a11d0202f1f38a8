package kr.valuemall.order.checkout;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;

import org.springframework.validation.Errors;
import org.springframework.validation.SmartValidator;

import kr.valuemall.web.forms.OneOf;
import kr.valuemall.web.forms.TypedChoices;
import kr.valuemall.web.forms.TypedNumbers;
import kr.valuemall.order.payment.PaymentGateway;
import kr.valuemall.order.payment.PaymentMethod;
import kr.valuemall.shared.PhoneNumbers;

/**
 * What the checkout page sends. Kept as typed, so a page shown again after a problem
 * shows it back; only the card number is never sent back to the page.
 *
 * @param key the form's idempotency key
 * @param expectedTotal the total the shopper was shown and agreed to
 * @param addressId a saved address, or blank for the typed one
 * @param couponCode the coupon code typed, if any
 * @param appliedCoupon the coupon whose discount the expected total includes, or blank
 */
record CheckoutForm(String key, String expectedTotal, String addressId,
		@NotBlank(groups = TypedAddress.class) @Size(max = 40, groups = TypedAddress.class) String recipient,
		@NotBlank(groups = TypedAddress.class) @Size(max = 20, groups = TypedAddress.class) @Pattern(
				regexp = PhoneNumbers.PATTERN, groups = TypedAddress.class) String phone,
		@NotBlank(groups = TypedAddress.class) @Pattern(regexp = "^\\s*$|^\\s*\\d{5}\\s*$",
				groups = TypedAddress.class) String postalCode,
		@NotBlank(groups = TypedAddress.class) @Size(max = 200, groups = TypedAddress.class) String address1,
		@Size(max = 200, groups = TypedAddress.class) String address2, @Size(max = 100) String deliveryNote,
		@NotBlank @OneOf(PaymentMethod.class) String paymentMethod,
		@NotBlank(groups = CardPayment.class) String cardNumber, String cardExpiry, String couponCode,
		String appliedCoupon) {

	/** The checks for an address typed here rather than chosen from the saved ones. */
	interface TypedAddress {

	}

	/** The checks for paying by card. */
	interface CardPayment {

	}

	static CheckoutForm fresh(long total, Long addressId) {
		return new CheckoutForm(UUID.randomUUID().toString(), Long.toString(total),
				(addressId != null) ? addressId.toString() : "", "", "", "", "", "", "", PaymentMethod.CARD.name(), "",
				"", "", "");
	}

	/**
	 * The same answers under a new key and total, for a checkout shown again.
	 * @param appliedCoupon the coupon the total includes, or null
	 */
	CheckoutForm retry(long total, String appliedCoupon) {
		return new CheckoutForm(UUID.randomUUID().toString(), Long.toString(total), this.addressId, this.recipient,
				this.phone, this.postalCode, this.address1, this.address2, this.deliveryNote, this.paymentMethod, "",
				this.cardExpiry, (this.couponCode != null) ? this.couponCode.strip() : "",
				(appliedCoupon != null) ? appliedCoupon : "");
	}

	/** The coupon code as the mall writes it, or null when none was typed. */
	String coupon() {
		return normalizeCode(this.couponCode);
	}

	/** The coupon the shopper saw the discounted total for, or null. */
	String couponApplied() {
		return normalizeCode(this.appliedCoupon);
	}

	/** Whether the typed code is not the one whose discount the page showed. */
	boolean couponChanged() {
		return !java.util.Objects.equals(coupon(), couponApplied());
	}

	private static String normalizeCode(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		return code.strip().replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
	}

	boolean usesSavedAddress() {
		return this.addressId != null && this.addressId.matches("\\d{1,18}");
	}

	UUID parsedKey() {
		try {
			return UUID.fromString(this.key);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return null;
		}
	}

	/**
	 * Checks what the shopper typed: Bean Validation for the fields the chosen address
	 * and payment need, then the card number's check digit and the expiry month. Each
	 * problem is a field error with a message key.
	 */
	void check(SmartValidator validator, Errors errors, YearMonth thisMonth) {
		List<Class<?>> groups = new ArrayList<>(List.of(Default.class));
		if (!usesSavedAddress()) {
			groups.add(TypedAddress.class);
		}
		if (method() == PaymentMethod.CARD) {
			groups.add(CardPayment.class);
		}
		validator.validate(this, errors, groups.toArray());
		if (method() == PaymentMethod.CARD) {
			String digits = cardDigits();
			if (!errors.hasFieldErrors("cardNumber") && (!digits.matches("\\d{15,16}") || !luhn(digits))) {
				errors.rejectValue("cardNumber", "checkout.card.invalid");
			}
			YearMonth expiry = expiry();
			if (expiry == null) {
				errors.rejectValue("cardExpiry", "checkout.expiry.invalid");
			}
			else if (expiry.isBefore(thisMonth)) {
				errors.rejectValue("cardExpiry", "checkout.expiry.past");
			}
		}
	}

	PaymentMethod method() {
		try {
			return TypedChoices.value(PaymentMethod.class, this.paymentMethod);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	DeliveryAddress address() {
		return new DeliveryAddress(this.recipient.strip(), PhoneNumbers.normalize(this.phone), this.postalCode.strip(),
				this.address1.strip(), (this.address2 != null) ? this.address2.strip() : "", deliveryNoteText());
	}

	String deliveryNoteText() {
		return (this.deliveryNote != null) ? this.deliveryNote.strip() : "";
	}

	PaymentGateway.CardDetails card() {
		return (method() == PaymentMethod.CARD) ? new PaymentGateway.CardDetails(cardDigits(), this.cardExpiry) : null;
	}

	Long expectedTotalValue() {
		return TypedNumbers.read(this.expectedTotal);
	}

	private String cardDigits() {
		return (this.cardNumber != null) ? this.cardNumber.replaceAll("[\\s-]", "") : "";
	}

	private YearMonth expiry() {
		String typed = (this.cardExpiry != null) ? this.cardExpiry.replaceAll("\\s", "") : "";
		if (!typed.matches("(0[1-9]|1[0-2])/?\\d{2}")) {
			return null;
		}
		String digits = typed.replace("/", "");
		return YearMonth.of(2000 + Integer.parseInt(digits.substring(2)), Integer.parseInt(digits.substring(0, 2)));
	}

	static boolean luhn(String digits) {
		int sum = 0;
		boolean twice = false;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int digit = digits.charAt(i) - '0';
			if (twice) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
			twice = !twice;
		}
		return sum % 10 == 0;
	}

}
