package kr.valuemall.account.membership;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The forms of recovering and changing a password and an address. Error messages come
 * from the message bundles, keyed by constraint, form and field.
 */
final class PasswordForms {

	private PasswordForms() {
	}

	/** The address a reset link should go to. */
	public record ForgotPasswordForm(@NotBlank @Email @Size(max = 254) String email) {
	}

	/** A new password set from a reset link. */
	public record ResetPasswordForm(String token, @NotBlank String newPassword, @NotBlank String newPasswordConfirm) {
	}

	/** A new password set while signed in: the current one proves it is the holder. */
	public record ChangePasswordForm(@NotBlank String currentPassword, @NotBlank String newPassword,
			@NotBlank String newPasswordConfirm) {

		static ChangePasswordForm empty() {
			return new ChangePasswordForm("", "", "");
		}

	}

	/** A new address, used once a link mailed to it is opened. */
	public record ChangeEmailForm(@NotBlank @Email @Size(max = 254) String newEmail, @NotBlank String confirmPassword) {

		static ChangeEmailForm empty() {
			return new ChangeEmailForm("", "");
		}

	}

	/** 회원 탈퇴, confirmed with the password. */
	public record DeleteAccountForm(@NotBlank String password) {

		static DeleteAccountForm empty() {
			return new DeleteAccountForm("");
		}

	}

}
