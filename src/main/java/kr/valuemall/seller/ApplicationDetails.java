package kr.valuemall.seller;

import kr.valuemall.web.Region;

/**
 * An application's checked contents, ready to be stored. The payout account number is
 * already encrypted; {@code null} there keeps the one on file.
 */
record ApplicationDetails(String businessName, String representative, BusinessRegistrationNumber registrationNumber,
		String mailOrderReportNumber, String mailOrderReportOffice, Industry industry, int employees,
		long annualRevenue, String businessAddress, Region region, String phone, Bank bank,
		String encryptedAccountNumber, String accountLastFour, String accountHolder, String storeName, String storeSlug,
		String introduction) {

}
