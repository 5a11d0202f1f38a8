package kr.valuemall.account.membership;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.valuemall.shared.throttle.Throttled;
import kr.valuemall.account.signin.LoginOutcomeHandlers;
import kr.valuemall.account.membership.PasswordForms.ForgotPasswordForm;
import kr.valuemall.account.membership.PasswordForms.ResetPasswordForm;

/**
 * 비밀번호 찾기: a reset link by mail, valid for thirty minutes and once. The answer to the
 * request is the same whether or not the address has an account.
 */
@Controller
class PasswordResetController {

	static final String VIEW_FORGOT = "account/passwordForgot";

	static final String VIEW_RESET = "account/passwordReset";

	static final String VIEW_LINK_SPENT = "account/linkSpent";

	private final AccountService accounts;

	PasswordResetController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/password/forgot")
	String initForgotForm(Model model) {
		model.addAttribute("forgotPasswordForm", new ForgotPasswordForm(""));
		return VIEW_FORGOT;
	}

	@PostMapping("/password/forgot")
	@Throttled(value = "password-reset", parameter = "email")
	String processForgotForm(@Valid @ModelAttribute ForgotPasswordForm forgotPasswordForm, BindingResult result) {
		if (result.hasErrors()) {
			return VIEW_FORGOT;
		}
		this.accounts.requestPasswordReset(forgotPasswordForm.email());
		return "redirect:/password/forgot?sent";
	}

	@GetMapping("/password/reset")
	String initResetForm(@RequestParam(required = false) String token, Model model) {
		if (this.accounts.resetFor(token).isEmpty()) {
			return linkSpent(model);
		}
		model.addAttribute("resetPasswordForm", new ResetPasswordForm(token, "", ""));
		return VIEW_RESET;
	}

	@PostMapping("/password/reset")
	String processResetForm(@Valid @ModelAttribute ResetPasswordForm resetPasswordForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		var email = this.accounts.resetFor(resetPasswordForm.token());
		if (email.isEmpty()) {
			return linkSpent(model);
		}
		if (!result.hasFieldErrors("newPassword")) {
			PasswordPolicy.check(resetPasswordForm.newPassword(), email.get())
				.ifPresent((code) -> result.rejectValue("newPassword", code));
		}
		if (!result.hasFieldErrors("newPasswordConfirm") && resetPasswordForm.newPassword() != null
				&& !resetPasswordForm.newPassword().equals(resetPasswordForm.newPasswordConfirm())) {
			result.rejectValue("newPasswordConfirm", "signup.passwordConfirm.mismatch");
		}
		if (result.hasErrors()) {
			return VIEW_RESET;
		}
		if (!this.accounts.resetPassword(resetPasswordForm.token(), resetPasswordForm.newPassword())) {
			return linkSpent(model);
		}
		redirect.addFlashAttribute(LoginOutcomeHandlers.LAST_EMAIL, email.get());
		return "redirect:/login?passwordReset";
	}

	private static String linkSpent(Model model) {
		model.addAttribute("linkKind", "reset");
		return VIEW_LINK_SPENT;
	}

}
