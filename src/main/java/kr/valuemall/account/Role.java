package kr.valuemall.account;

/**
 * What an account may do. Every account shops; sellers are approved; staff are made by
 * staff: ADMIN runs the mall, REVIEWER decides seller applications and listings only,
 * MINISTRY reads the reports.
 */
public enum Role {

	SHOPPER, SELLER, ADMIN, REVIEWER, MINISTRY;

	/** The roles that make an account staff. */
	public static final java.util.Set<Role> STAFF = java.util.EnumSet.of(ADMIN, REVIEWER, MINISTRY);

	public String authority() {
		return "ROLE_" + name();
	}

}
