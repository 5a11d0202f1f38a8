package kr.valuemall.promotion;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.validation.Errors;

import kr.valuemall.web.TypedInput;

/**
 * What staff type for a campaign, kept as typed so that a page shown again loses nothing
 * (a chosen banner file excepted: browsers never fill a file field again).
 */
record CampaignForm(String name, String slug, String headline, String firstDay, String lastDay,
		String maxDiscountPercent) {

	static CampaignForm empty() {
		return new CampaignForm("", "", "", "", "", "30");
	}

	static CampaignForm of(Campaign campaign) {
		return new CampaignForm(campaign.name(), campaign.slug(), campaign.headline(), campaign.firstDay().toString(),
				campaign.lastDay().toString(), Integer.toString(campaign.maxDiscountPercent()));
	}

	/** The checked details, or null with field errors. */
	Campaigns.Details check(Errors errors) {
		text(errors, "name", this.name, 60);
		if (!text(errors, "slug", this.slug, 60) && !this.slug.strip().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
			errors.rejectValue("slug", "campaign.slug.invalid");
		}
		text(errors, "headline", this.headline, 200);
		LocalDate first = day(errors, "firstDay", this.firstDay);
		LocalDate last = day(errors, "lastDay", this.lastDay);
		if (first != null && last != null && last.isBefore(first)) {
			errors.rejectValue("lastDay", "campaign.lastDay.beforeFirst");
		}
		Long percent = TypedInput.wholeNumber(this.maxDiscountPercent, "maxDiscountPercent", 1, 90, errors);
		if (errors.hasErrors()) {
			return null;
		}
		return new Campaigns.Details(this.name.strip(), this.slug.strip(), this.headline.strip(), first, last,
				percent.intValue());
	}

	private static boolean text(Errors errors, String field, String value, int max) {
		if (value == null || value.isBlank()) {
			errors.rejectValue(field, "campaign." + field + ".required");
			return true;
		}
		if (value.strip().length() > max) {
			errors.rejectValue(field, "promotion.tooLong", new Object[] { max }, null);
			return true;
		}
		return false;
	}

	static LocalDate day(Errors errors, String field, String value) {
		if (value == null || value.isBlank()) {
			errors.rejectValue(field, "promotion.date.required");
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(field, "promotion.date.invalid");
			return null;
		}
	}

}
