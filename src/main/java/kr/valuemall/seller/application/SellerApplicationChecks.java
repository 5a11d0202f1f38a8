package kr.valuemall.seller.application;

import java.util.Optional;
import java.util.Set;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

import kr.valuemall.seller.Bank;
import kr.valuemall.seller.BusinessRegistrationNumber;
import kr.valuemall.seller.eligibility.Eligibility;
import kr.valuemall.seller.eligibility.Industry;
import kr.valuemall.seller.payout.BankAccountCipher;
import kr.valuemall.web.Region;
import kr.valuemall.web.TypedInput;

/**
 * The checks an application needs beyond the form's own: the check digit, numbers a
 * person typed with commas, choices from lists, uniqueness, and the small-business lines.
 * Each problem is a field error with its message key, so the form shows it next to the
 * field.
 */
@Component
public class SellerApplicationChecks {

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
		Industry industry = TypedInput.choice(Industry.class, form.industry(), "industry", errors);
		Region region = TypedInput.choice(Region.class, form.region(), "region", errors);
		Bank bank = TypedInput.choice(Bank.class, form.bank(), "bank", errors);
		Long employeeCount = TypedInput.wholeNumber(form.employees(), "employees", 0, 1_000_000, errors);
		Integer employees = (employeeCount != null) ? employeeCount.intValue() : null;
		Long revenue = TypedInput.wholeNumber(form.annualRevenue(), "annualRevenue", 0, 999_999_999_999_999L, errors);
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

}
