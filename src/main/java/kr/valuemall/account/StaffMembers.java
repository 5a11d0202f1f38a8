package kr.valuemall.account;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mall's staff: accounts with a staff role. The operator (ADMIN) gives a colleague's
 * account a role or takes it away; the last operator cannot be removed, nor can an
 * operator remove their own ADMIN role.
 */
@Service
class StaffMembers {

	private final UserAccountRepository accounts;

	StaffMembers(UserAccountRepository accounts) {
		this.accounts = accounts;
	}

	@Transactional(readOnly = true)
	List<Member> members() {
		return this.accounts.findWithAnyRole(Role.STAFF)
			.stream()
			.map((account) -> new Member(account.getId(), account.getEmail(), account.getName(),
					Role.STAFF.stream().filter(account.getRoles()::contains).toList()))
			.toList();
	}

	/**
	 * Gives the account with this address a staff role.
	 * @return the account, empty when no account has the address
	 */
	@Transactional
	Optional<Member> grant(String email, Role role) {
		if (!Role.STAFF.contains(role)) {
			throw new IllegalArgumentException("Not a staff role: " + role);
		}
		return this.accounts.findByEmail(email.strip()).map((account) -> {
			account.grant(role);
			return new Member(account.getId(), account.getEmail(), account.getName(),
					Role.STAFF.stream().filter(account.getRoles()::contains).toList());
		});
	}

	/**
	 * Takes a staff role away, unless it is the actor's own ADMIN role or the last one.
	 */
	@Transactional
	Outcome revoke(long accountId, Role role, String actorEmail) {
		Optional<UserAccount> found = this.accounts.findById(accountId);
		if (found.isEmpty() || !Role.STAFF.contains(role) || !found.get().getRoles().contains(role)) {
			return Outcome.NOT_FOUND;
		}
		UserAccount account = found.get();
		if (role == Role.ADMIN
				&& (account.getEmail().equalsIgnoreCase(actorEmail) || this.accounts.countByRole(Role.ADMIN) <= 1)) {
			return Outcome.LAST_OR_OWN_ADMIN;
		}
		account.revoke(role);
		return Outcome.REVOKED;
	}

	enum Outcome {

		REVOKED, NOT_FOUND, LAST_OR_OWN_ADMIN

	}

	record Member(long id, String email, String name, List<Role> roles) {

		Set<Role> roleSet() {
			return Set.copyOf(this.roles);
		}

	}

}
