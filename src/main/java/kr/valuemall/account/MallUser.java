package kr.valuemall.account;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in account, as kept in the session: its id for owner-scoped queries and the
 * name the header greets.
 */
public class MallUser extends User {

	private static final long serialVersionUID = 1L;

	private final long id;

	private final String displayName;

	public MallUser(long id, String email, String passwordHash, String displayName,
			Collection<? extends GrantedAuthority> authorities) {
		super(email, passwordHash, authorities);
		this.id = id;
		this.displayName = displayName;
	}

	public long getId() {
		return this.id;
	}

	public String getDisplayName() {
		return this.displayName;
	}

}
