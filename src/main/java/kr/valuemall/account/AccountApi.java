package kr.valuemall.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import kr.valuemall.account.consent.Consents;
import kr.valuemall.account.membership.UserAccount;
import kr.valuemall.account.membership.UserAccountRepository;

/**
 * What other modules may ask about accounts.
 */
@Service
@Transactional(readOnly = true)
public class AccountApi {

	private final UserAccountRepository accounts;

	private final JdbcClient jdbc;

	private final Consents consents;

	private final Clock clock;

	AccountApi(UserAccountRepository accounts, JdbcClient jdbc, Consents consents, Clock clock) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.consents = consents;
		this.clock = clock;
	}

	/**
	 * When each of these accounts last signed in; accounts that never did are left out.
	 */
	public Map<Long, Instant> lastSignIns(Collection<Long> accountIds) {
		if (accountIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, Instant> signIns = new HashMap<>();
		this.jdbc
			.sql("SELECT id, last_signed_in_at FROM user_account WHERE id IN (:ids) AND last_signed_in_at IS NOT NULL")
			.param("ids", accountIds)
			.query((rs) -> {
				signIns.put(rs.getLong(1), rs.getTimestamp(2).toInstant());
			});
		return signIns;
	}

	/**
	 * The account, closed ones included. Asked for every notification an order sends (and
	 * each mail), so one statement without a transaction of its own.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Optional<AccountSummary> findById(long id) {
		return this.jdbc.sql("""
				SELECT a.id, a.email, a.name, a.created_at, r.role
				FROM user_account a LEFT JOIN user_account_role r ON r.user_account_id = a.id
				WHERE a.id = :id
				""").param("id", id).query((ResultSetExtractor<Optional<AccountSummary>>) AccountApi::summary);
	}

	private static Optional<AccountSummary> summary(ResultSet rows) throws SQLException {
		if (!rows.next()) {
			return Optional.empty();
		}
		long id = rows.getLong("id");
		String email = rows.getString("email");
		String name = rows.getString("name");
		Instant createdAt = rows.getTimestamp("created_at").toInstant();
		Set<Role> roles = EnumSet.noneOf(Role.class);
		do {
			String role = rows.getString("role");
			if (role != null) {
				roles.add(Role.valueOf(role));
			}
		}
		while (rows.next());
		return Optional.of(new AccountSummary(id, email, name, Set.copyOf(roles), createdAt));
	}

	public Optional<AccountSummary> findByEmail(String email) {
		return this.accounts.findByEmail(email).map(UserAccount::summary);
	}

	public long countAll() {
		return this.accounts.count();
	}

	public long countWithRole(Role role) {
		return this.accounts.countByRole(role);
	}

	public long countSignedUpSince(Instant since) {
		return this.accounts.countByCreatedAtAfter(since);
	}

	/** Gives an account a role, e.g. SELLER when its application is approved. */
	@Transactional
	public void grantRole(long accountId, Role role) {
		this.accounts.findById(accountId).orElseThrow().grant(role);
	}

	/**
	 * Whether the account signed up but has not yet opened the link mailed to its
	 * address. Asked on every page, and one statement: no transaction around it.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public boolean isEmailUnverified(long accountId) {
		return this.jdbc.sql("SELECT email_verified_at IS NULL FROM user_account WHERE id = :id AND deleted_at IS NULL")
			.param("id", accountId)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	/**
	 * Records that the account agreed, now, to the given version of a document, e.g. the
	 * checkout's 개인정보 제3자 제공 ({@link ConsentKind#THIRD_PARTY_PROVISION} with
	 * {@code kind.currentVersion()}). One statement: in the caller's transaction when
	 * there is one, without one of its own otherwise (every checkout records one).
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public void recordConsent(long accountId, ConsentKind kind, String version) {
		this.consents.record(accountId, kind, version, this.clock.instant());
	}

	/** Every consent the account gave, oldest first, withdrawn ones included. */
	public List<ConsentRecord> consents(long accountId) {
		return this.consents.of(accountId);
	}

	public List<AccountSummary> latestSignUps(int howMany) {
		return this.accounts.findByOrderByCreatedAtDesc(Limit.of(howMany)).stream().map(UserAccount::summary).toList();
	}

}
