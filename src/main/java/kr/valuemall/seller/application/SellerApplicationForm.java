package kr.valuemall.seller.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import kr.valuemall.seller.Bank;
import kr.valuemall.seller.eligibility.Industry;
import kr.valuemall.shared.Region;
import kr.valuemall.web.forms.OneOf;
import kr.valuemall.web.forms.WholeNumber;

/**
 * What an applicant types. Numbers and choices arrive as text so that whatever was typed
 * can be shown again with its message. Bean Validation checks each field alone;
 * {@link SellerApplicationChecks} reads them and checks what needs more than the field.
 */
record SellerApplicationForm(@NotBlank @Size(max = 100) String businessName,
		@NotBlank @Size(max = 50) String representative, @NotBlank String registrationNumber,
		@NotBlank @Size(max = 50) String mailOrderReportNumber, @NotBlank @Size(max = 50) String mailOrderReportOffice,
		@NotBlank @OneOf(Industry.class) String industry,
		@NotBlank @WholeNumber(max = SellerApplicationForm.MAX_EMPLOYEES) String employees,
		@NotBlank @WholeNumber(max = SellerApplicationForm.MAX_REVENUE) String annualRevenue,
		@NotBlank @Size(max = 200) String businessAddress, @NotBlank @OneOf(Region.class) String region,
		@NotBlank @Pattern(regexp = "^\\s*$|^\\s*0\\d{1,2}[-\\s]?\\d{3,4}[-\\s]?\\d{4}\\s*$") String phone,
		@NotBlank @OneOf(Bank.class) String bank, @Pattern(regexp = "^\\s*$|^[\\d\\s-]{6,20}$") String accountNumber,
		@NotBlank @Size(max = 50) String accountHolder, @NotBlank @Size(max = 60) String storeName,
		@NotBlank @Pattern(regexp = "^$|^[a-z0-9](?:[a-z0-9-]{1,28}[a-z0-9])$") String storeSlug,
		@NotBlank @Size(max = 1000) String introduction) {

	static final long MAX_EMPLOYEES = 1_000_000L;

	/** Fifteen digits: 999조 won, far above any small business's line. */
	static final long MAX_REVENUE = 999_999_999_999_999L;

	static SellerApplicationForm empty() {
		return new SellerApplicationForm("", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "");
	}

	static SellerApplicationForm of(SellerApplication application) {
		return new SellerApplicationForm(application.getBusinessName(), application.getRepresentative(),
				application.getFormattedRegistrationNumber(), application.getMailOrderReportNumber(),
				application.getMailOrderReportOffice(), application.getIndustry().name(),
				String.valueOf(application.getEmployees()), String.valueOf(application.getAnnualRevenue()),
				application.getBusinessAddress(), application.getRegion().name(), application.getPhone(),
				application.getBank().name(), "", application.getAccountHolder(), application.getStoreName(),
				application.getStoreSlug(), application.getIntroduction());
	}

}
