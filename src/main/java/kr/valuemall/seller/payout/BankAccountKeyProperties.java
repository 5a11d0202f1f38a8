package kr.valuemall.seller.payout;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the payout-account encryption key comes from: a password and a hex salt.
 */
@ConfigurationProperties("valuemall.seller.bank-account-key")
public record BankAccountKeyProperties(String password, String salt) {

	public BankAccountKeyProperties {
		if (password == null || password.length() < 16 || salt == null || !salt.matches("[0-9a-fA-F]{16,}")) {
			throw new IllegalArgumentException(
					"valuemall.seller.bank-account-key needs a password of 16+ characters and a hex salt of 8+ bytes");
		}
	}

}
