package kr.valuemall.seller.payout;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.springframework.security.crypto.encrypt.BytesEncryptor;
import org.springframework.stereotype.Component;

/**
 * Payout account numbers are stored encrypted and shown masked; only settlement ever
 * needs them in clear.
 */
@Component
public class BankAccountCipher {

	private final BytesEncryptor encryptor;

	BankAccountCipher(BytesEncryptor bankAccountEncryptor) {
		this.encryptor = bankAccountEncryptor;
	}

	public String encrypt(String accountNumber) {
		return Base64.getEncoder()
			.encodeToString(this.encryptor.encrypt(accountNumber.getBytes(StandardCharsets.UTF_8)));
	}

	public String decrypt(String stored) {
		return new String(this.encryptor.decrypt(Base64.getDecoder().decode(stored)), StandardCharsets.UTF_8);
	}

	/** The account number as staff and the seller see it: {@code ••••••7890}. */
	public static String masked(String lastFour) {
		return "••••••" + lastFour;
	}

	public static String lastFour(String accountNumber) {
		String digits = accountNumber.replaceAll("\\D", "");
		return digits.substring(Math.max(0, digits.length() - 4));
	}

}
