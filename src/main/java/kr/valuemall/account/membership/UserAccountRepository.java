package kr.valuemall.account.membership;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

import kr.valuemall.account.Role;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

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

	@Modifying
	@Query(nativeQuery = true, value = """
			update user_account set last_signed_in_at = :now
			 where lower(email) = lower(:email)
			""")
	int recordSignIn(String email, Instant now);

}
