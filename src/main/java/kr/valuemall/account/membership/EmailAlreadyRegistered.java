package kr.valuemall.account.membership;

/**
 * Sign-up with an address that already has an account.
 */
public class EmailAlreadyRegistered extends RuntimeException {

	private EmailAlreadyRegistered(String email) {
		super("An account already exists for " + email);
	}

	public static EmailAlreadyRegistered of(String email) {
		return new EmailAlreadyRegistered(email);
	}

}
