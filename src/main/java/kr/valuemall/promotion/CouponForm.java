package kr.valuemall.promotion;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.validation.Errors;

import kr.valuemall.web.forms.OneOf;
import kr.valuemall.web.forms.TypedChoices;
import kr.valuemall.web.forms.TypedNumbers;
import kr.valuemall.web.forms.WholeNumber;

/**
 * What staff type for a coupon, kept as typed. Bean Validation checks each field alone (a
 * field the chosen kind does not use may stay blank); {@link #check(Errors)} the rest.
 */
record CouponForm(@NotBlank @Pattern(regexp = "^\\s*$|^\\s*[A-Za-z0-9-]{3,30}\\s*$") String code,
		@NotBlank @OneOf(Coupon.Kind.class) String kind, @WholeNumber(min = 1, max = 10_000_000) String amount,
		@WholeNumber(min = 1, max = 90) String percent, @WholeNumber(min = 1, max = 10_000_000) String maxDiscount,
		@NotBlank @WholeNumber(max = 100_000_000) String minimumOrder, String firstDay, String lastDay,
		@NotBlank @WholeNumber(min = 1, max = 1_000) String perShopperLimit,
		@NotBlank @WholeNumber(min = 1, max = 10_000_000) String totalLimit, boolean active) {

	static CouponForm empty() {
		return new CouponForm("", Coupon.Kind.FIXED.name(), "", "", "", "0", "", "", "1", "1000", true);
	}

	/**
	 * The coupon of a form Bean Validation has checked, once the chosen kind's numbers
	 * are there and the days are in order; null with field errors otherwise.
	 */
	Coupon check(Errors errors) {
		Coupon.Kind chosen = errors.hasFieldErrors("kind") ? null : TypedChoices.value(Coupon.Kind.class, this.kind);
		Long minimum = errors.hasFieldErrors("minimumOrder") ? null : TypedNumbers.value(this.minimumOrder);
		Long fixed = null;
		Long rate = null;
		Long cap = null;
		if (chosen == Coupon.Kind.FIXED) {
			fixed = required(errors, "amount", this.amount);
			// A coupon must leave something to pay: the order's minimum is above the
			// amount.
			if (fixed != null && minimum != null && minimum <= fixed) {
				errors.rejectValue("minimumOrder", "coupon.minimumOrder.aboveAmount");
			}
		}
		else if (chosen == Coupon.Kind.PERCENT) {
			rate = required(errors, "percent", this.percent);
			cap = required(errors, "maxDiscount", this.maxDiscount);
		}
		LocalDate first = CampaignForm.day(errors, "firstDay", this.firstDay);
		LocalDate last = CampaignForm.day(errors, "lastDay", this.lastDay);
		if (first != null && last != null && last.isBefore(first)) {
			errors.rejectValue("lastDay", "campaign.lastDay.beforeFirst");
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new Coupon(0, this.code.strip().toUpperCase(Locale.ROOT), chosen, fixed,
				(rate != null) ? rate.intValue() : null, cap, minimum, Campaign.startOf(first),
				Campaign.startOf(last.plusDays(1)), (int) TypedNumbers.value(this.perShopperLimit),
				(int) TypedNumbers.value(this.totalLimit), 0, this.active);
	}

	/** A number the chosen kind needs: its value, or null with "required" when blank. */
	private static Long required(Errors errors, String field, String typed) {
		if (errors.hasFieldErrors(field)) {
			return null;
		}
		if (typed == null || typed.isBlank()) {
			errors.rejectValue(field, "coupon." + field + ".required");
			return null;
		}
		return TypedNumbers.value(typed);
	}

}
