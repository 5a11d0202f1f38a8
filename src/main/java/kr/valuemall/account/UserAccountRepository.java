package kr.valuemall.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	@Query("select u from UserAccount u where lower(u.email) = lower(:email)")
	Optional<UserAccount> findByEmail(String email);

	@Query("select count(u) > 0 from UserAccount u where lower(u.email) = lower(:email)")
	boolean existsByEmail(String email);

	@Query("select count(u) from UserAccount u join u.roles r where r = :role")
	long countByRole(Role role);

	@Query("select distinct u from UserAccount u join u.roles r where r in :roles order by u.email")
	List<UserAccount> findWithAnyRole(java.util.Collection<Role> roles);

	long countByCreatedAtAfter(Instant since);

	List<UserAccount> findByOrderByCreatedAtDesc(Limit limit);

	/**
	 * Counts a failed login in one statement, so concurrent attempts cannot lose a count,
	 * and locks the account when the count reaches the limit. A lock that has run out
	 * starts the count again.
	 */
	@Modifying
	@Query(nativeQuery = true, value = """
			update user_account
			   set failed_login_count = case when locked_until <= :now then 1 else failed_login_count + 1 end,
			       locked_until = case
			           when (case when locked_until <= :now then 1 else failed_login_count + 1 end) >= :maxFailures
			               then :lockUntil
			           when locked_until <= :now then null
			           else locked_until end
			 where lower(email) = lower(:email)
			""")
	int recordFailedLogin(String email, int maxFailures, Instant now, Instant lockUntil);

	@Query("select count(u) > 0 from UserAccount u where lower(u.email) = lower(:email) and u.lockedUntil > :now")
	boolean isLockedAt(String email, Instant now);

	@Modifying
	@Query(nativeQuery = true, value = """
			update user_account set failed_login_count = 0, locked_until = null, last_signed_in_at = :now
			 where lower(email) = lower(:email)
			""")
	int recordSignIn(String email, Instant now);

}
