package kr.valuemall.account;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask about accounts.
 */
@Service
@Transactional(readOnly = true)
public class AccountApi {

	private final UserAccountRepository accounts;

	private final JdbcClient jdbc;

	AccountApi(UserAccountRepository accounts, JdbcClient jdbc) {
		this.accounts = accounts;
		this.jdbc = jdbc;
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

	public Optional<AccountSummary> findById(long id) {
		return this.accounts.findById(id).map(UserAccount::summary);
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

	public List<AccountSummary> latestSignUps(int howMany) {
		return this.accounts.findByOrderByCreatedAtDesc(Limit.of(howMany)).stream().map(UserAccount::summary).toList();
	}

}
