package kr.valuemall.account;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Signed-in principals for MockMvc tests, shaped like the ones a real login puts in the
 * session. Their ids are far beyond the accounts tests create in the shared database, so
 * they never stand for someone else's account (or store).
 */
public final class TestUsers {

	private TestUsers() {
	}

	public static MallUser shopper() {
		return user(900_000_101L, "shopper-test@example.com", "테스트구매자", Role.SHOPPER);
	}

	public static MallUser seller() {
		return user(900_000_102L, "seller-test@example.com", "테스트판매자", Role.SHOPPER, Role.SELLER);
	}

	public static MallUser admin() {
		return user(900_000_103L, "admin-test@example.com", "테스트관리자", Role.SHOPPER, Role.ADMIN);
	}

	private static MallUser user(long id, String email, String name, Role... roles) {
		return new MallUser(id, email, "{noop}unused", name,
				List.of(roles).stream().map((role) -> new SimpleGrantedAuthority(role.authority())).toList());
	}

}
