package kr.valuemall.account;

import java.time.Clock;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountUserDetailsService implements UserDetailsService {

	private final UserAccountRepository accounts;

	private final Clock clock;

	AccountUserDetailsService(UserAccountRepository accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		UserAccount account = this.accounts.findByEmail(email.trim())
			.filter((found) -> !found.isDeleted())
			.orElseThrow(() -> new UsernameNotFoundException("No account"));
		return new MallUser(account.getId(), account.getEmail(), account.getPasswordHash(), account.getName(),
				account.isLockedAt(this.clock.instant()),
				account.getRoles().stream().map((role) -> new SimpleGrantedAuthority(role.authority())).toList());
	}

}
