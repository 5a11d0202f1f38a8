package kr.valuemall.account.signin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	static final String VIEW_LOGIN = "account/login";

	/** The typed e-mail address of a failed attempt arrives as a flash attribute. */
	@GetMapping("/login")
	String initLoginForm() {
		return VIEW_LOGIN;
	}

}
