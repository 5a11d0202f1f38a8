package kr.valuemall.account;

import java.time.Instant;
import java.util.Set;

/**
 * What other modules may know of an account.
 */
public record AccountSummary(long id, String email, String name, Set<Role> roles, Instant createdAt) {

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

}
