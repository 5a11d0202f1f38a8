package kr.valuemall.account.membership;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.valuemall.shared.throttle.Throttled;
import kr.valuemall.account.signin.LoginOutcomeHandlers;

@Controller
class SignUpController {

	static final String VIEW_SIGN_UP = "account/signup";

	private final AccountService accounts;

	SignUpController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/signup")
	String initSignUpForm(Model model) {
		model.addAttribute("signUpForm", SignUpForm.empty());
		return VIEW_SIGN_UP;
	}

	@PostMapping("/signup")
	@Throttled(value = "signup", parameter = "email")
	String processSignUpForm(@Valid @ModelAttribute SignUpForm signUpForm, BindingResult result,
			RedirectAttributes redirect) {
		if (!result.hasFieldErrors("password")) {
			PasswordPolicy.check(signUpForm.password(), signUpForm.email())
				.ifPresent((code) -> result.rejectValue("password", code));
		}
		if (!result.hasFieldErrors("passwordConfirm") && signUpForm.password() != null
				&& !signUpForm.password().equals(signUpForm.passwordConfirm())) {
			result.rejectValue("passwordConfirm", "signup.passwordConfirm.mismatch");
		}
		if (!result.hasErrors()) {
			try {
				this.accounts.signUp(signUpForm);
			}
			catch (EmailAlreadyRegistered ex) {
				// Another sign-up with this address won a race: answered like any address
				// that has an account, so the page does not tell who is a member.
			}
			redirect.addFlashAttribute(LoginOutcomeHandlers.LAST_EMAIL, signUpForm.email().trim());
			return "redirect:/login?signedUp";
		}
		return VIEW_SIGN_UP;
	}

}
