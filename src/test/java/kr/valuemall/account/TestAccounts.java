package kr.valuemall.account;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.springframework.security.core.authority.SimpleGrantedAuthority;

import kr.valuemall.account.membership.AccountService;

/**
 * Real accounts in the database for tests, with the principal a login would give them.
 */
public class TestAccounts {

	public static final String PASSWORD = "test-password-1";

	private final AccountService accounts;

	private final Clock clock;

	TestAccounts(AccountService accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	/** A new account with a unique e-mail address, signed in with the given roles. */
	public MallUser create(String name, Role... roles) {
		String email = "user-" + UUID.randomUUID() + "@example.com";
		EnumSet<Role> granted = EnumSet.of(Role.SHOPPER, roles);
		AccountSummary account = this.accounts.open(email, PASSWORD, name, "010-0000-0000", granted,
				this.clock.instant());
		return new MallUser(account.id(), account.email(), "{noop}unused", name,
				List.copyOf(granted).stream().map((role) -> new SimpleGrantedAuthority(role.authority())).toList());
	}

	/**
	 * A new shopper account in a context that has no TestAccounts bean (the full-stack
	 * demo), signing in with the given password.
	 */
	public static AccountSummary openShopper(org.springframework.context.ApplicationContext context, String email,
			String password, String name, Clock clock) {
		return context.getBean(AccountService.class)
			.open(email, password, name, "010-0000-0000", EnumSet.of(Role.SHOPPER), clock.instant());
	}

	/** The principal of an account opened with {@link #openShopper}. */
	public static MallUser principal(AccountSummary account) {
		return new MallUser(account.id(), account.email(), "{noop}unused", account.name(),
				List.of(new SimpleGrantedAuthority(Role.SHOPPER.authority())));
	}

	/**
	 * The principal a login gives the account once it holds these roles as well (grant
	 * them with {@code AccountApi.grantRole} first).
	 */
	public static MallUser signedInWith(MallUser user, Role... roles) {
		EnumSet<Role> held = EnumSet.noneOf(Role.class);
		for (Role role : Role.values()) {
			if (user.getAuthorities().contains(new SimpleGrantedAuthority(role.authority()))) {
				held.add(role);
			}
		}
		held.addAll(List.of(roles));
		return new MallUser(user.getId(), user.getUsername(), "{noop}unused", user.getDisplayName(),
				List.copyOf(held).stream().map((role) -> new SimpleGrantedAuthority(role.authority())).toList());
	}

}
