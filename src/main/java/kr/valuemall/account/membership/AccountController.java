package kr.valuemall.account.membership;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.valuemall.shared.throttle.Throttled;
import kr.valuemall.account.MallUser;
import kr.valuemall.account.signin.LoginOutcomeHandlers;
import kr.valuemall.account.membership.PasswordForms.ChangeEmailForm;
import kr.valuemall.account.membership.PasswordForms.ChangePasswordForm;
import kr.valuemall.account.membership.PasswordForms.DeleteAccountForm;

/**
 * 내 정보: the signed-in holder changes their password and address, or closes the account;
 * and the links mailed to verify or change an address land here.
 */
@Controller
class AccountController {

	static final String VIEW_ACCOUNT = "account/account";

	static final String VIEW_DELETED = "account/deleted";

	static final String VIEW_VERIFIED = "account/verified";

	private final AccountService accounts;

	private final SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();

	AccountController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/account")
	String showAccount(@AuthenticationPrincipal MallUser user, Model model) {
		model.addAttribute("changePasswordForm", ChangePasswordForm.empty());
		model.addAttribute("changeEmailForm", ChangeEmailForm.empty());
		model.addAttribute("deleteAccountForm", DeleteAccountForm.empty());
		return page(user, model);
	}

	@PostMapping("/account/password")
	@Throttled("password-check")
	String processChangePasswordForm(@AuthenticationPrincipal MallUser user,
			@Valid @ModelAttribute ChangePasswordForm changePasswordForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasFieldErrors("newPassword")) {
			PasswordPolicy.check(changePasswordForm.newPassword(), user.getUsername())
				.ifPresent((code) -> result.rejectValue("newPassword", code));
		}
		if (!result.hasFieldErrors("newPasswordConfirm") && changePasswordForm.newPassword() != null
				&& !changePasswordForm.newPassword().equals(changePasswordForm.newPasswordConfirm())) {
			result.rejectValue("newPasswordConfirm", "signup.passwordConfirm.mismatch");
		}
		if (!result.hasErrors()) {
			try {
				this.accounts.changePassword(user.getId(), changePasswordForm.currentPassword(),
						changePasswordForm.newPassword());
				redirect.addFlashAttribute("notice", "account.password.changed");
				return "redirect:/account";
			}
			catch (AccountProblem problem) {
				result.rejectValue(problem.field(), problem.messageKey());
			}
		}
		model.addAttribute("changeEmailForm", ChangeEmailForm.empty());
		model.addAttribute("deleteAccountForm", DeleteAccountForm.empty());
		return page(user, model);
	}

	@PostMapping("/account/email")
	@Throttled("password-check")
	String processChangeEmailForm(@AuthenticationPrincipal MallUser user,
			@Valid @ModelAttribute ChangeEmailForm changeEmailForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.accounts.requestEmailChange(user.getId(), changeEmailForm.confirmPassword(),
						changeEmailForm.newEmail());
				redirect.addFlashAttribute("notice", "account.email.sent");
				return "redirect:/account";
			}
			catch (AccountProblem problem) {
				result.rejectValue(problem.field(), problem.messageKey());
			}
		}
		model.addAttribute("changePasswordForm", ChangePasswordForm.empty());
		model.addAttribute("deleteAccountForm", DeleteAccountForm.empty());
		return page(user, model);
	}

	@PostMapping("/account/delete")
	@Throttled("password-check")
	String processDeleteForm(@AuthenticationPrincipal MallUser user,
			@Valid @ModelAttribute DeleteAccountForm deleteAccountForm, BindingResult result, Model model,
			Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		if (!result.hasErrors()) {
			try {
				this.accounts.delete(user.getId(), deleteAccountForm.password());
				this.logout.logout(request, response, authentication);
				return "redirect:/account/deleted";
			}
			catch (AccountProblem problem) {
				result.rejectValue(problem.field(), problem.messageKey());
			}
		}
		model.addAttribute("changePasswordForm", ChangePasswordForm.empty());
		model.addAttribute("changeEmailForm", ChangeEmailForm.empty());
		return page(user, model);
	}

	@GetMapping("/account/deleted")
	String showDeleted() {
		return VIEW_DELETED;
	}

	@GetMapping("/account/verify")
	String verifyEmail(@RequestParam(required = false) String token, Model model) {
		if (!this.accounts.verifyEmail(token)) {
			model.addAttribute("linkKind", "verify");
			return PasswordResetController.VIEW_LINK_SPENT;
		}
		return VIEW_VERIFIED;
	}

	@PostMapping("/account/verify/resend")
	String resendVerification(@AuthenticationPrincipal MallUser user, RedirectAttributes redirect) {
		this.accounts.resendVerification(user.getId());
		redirect.addFlashAttribute("notice", "account.verify.resent");
		return "redirect:/account";
	}

	/**
	 * The link mailed to a new address. A session signed in with the old address ends:
	 * the holder signs in again with the new one.
	 */
	@GetMapping("/account/email/confirm")
	String confirmEmailChange(@RequestParam(required = false) String token, Model model, Authentication authentication,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		Optional<String> changed;
		try {
			changed = this.accounts.confirmEmailChange(token);
		}
		catch (AccountProblem ex) {
			changed = Optional.empty();
		}
		if (changed.isEmpty()) {
			model.addAttribute("linkKind", "email");
			return PasswordResetController.VIEW_LINK_SPENT;
		}
		if (authentication != null && authentication.getPrincipal() instanceof MallUser) {
			this.logout.logout(request, response, authentication);
		}
		redirect.addFlashAttribute(LoginOutcomeHandlers.LAST_EMAIL, changed.get());
		return "redirect:/login?emailChanged";
	}

	private String page(MallUser user, Model model) {
		model.addAttribute("account", this.accounts.details(user.getId()));
		return VIEW_ACCOUNT;
	}

}
