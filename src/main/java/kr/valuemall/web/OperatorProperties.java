package kr.valuemall.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The marketplace operator's identity, shown in every page's footer as Korean e-commerce
 * law (전자상거래법) asks of a 통신판매중개자.
 */
@ConfigurationProperties("valuemall.operator")
public record OperatorProperties(String name, String representative, String address, String phone, String email,
		String businessRegistrationNumber, String mailOrderReportNumber, String hostingProvider,
		String privacyOfficer) {

	/** The number as printed on a registration certificate: {@code 123-45-67890}. */
	public String formattedBusinessRegistrationNumber() {
		String digits = this.businessRegistrationNumber;
		if (digits == null || digits.length() != 10) {
			return digits;
		}
		return digits.substring(0, 3) + "-" + digits.substring(3, 5) + "-" + digits.substring(5);
	}

	/**
	 * The Fair Trade Commission's page with this operator's mail-order business
	 * information.
	 */
	public String fairTradeCommissionLink() {
		return "https://www.ftc.go.kr/bizCommPop.do?wrkr_no=" + this.businessRegistrationNumber;
	}

}
