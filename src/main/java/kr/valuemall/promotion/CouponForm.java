package kr.valuemall.promotion;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.validation.Errors;

import kr.valuemall.web.TypedInput;

/**
 * What staff type for a coupon, kept as typed.
 */
record CouponForm(String code, String kind, String amount, String percent, String maxDiscount, String minimumOrder,
		String firstDay, String lastDay, String perShopperLimit, String totalLimit, boolean active) {

	static CouponForm empty() {
		return new CouponForm("", Coupon.Kind.FIXED.name(), "", "", "", "0", "", "", "1", "1000", true);
	}

	/** The checked coupon, or null with field errors. */
	Coupon check(Errors errors) {
		String normalized = (this.code != null) ? this.code.strip().toUpperCase(Locale.ROOT) : "";
		if (normalized.isEmpty()) {
			errors.rejectValue("code", "coupon.code.required");
		}
		else if (!normalized.matches("[A-Z0-9-]{3,30}")) {
			errors.rejectValue("code", "coupon.code.invalid");
		}
		Coupon.Kind chosen = TypedInput.choice(Coupon.Kind.class, this.kind, "kind", errors);
		if (chosen == null && !errors.hasFieldErrors("kind")) {
			errors.rejectValue("kind", "coupon.kind.required");
		}
		Long minimum = TypedInput.wholeNumber(this.minimumOrder, "minimumOrder", 0, 100_000_000, errors);
		Long fixed = null;
		Long rate = null;
		Long cap = null;
		if (chosen == Coupon.Kind.FIXED) {
			fixed = TypedInput.wholeNumber(this.amount, "amount", 1, 10_000_000, errors);
			// A coupon must leave something to pay: the order's minimum is above the
			// amount.
			if (fixed != null && minimum != null && minimum <= fixed) {
				errors.rejectValue("minimumOrder", "coupon.minimumOrder.aboveAmount");
			}
		}
		else if (chosen == Coupon.Kind.PERCENT) {
			rate = TypedInput.wholeNumber(this.percent, "percent", 1, 90, errors);
			cap = TypedInput.wholeNumber(this.maxDiscount, "maxDiscount", 1, 10_000_000, errors);
		}
		LocalDate first = CampaignForm.day(errors, "firstDay", this.firstDay);
		LocalDate last = CampaignForm.day(errors, "lastDay", this.lastDay);
		if (first != null && last != null && last.isBefore(first)) {
			errors.rejectValue("lastDay", "campaign.lastDay.beforeFirst");
		}
		Long perShopper = TypedInput.wholeNumber(this.perShopperLimit, "perShopperLimit", 1, 1_000, errors);
		Long total = TypedInput.wholeNumber(this.totalLimit, "totalLimit", 1, 10_000_000, errors);
		if (errors.hasErrors()) {
			return null;
		}
		return new Coupon(0, normalized, chosen, fixed, (rate != null) ? rate.intValue() : null, cap, minimum,
				Campaign.startOf(first), Campaign.startOf(last.plusDays(1)), perShopper.intValue(), total.intValue(), 0,
				this.active);
	}

}
