package kr.valuemall.account.membership;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.valuemall.account.AccountSummary;
import kr.valuemall.account.Role;

@Entity
@Table(name = "user_account")
public class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String email;

	@Column(name = "password_hash")
	private String passwordHash;

	private String name;

	private String phone;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "email_verified_at")
	private Instant emailVerifiedAt;

	@Column(name = "deleted_at")
	private Instant deletedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "user_account_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	@Version
	private long version;

	static final String DELETED_NAME = "탈퇴한 회원";

	protected UserAccount() {
	}

	UserAccount(String email, String passwordHash, String name, String phone, Set<Role> roles, Instant createdAt) {
		this.email = email;
		this.passwordHash = passwordHash;
		this.name = name;
		this.phone = phone;
		this.roles = EnumSet.copyOf(roles);
		this.roles.add(Role.SHOPPER);
		this.createdAt = createdAt;
	}

	public boolean isDeleted() {
		return this.deletedAt != null;
	}

	boolean isEmailVerified() {
		return this.emailVerifiedAt != null;
	}

	Instant getEmailVerifiedAt() {
		return this.emailVerifiedAt;
	}

	/**
	 * The address is known to reach the account holder; a second visit changes nothing.
	 */
	void verifyEmail(Instant now) {
		if (this.emailVerifiedAt == null) {
			this.emailVerifiedAt = now;
		}
	}

	void changePassword(String newPasswordHash) {
		this.passwordHash = newPasswordHash;
	}

	/**
	 * The same password under a stronger hash, stored at sign-in when the raw password
	 * has just been checked.
	 */
	public void rehashPassword(String newPasswordHash) {
		this.passwordHash = newPasswordHash;
	}

	/**
	 * The new address was confirmed from a link mailed to it, so it counts as verified.
	 */
	void changeEmail(String newEmail, Instant now) {
		this.email = newEmail;
		this.emailVerifiedAt = now;
	}

	/**
	 * 회원 탈퇴: the row stays, because orders and payments refer to it and must be kept for
	 * five years, but nothing in it identifies the person any more and nothing can sign
	 * in with it.
	 */
	void delete(String placeholderEmail, String unusablePasswordHash, Instant now) {
		if (this.deletedAt != null) {
			return;
		}
		this.email = placeholderEmail;
		this.name = DELETED_NAME;
		this.phone = "";
		this.passwordHash = unusablePasswordHash;
		this.roles.clear();
		this.deletedAt = now;
	}

	public void grant(Role role) {
		this.roles.add(role);
	}

	/** Takes a staff role away; every account stays a shopper. */
	public void revoke(Role role) {
		if (role != Role.SHOPPER) {
			this.roles.remove(role);
		}
	}

	public AccountSummary summary() {
		return new AccountSummary(this.id, this.email, this.name, Set.copyOf(this.roles), this.createdAt);
	}

	public Long getId() {
		return this.id;
	}

	public String getEmail() {
		return this.email;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public String getName() {
		return this.name;
	}

	public Set<Role> getRoles() {
		return this.roles;
	}

}
