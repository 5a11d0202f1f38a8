package kr.valuemall.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	static final String VIEW_LOGIN = "account/login";

	private final LoginProperties login;

	LoginController(LoginProperties login) {
		this.login = login;
	}

	/** The typed e-mail address of a failed attempt arrives as a flash attribute. */
	@GetMapping("/login")
	String initLoginForm(Model model) {
		model.addAttribute("lockMinutes", this.login.lockDuration().toMinutes());
		return VIEW_LOGIN;
	}

}
