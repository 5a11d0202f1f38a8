package kr.valuemall.seller.application;

import kr.valuemall.seller.Bank;
import kr.valuemall.seller.BusinessRegistrationNumber;
import kr.valuemall.seller.eligibility.Industry;
import kr.valuemall.shared.Region;

/**
 * An application's checked contents, ready to be stored. The payout account number is
 * already encrypted; {@code null} there keeps the one on file.
 */
public record ApplicationDetails(String businessName, String representative,
		BusinessRegistrationNumber registrationNumber, String mailOrderReportNumber, String mailOrderReportOffice,
		Industry industry, int employees, long annualRevenue, String businessAddress, Region region, String phone,
		Bank bank, String encryptedAccountNumber, String accountLastFour, String accountHolder, String storeName,
		String storeSlug, String introduction) {

}
