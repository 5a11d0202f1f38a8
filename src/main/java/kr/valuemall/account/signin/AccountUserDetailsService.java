package kr.valuemall.account.signin;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.valuemall.account.MallUser;
import kr.valuemall.account.membership.UserAccount;
import kr.valuemall.account.membership.UserAccountRepository;

/**
 * The accounts Spring Security signs in. No account is ever locked by failed logins
 * (anyone could lock anyone out): {@code LoginThrottle} slows guessing down instead. A
 * password stored under an older hash is rehashed at sign-in, when the raw password is
 * known to be right ({@link UserDetailsPasswordService}).
 */
@Service
public class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

	private final UserAccountRepository accounts;

	AccountUserDetailsService(UserAccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		UserAccount account = this.accounts.findByEmail(email.trim())
			.filter((found) -> !found.isDeleted())
			.orElseThrow(() -> new UsernameNotFoundException("No account"));
		return user(account);
	}

	@Override
	@Transactional
	public UserDetails updatePassword(UserDetails user, String newPasswordHash) {
		UserAccount account = this.accounts.findByEmail(user.getUsername())
			.filter((found) -> !found.isDeleted())
			.orElseThrow(() -> new UsernameNotFoundException("No account"));
		account.rehashPassword(newPasswordHash);
		return user(account);
	}

	private static MallUser user(UserAccount account) {
		return new MallUser(account.getId(), account.getEmail(), account.getPasswordHash(), account.getName(),
				account.getRoles().stream().map((role) -> new SimpleGrantedAuthority(role.authority())).toList());
	}

}
