package kr.valuemall.account.membership;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A request for an account that has been closed (회원 탈퇴), e.g. from a session that
 * outlived it: the account is gone for good.
 */
@ResponseStatus(HttpStatus.GONE)
class AccountClosed extends RuntimeException {

	private AccountClosed(long id) {
		super("Account " + id + " is closed");
	}

	static AccountClosed of(long id) {
		return new AccountClosed(id);
	}

}
