package kr.valuemall.account;

/**
 * What an account may do. Every account shops; sellers are approved; staff are made by
 * staff.
 */
public enum Role {

	SHOPPER, SELLER, ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

}
