package kr.valuemall.account;

/**
 * Sign-up with an address that already has an account.
 */
class EmailAlreadyRegistered extends RuntimeException {

	private EmailAlreadyRegistered(String email) {
		super("An account already exists for " + email);
	}

	static EmailAlreadyRegistered of(String email) {
		return new EmailAlreadyRegistered(email);
	}

}
