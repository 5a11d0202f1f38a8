package kr.valuemall.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.valuemall.shared.PhoneNumbers;

/**
 * Opening accounts and keeping count of failed logins.
 */
@Service
class AccountService {

	private final UserAccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final LoginProperties login;

	private final Clock clock;

	AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, LoginProperties login,
			Clock clock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.login = login;
		this.clock = clock;
	}

	@Transactional
	public AccountSummary signUp(SignUpForm form) {
		return open(form.email(), form.password(), form.name(), form.phone(), Set.of(Role.SHOPPER),
				this.clock.instant());
	}

	/** Opens an account with the given roles; every account can shop. */
	@Transactional
	public AccountSummary open(String email, String rawPassword, String name, String phone, Set<Role> roles,
			Instant createdAt) {
		String normalizedEmail = email.trim().toLowerCase(Locale.ROOT);
		if (this.accounts.existsByEmail(normalizedEmail)) {
			throw EmailAlreadyRegistered.of(normalizedEmail);
		}
		UserAccount account = new UserAccount(normalizedEmail, this.passwordEncoder.encode(rawPassword), name.trim(),
				PhoneNumbers.normalize(phone), roles, createdAt);
		try {
			return this.accounts.saveAndFlush(account).summary();
		}
		catch (DataIntegrityViolationException ex) {
			// Two sign-ups with one address at the same moment: the unique index decides.
			throw EmailAlreadyRegistered.of(normalizedEmail);
		}
	}

	/** Counts a wrong password; answers whether the account is now locked. */
	@Transactional
	public boolean recordFailedLogin(String email) {
		Instant now = this.clock.instant();
		this.accounts.recordFailedLogin(email.trim(), this.login.maxFailures(), now,
				now.plus(this.login.lockDuration()));
		return this.accounts.isLockedAt(email.trim(), now);
	}

	@Transactional
	public void recordSuccessfulLogin(String email) {
		this.accounts.recordSignIn(email.trim(), this.clock.instant());
	}

}
