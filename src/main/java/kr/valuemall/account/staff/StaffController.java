package kr.valuemall.account.staff;

import java.util.List;
import java.util.Optional;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.valuemall.account.MallUser;
import kr.valuemall.account.Role;

/**
 * The operator's staff desk ({@code /admin/staff}: who is staff with which role; give a
 * colleague's account a role or take it away) and the audit log ({@code /admin/audit}:
 * every staff action, newest first).
 */
@Controller
class StaffController {

	static final String VIEW_STAFF = "account/staff";

	static final String VIEW_AUDIT = "account/audit";

	private static final List<Role> GRANTABLE = List.of(Role.REVIEWER, Role.MINISTRY, Role.ADMIN);

	private final StaffMembers staff;

	private final StaffAudit audit;

	StaffController(StaffMembers staff, StaffAudit audit) {
		this.staff = staff;
		this.audit = audit;
	}

	@GetMapping("/admin/staff")
	String staff(Model model) {
		model.addAttribute("members", this.staff.members());
		model.addAttribute("invitations", this.staff.openInvitations());
		model.addAttribute("grantable", GRANTABLE);
		return VIEW_STAFF;
	}

	@PostMapping("/admin/staff")
	String grant(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String role,
			@AuthenticationPrincipal MallUser actor, RedirectAttributes redirect) {
		Optional<Role> chosen = GRANTABLE.stream().filter((r) -> r.name().equals(role)).findFirst();
		String address = email.strip();
		if (address.isEmpty() || address.length() > 254 || !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")
				|| chosen.isEmpty()) {
			redirect.addFlashAttribute("notice", "staff.grant.invalid");
			redirect.addFlashAttribute("typedEmail", address.length() > 254 ? "" : address);
			return "redirect:/admin/staff";
		}
		if (this.staff.grant(address, chosen.get()).isEmpty()) {
			// No account yet: an invitation by e-mail; the role comes with the verified
			// address.
			this.staff.invite(address, chosen.get(), actor.getUsername());
			redirect.addFlashAttribute("notice", "staff.grant.invited");
			return "redirect:/admin/staff";
		}
		redirect.addFlashAttribute("notice", "staff.grant.done");
		return "redirect:/admin/staff";
	}

	@PostMapping("/admin/staff/{id}/revoke")
	String revoke(@PathVariable long id, @RequestParam(defaultValue = "") String role,
			@AuthenticationPrincipal MallUser actor, RedirectAttributes redirect) {
		Role chosen = GRANTABLE.stream().filter((r) -> r.name().equals(role)).findFirst().orElse(null);
		StaffMembers.Outcome outcome = (chosen != null) ? this.staff.revoke(id, chosen, actor.getUsername())
				: StaffMembers.Outcome.NOT_FOUND;
		redirect.addFlashAttribute("notice", "staff.revoke." + outcome.name());
		return "redirect:/admin/staff";
	}

	@GetMapping("/admin/audit")
	String audit(@RequestParam(required = false) String actor, @RequestParam(defaultValue = "0") String page,
			Model model) {
		int number = parsePage(page);
		String who = (actor != null && !actor.isBlank() && actor.length() <= 254) ? actor.strip() : null;
		List<StaffAudit.Entry> entries = this.audit.latest(who, number);
		boolean more = entries.size() > StaffAudit.PAGE;
		model.addAttribute("entries", more ? entries.subList(0, StaffAudit.PAGE) : entries);
		model.addAttribute("actor", who);
		model.addAttribute("page", number);
		model.addAttribute("more", more);
		return VIEW_AUDIT;
	}

	private static int parsePage(String page) {
		String digits = page.strip();
		if (digits.isEmpty() || digits.length() > 6 || !digits.chars().allMatch(Character::isDigit)) {
			return 0;
		}
		return Integer.parseInt(digits);
	}

}
