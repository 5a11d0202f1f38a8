package kr.valuemall.account.membership;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.valuemall.shared.PhoneNumbers;
import kr.valuemall.account.AccountDeleted;
import kr.valuemall.account.AccountDetails;
import kr.valuemall.account.AccountSummary;
import kr.valuemall.account.ConsentKind;
import kr.valuemall.account.Role;
import kr.valuemall.account.consent.Consents;
import kr.valuemall.account.signin.AccountSessions;
import kr.valuemall.account.staff.StaffMembers;

/**
 * Opening, recovering, changing and closing accounts.
 */
@Service
public class AccountService {

	/**
	 * Deleted accounts' addresses: the domain is reserved (RFC 2606), so no mail can
	 * reach it.
	 */
	static final String DELETED_DOMAIN = "deleted.valuemall.invalid";

	private final UserAccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final AccountTokens tokens;

	private final AccountMails mails;

	private final Consents consents;

	private final ApplicationEventPublisher events;

	private final AccountSessions sessions;

	private final StaffMembers staff;

	AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock, AccountTokens tokens,
			AccountMails mails, Consents consents, ApplicationEventPublisher events, AccountSessions sessions,
			StaffMembers staff) {
		this.staff = staff;
		this.sessions = sessions;
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
		this.tokens = tokens;
		this.mails = mails;
		this.consents = consents;
		this.events = events;
	}

	/**
	 * Opens a shopper account with the consents ticked on the form and mails the link
	 * that verifies the address. An unverified account can shop: verification is recorded
	 * and shown, not required. An address that already has an account gets a mail saying
	 * someone tried, and the caller cannot tell the two apart: the page answers alike and
	 * the password is hashed either way, so it takes as long.
	 * @return the new account, empty when the address already had one
	 */
	@Transactional
	public Optional<AccountSummary> signUp(SignUpForm form) {
		Instant now = this.clock.instant();
		Optional<UserAccount> existing = this.accounts.findByEmail(normalize(form.email()));
		if (existing.isPresent()) {
			this.passwordEncoder.encode(form.password());
			this.mails.signUpAttempt(existing.get().getEmail(), existing.get().getName());
			return Optional.empty();
		}
		UserAccount account = openAccount(form.email(), form.password(), form.name(), form.phone(),
				Set.of(Role.SHOPPER), now);
		this.consents.record(account.getId(), ConsentKind.TERMS, ConsentKind.TERMS.currentVersion(), now);
		this.consents.record(account.getId(), ConsentKind.PRIVACY_COLLECTION,
				ConsentKind.PRIVACY_COLLECTION.currentVersion(), now);
		if (Boolean.TRUE.equals(form.agreeToMarketing())) {
			this.consents.record(account.getId(), ConsentKind.MARKETING_EMAIL,
					ConsentKind.MARKETING_EMAIL.currentVersion(), now);
		}
		sendVerification(account);
		return Optional.of(account.summary());
	}

	/**
	 * Opens an account with the given roles; every account can shop. Accounts the mall
	 * opens itself (staff, the demo's people) have addresses it already trusts.
	 */
	@Transactional
	public AccountSummary open(String email, String rawPassword, String name, String phone, Set<Role> roles,
			Instant createdAt) {
		UserAccount account = openAccount(email, rawPassword, name, phone, roles, createdAt);
		account.verifyEmail(createdAt);
		return account.summary();
	}

	private UserAccount openAccount(String email, String rawPassword, String name, String phone, Set<Role> roles,
			Instant createdAt) {
		String normalizedEmail = normalize(email);
		if (this.accounts.existsByEmail(normalizedEmail)) {
			throw EmailAlreadyRegistered.of(normalizedEmail);
		}
		UserAccount account = new UserAccount(normalizedEmail, this.passwordEncoder.encode(rawPassword), name.trim(),
				PhoneNumbers.normalize(phone), roles, createdAt);
		try {
			return this.accounts.saveAndFlush(account);
		}
		catch (DataIntegrityViolationException ex) {
			// Two sign-ups with one address at the same moment: the unique index decides.
			throw EmailAlreadyRegistered.of(normalizedEmail);
		}
	}

	/** Mails a fresh verification link; the earlier ones stop working. */
	@Transactional
	public void resendVerification(long accountId) {
		UserAccount account = signedIn(accountId);
		if (!account.isEmailVerified()) {
			sendVerification(account);
		}
	}

	private void sendVerification(UserAccount account) {
		String token = this.tokens.issue(account.getId(), TokenPurpose.VERIFY_EMAIL, null);
		this.mails.verification(account.getEmail(), account.getName(), token);
	}

	/** Answers whether the link verified an address (empty: unknown, used or expired). */
	@Transactional
	public boolean verifyEmail(String token) {
		return this.tokens.use(TokenPurpose.VERIFY_EMAIL, token)
			.flatMap((holder) -> this.accounts.findById(holder.accountId()))
			.filter((account) -> !account.isDeleted())
			.map((account) -> {
				account.verifyEmail(this.clock.instant());
				// A verified address takes up the staff roles it was invited to.
				this.staff.acceptInvitations(account);
				return true;
			})
			.orElse(false);
	}

	/**
	 * Mails a reset link if the address has an account; says nothing either way, so the
	 * form cannot be used to learn who is a member.
	 */
	@Transactional
	public void requestPasswordReset(String email) {
		this.accounts.findByEmail(normalize(email)).filter((account) -> !account.isDeleted()).ifPresent((account) -> {
			String token = this.tokens.issue(account.getId(), TokenPurpose.RESET_PASSWORD, null);
			this.mails.passwordReset(account.getEmail(), account.getName(), token);
		});
	}

	/** The address of the account a reset link is for, while the link is still good. */
	@Transactional(readOnly = true)
	public Optional<String> resetFor(String token) {
		return this.tokens.peek(TokenPurpose.RESET_PASSWORD, token)
			.flatMap((holder) -> this.accounts.findById(holder.accountId()))
			.filter((account) -> !account.isDeleted())
			.map(UserAccount::getEmail);
	}

	/** Sets the new password from a reset link, once; answers false for a spent link. */
	@Transactional
	public boolean resetPassword(String token, String newPassword) {
		return this.tokens.use(TokenPurpose.RESET_PASSWORD, token)
			.flatMap((holder) -> this.accounts.findById(holder.accountId()))
			.filter((account) -> !account.isDeleted())
			.map((account) -> {
				account.changePassword(this.passwordEncoder.encode(newPassword));
				// Opening the mailed link shows the holder reads the address.
				account.verifyEmail(this.clock.instant());
				this.sessions.endAll(account.getEmail());
				return true;
			})
			.orElse(false);
	}

	@Transactional
	public void changePassword(long accountId, String currentPassword, String newPassword) {
		UserAccount account = signedIn(accountId);
		checkPassword(account, currentPassword, "currentPassword");
		account.changePassword(this.passwordEncoder.encode(newPassword));
	}

	/**
	 * Mails a link to the new address; the account changes only when it is opened, so a
	 * typo cannot lock anyone out of their account.
	 */
	@Transactional
	public void requestEmailChange(long accountId, String currentPassword, String newEmail) {
		UserAccount account = signedIn(accountId);
		checkPassword(account, currentPassword, "confirmPassword");
		String normalized = normalize(newEmail);
		if (normalized.equals(account.getEmail())) {
			throw AccountProblem.sameEmail("newEmail");
		}
		if (this.accounts.existsByEmail(normalized)) {
			throw AccountProblem.emailTaken("newEmail");
		}
		String token = this.tokens.issue(account.getId(), TokenPurpose.CHANGE_EMAIL, normalized);
		this.mails.emailChange(normalized, account.getName(), token);
	}

	/**
	 * Changes the address from the link mailed to it; answers the new address, or empty
	 * for a spent link or an address taken in the meantime.
	 */
	@Transactional
	public Optional<String> confirmEmailChange(String token) {
		Optional<AccountTokens.TokenHolder> holder = this.tokens.use(TokenPurpose.CHANGE_EMAIL, token);
		if (holder.isEmpty() || this.accounts.existsByEmail(holder.get().newEmail())) {
			return Optional.empty();
		}
		UserAccount account = this.accounts.findById(holder.get().accountId()).orElseThrow();
		if (account.isDeleted()) {
			return Optional.empty();
		}
		this.sessions.endAll(account.getEmail());
		account.changeEmail(holder.get().newEmail(), this.clock.instant());
		try {
			this.accounts.flush();
		}
		catch (DataIntegrityViolationException ex) {
			// Taken by a sign-up between the check and now: the unique index decides.
			throw AccountProblem.emailTaken("newEmail");
		}
		this.staff.acceptInvitations(account);
		return Optional.of(account.getEmail());
	}

	/**
	 * 회원 탈퇴. Sellers with a store are refused: their store, orders to serve and payouts
	 * need staff to wind them up.
	 */
	@Transactional
	public void delete(long accountId, String password) {
		UserAccount account = signedIn(accountId);
		checkPassword(account, password, "password");
		if (mustAskStaffToLeave(account)) {
			throw AccountProblem.sellerCannotLeave("password");
		}
		Instant now = this.clock.instant();
		this.sessions.endAll(account.getEmail());
		account.delete("deleted-" + account.getId() + "-" + UUID.randomUUID() + "@" + DELETED_DOMAIN,
				this.passwordEncoder.encode(UUID.randomUUID().toString()), now);
		this.consents.withdraw(accountId, ConsentKind.MARKETING_EMAIL, now);
		this.events.publishEvent(new AccountDeleted(accountId, now));
	}

	@Transactional(readOnly = true)
	public AccountDetails details(long accountId) {
		UserAccount account = signedIn(accountId);
		return new AccountDetails(account.summary(), account.getEmailVerifiedAt(), mustAskStaffToLeave(account),
				this.consents.of(accountId));
	}

	@Transactional
	public void recordSuccessfulLogin(String email) {
		this.accounts.recordSignIn(email.trim(), this.clock.instant());
	}

	/** Sellers and staff: their store, payouts or desk need winding up by staff first. */
	private static boolean mustAskStaffToLeave(UserAccount account) {
		return account.getRoles().contains(Role.SELLER) || account.getRoles().stream().anyMatch(Role.STAFF::contains);
	}

	private UserAccount signedIn(long accountId) {
		return this.accounts.findById(accountId)
			.filter((account) -> !account.isDeleted())
			.orElseThrow(() -> AccountClosed.of(accountId));
	}

	private void checkPassword(UserAccount account, String rawPassword, String field) {
		if (rawPassword == null || !this.passwordEncoder.matches(rawPassword, account.getPasswordHash())) {
			throw AccountProblem.wrongPassword(field);
		}
	}

	private static String normalize(String email) {
		return email.trim().toLowerCase(Locale.ROOT);
	}

}
