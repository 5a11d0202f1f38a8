package kr.valuemall.account.membership;

/**
 * A request about one's own account that cannot be done as asked; the code is the message
 * key shown next to the field concerned.
 */
class AccountProblem extends RuntimeException {

	private final String field;

	private final String messageKey;

	private AccountProblem(String field, String messageKey) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	static AccountProblem wrongPassword(String field) {
		return new AccountProblem(field, "account.password.wrong");
	}

	static AccountProblem emailTaken(String field) {
		return new AccountProblem(field, "signup.email.taken");
	}

	static AccountProblem sameEmail(String field) {
		return new AccountProblem(field, "account.email.same");
	}

	static AccountProblem sellerCannotLeave(String field) {
		return new AccountProblem(field, "account.delete.seller");
	}

	String field() {
		return this.field;
	}

	String messageKey() {
		return this.messageKey;
	}

}
