package kr.valuemall.seller;

import java.util.Optional;
import java.util.Set;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

import kr.valuemall.web.Region;

/**
 * The checks an application needs beyond the form's own: the check digit, numbers a
 * person typed with commas, choices from lists, uniqueness, and the small-business lines.
 * Each problem is a field error with its message key, so the form shows it next to the
 * field.
 */
@Component
class SellerApplicationChecks {

	/**
	 * Store addresses that would collide with the mall's own pages or mislead shoppers.
	 */
	static final Set<String> RESERVED_SLUGS = Set.of("admin", "seller", "sellers", "stores", "store", "products",
			"cart", "checkout", "orders", "login", "logout", "signup", "help", "api", "static", "www", "valuemall",
			"official", "campaigns", "feeds");

	private final SellerApplicationRepository applications;

	private final Eligibility eligibility;

	private final BankAccountCipher cipher;

	SellerApplicationChecks(SellerApplicationRepository applications, Eligibility eligibility,
			BankAccountCipher cipher) {
		this.applications = applications;
		this.eligibility = eligibility;
		this.cipher = cipher;
	}

	/**
	 * The application's details if every check passes; otherwise the errors are in
	 * {@code errors}. {@code existing} is the applicant's earlier application, if any:
	 * its account number is kept when none is typed.
	 */
	Optional<ApplicationDetails> check(SellerApplicationForm form, SellerApplication existing, Errors errors) {
		Long ownId = (existing != null) ? existing.getId() : null;
		BusinessRegistrationNumber number = null;
		if (!errors.hasFieldErrors("registrationNumber")) {
			number = BusinessRegistrationNumber.parse(form.registrationNumber()).orElse(null);
			if (number == null) {
				errors.rejectValue("registrationNumber", "seller.apply.registrationNumber.invalid");
			}
			else if (this.applications.registrationNumberTaken(number.digits(), ownId)) {
				errors.rejectValue("registrationNumber", "seller.apply.registrationNumber.taken");
			}
		}
		Industry industry = choice(Industry.class, form.industry(), "industry", errors);
		Region region = choice(Region.class, form.region(), "region", errors);
		Bank bank = choice(Bank.class, form.bank(), "bank", errors);
		Integer employees = wholeNumber(form.employees(), "employees", 1_000_000, errors);
		Long revenue = wholeNumberAsLong(form.annualRevenue(), "annualRevenue", errors);
		if (industry != null && employees != null) {
			this.eligibility.tooManyEmployees(industry, employees)
				.ifPresent((refusal) -> errors.rejectValue("employees", refusal.messageKey(),
						new Object[] { industryName(industry), refusal.line() }, null));
		}
		if (industry != null && revenue != null) {
			this.eligibility.revenueTooHigh(industry, revenue)
				.ifPresent((refusal) -> errors.rejectValue("annualRevenue", refusal.messageKey(),
						new Object[] { industryName(industry), refusal.line() / 100_000_000, refusal.line() }, null));
		}
		String slug = (form.storeSlug() != null) ? form.storeSlug().strip() : "";
		if (!errors.hasFieldErrors("storeSlug")) {
			if (RESERVED_SLUGS.contains(slug)) {
				errors.rejectValue("storeSlug", "seller.apply.storeSlug.reserved");
			}
			else if (this.applications.storeSlugTaken(slug, ownId)) {
				errors.rejectValue("storeSlug", "seller.apply.storeSlug.taken");
			}
		}
		String accountNumber = (form.accountNumber() != null) ? form.accountNumber().replaceAll("[\\s-]", "") : "";
		if (accountNumber.isEmpty() && existing == null && !errors.hasFieldErrors("accountNumber")) {
			errors.rejectValue("accountNumber", "NotBlank");
		}
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		String encrypted = accountNumber.isEmpty() ? null : this.cipher.encrypt(accountNumber);
		String lastFour = accountNumber.isEmpty() ? null : BankAccountCipher.lastFour(accountNumber);
		return Optional.of(new ApplicationDetails(form.businessName().strip(), form.representative().strip(), number,
				form.mailOrderReportNumber().strip(), form.mailOrderReportOffice().strip(), industry, employees,
				revenue, form.businessAddress().strip(), region, form.phone().strip(), bank, encrypted, lastFour,
				form.accountHolder().strip(), form.storeName().strip(), slug, form.introduction().strip()));
	}

	private static MessageSourceResolvable industryName(Industry industry) {
		return new DefaultMessageSourceResolvable("industry." + industry.name());
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String value, String field, Errors errors) {
		if (errors.hasFieldErrors(field)) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException ex) {
			errors.rejectValue(field, "seller.apply.choice.invalid");
			return null;
		}
	}

	private static Integer wholeNumber(String typed, String field, int max, Errors errors) {
		Long value = wholeNumberAsLong(typed, field, errors);
		if (value != null && value > max) {
			errors.rejectValue(field, "seller.apply.number.invalid");
			return null;
		}
		return (value != null) ? value.intValue() : null;
	}

	/**
	 * Reads {@code 1,200,000,000}, {@code 12 000}, {@code 5000원} alike; refuses fractions
	 * and signs.
	 */
	private static Long wholeNumberAsLong(String typed, String field, Errors errors) {
		if (errors.hasFieldErrors(field)) {
			return null;
		}
		String digits = typed.replaceAll("[\\s,원명]", "");
		if (!digits.matches("\\d{1,15}")) {
			errors.rejectValue(field, "seller.apply.number.invalid");
			return null;
		}
		return Long.parseLong(digits);
	}

}
