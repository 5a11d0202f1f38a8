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
import kr.valuemall.shared.Region;

import kr.valuemall.web.forms.TypedChoices;
import kr.valuemall.web.forms.TypedNumbers;

/**
 * The checks an application needs beyond the form's own Bean Validation: the check digit,
 * uniqueness, and the small-business lines. Each problem is a field error with its
 * message key, so the form shows it next to the field.
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
		Industry industry = checked(errors, "industry") ? TypedChoices.value(Industry.class, form.industry()) : null;
		Region region = checked(errors, "region") ? TypedChoices.value(Region.class, form.region()) : null;
		Bank bank = checked(errors, "bank") ? TypedChoices.value(Bank.class, form.bank()) : null;
		Integer employees = checked(errors, "employees") ? (int) TypedNumbers.value(form.employees()) : null;
		Long revenue = checked(errors, "annualRevenue") ? TypedNumbers.value(form.annualRevenue()) : null;
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

	/** Whether Bean Validation passed the field, so that its value can be read. */
	private static boolean checked(Errors errors, String field) {
		return !errors.hasFieldErrors(field);
	}

	private static MessageSourceResolvable industryName(Industry industry) {
		return new DefaultMessageSourceResolvable("industry." + industry.name());
	}

}
