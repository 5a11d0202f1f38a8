package kr.valuemall.promotion;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

import kr.valuemall.web.forms.TypedDates;
import kr.valuemall.web.forms.TypedNumbers;
import kr.valuemall.web.forms.WholeNumber;

/**
 * What staff type for a campaign, kept as typed so that a page shown again loses nothing
 * (a chosen banner file excepted: browsers never fill a file field again).
 */
record CampaignForm(@NotBlank @Size(max = 60) String name,
		@NotBlank @Size(max = 60) @Pattern(regexp = "^\\s*$|^\\s*[a-z0-9]+(-[a-z0-9]+)*\\s*$") String slug,
		@NotBlank @Size(max = 200) String headline, String firstDay, String lastDay,
		@NotBlank @WholeNumber(min = 1, max = 90) String maxDiscountPercent) {

	static CampaignForm empty() {
		return new CampaignForm("", "", "", "", "", "30");
	}

	static CampaignForm of(Campaign campaign) {
		return new CampaignForm(campaign.name(), campaign.slug(), campaign.headline(), campaign.firstDay().toString(),
				campaign.lastDay().toString(), Integer.toString(campaign.maxDiscountPercent()));
	}

	/**
	 * The details of a form Bean Validation has checked, once its days are read and in
	 * order; null with field errors otherwise.
	 */
	Campaigns.Details check(Errors errors) {
		LocalDate first = day(errors, "firstDay", this.firstDay);
		LocalDate last = day(errors, "lastDay", this.lastDay);
		if (first != null && last != null && last.isBefore(first)) {
			errors.rejectValue("lastDay", "campaign.lastDay.beforeFirst");
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new Campaigns.Details(this.name.strip(), this.slug.strip(), this.headline.strip(), first, last,
				(int) TypedNumbers.value(this.maxDiscountPercent));
	}

	static LocalDate day(Errors errors, String field, String value) {
		if (value == null || value.isBlank()) {
			errors.rejectValue(field, "promotion.date.required");
			return null;
		}
		Optional<LocalDate> day = TypedDates.day(value);
		if (day.isEmpty()) {
			errors.rejectValue(field, "promotion.date.invalid");
		}
		return day.orElse(null);
	}

}
