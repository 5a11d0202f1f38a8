package kr.valuemall.account.staff;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.valuemall.account.Role;
import kr.valuemall.account.membership.AccountMails;
import kr.valuemall.account.membership.UserAccount;
import kr.valuemall.account.membership.UserAccountRepository;

/**
 * The mall's staff: accounts with a staff role. The operator (ADMIN) gives a colleague's
 * account a role or takes it away; the last operator cannot be removed, nor can an
 * operator remove their own ADMIN role.
 */
@Service
public class StaffMembers {

	/** How long an invitation waits for its colleague. */
	static final java.time.Duration INVITATION_VALIDITY = java.time.Duration.ofDays(14);

	private final UserAccountRepository accounts;

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private final AccountMails mails;

	private final java.time.Clock clock;

	StaffMembers(UserAccountRepository accounts, org.springframework.jdbc.core.simple.JdbcClient jdbc,
			AccountMails mails, java.time.Clock clock) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.mails = mails;
		this.clock = clock;
	}

	/**
	 * Invites a colleague without an account yet: the role is given once an account with
	 * this address has verified it ({@link #acceptInvitations}).
	 */
	@Transactional
	void invite(String email, Role role, String invitedBy) {
		if (!Role.STAFF.contains(role)) {
			throw new IllegalArgumentException("Not a staff role: " + role);
		}
		java.time.Instant now = this.clock.instant();
		this.jdbc.sql("""
				INSERT INTO staff_invitation (email, role, invited_by, invited_at, expires_at)
				VALUES (:email, :role, :by, :at, :expires)""")
			.param("email", email.strip())
			.param("role", role.name())
			.param("by", invitedBy)
			.param("at", java.sql.Timestamp.from(now))
			.param("expires", java.sql.Timestamp.from(now.plus(INVITATION_VALIDITY)))
			.update();
		this.mails.staffInvitation(email.strip(), invitedBy, role);
	}

	/**
	 * Gives an account the roles it was invited to, once its address is verified; called
	 * in the verifying transaction.
	 */
	@Transactional
	public void acceptInvitations(UserAccount account) {
		java.time.Instant now = this.clock.instant();
		List<String> roles = this.jdbc.sql("""
				UPDATE staff_invitation SET accepted_at = :now, account_id = :account
				WHERE lower(email) = lower(:email) AND accepted_at IS NULL AND expires_at > :now
				RETURNING role""")
			.param("now", java.sql.Timestamp.from(now))
			.param("account", account.getId())
			.param("email", account.getEmail())
			.query(String.class)
			.list();
		roles.forEach((role) -> account.grant(Role.valueOf(role)));
	}

	/** Invitations not taken up yet, newest first. */
	@Transactional(readOnly = true)
	List<Invitation> openInvitations() {
		return this.jdbc.sql("""
				SELECT email, role, invited_by, invited_at, expires_at FROM staff_invitation
				WHERE accepted_at IS NULL AND expires_at > :now ORDER BY invited_at DESC""")
			.param("now", java.sql.Timestamp.from(this.clock.instant()))
			.query((rs, row) -> new Invitation(rs.getString("email"), Role.valueOf(rs.getString("role")),
					rs.getString("invited_by"), rs.getTimestamp("invited_at").toInstant(),
					rs.getTimestamp("expires_at").toInstant()))
			.list();
	}

	record Invitation(String email, Role role, String invitedBy, java.time.Instant invitedAt,
			java.time.Instant expiresAt) {

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
