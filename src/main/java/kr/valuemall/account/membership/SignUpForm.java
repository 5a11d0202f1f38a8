package kr.valuemall.account.membership;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import kr.valuemall.shared.PhoneNumbers;

/**
 * What a visitor types to open an account, with the consents: the terms and the
 * collection of personal data are required, marketing mail is optional. Error messages
 * come from the message bundles, keyed by constraint, form and field
 * ({@code NotBlank.signUpForm.email}).
 */
public record SignUpForm(@NotBlank @Email @Size(max = 254) String email, @NotBlank String password,
		@NotBlank String passwordConfirm, @NotBlank @Size(max = 50) String name,
		@NotBlank @Pattern(regexp = PhoneNumbers.PATTERN) String phone, @AssertTrue Boolean agreeToTerms,
		@AssertTrue Boolean agreeToPrivacy, Boolean agreeToMarketing) {

	/** An unticked box sends nothing: that is a refusal, not a binding error. */
	public SignUpForm {
		agreeToTerms = Boolean.TRUE.equals(agreeToTerms);
		agreeToPrivacy = Boolean.TRUE.equals(agreeToPrivacy);
		agreeToMarketing = Boolean.TRUE.equals(agreeToMarketing);
	}

	static SignUpForm empty() {
		return new SignUpForm("", "", "", "", "", false, false, false);
	}

}
