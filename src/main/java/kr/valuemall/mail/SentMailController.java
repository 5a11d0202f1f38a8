package kr.valuemall.mail;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Staff read the mails the mall sent, where copies are kept: on a machine without a mail
 * server (the demo) this is how a verification or reset link can be followed.
 */
@Controller
class SentMailController {

	static final String VIEW_LIST = "mail/adminMails";

	static final String VIEW_MAIL = "mail/adminMail";

	private static final int PAGE_SIZE = 100;

	private final SentMails mails;

	SentMailController(SentMails mails) {
		this.mails = mails;
	}

	@GetMapping("/admin/mails")
	String list(Model model) {
		model.addAttribute("mails", this.mails.latest(PAGE_SIZE));
		model.addAttribute("keepingCopies", this.mails.keepingCopies());
		return VIEW_LIST;
	}

	@GetMapping("/admin/mails/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("mail", this.mails.find(id).orElseThrow(() -> SentMailNotFound.of(id)));
		return VIEW_MAIL;
	}

}
