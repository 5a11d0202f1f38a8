package kr.valuemall.seller.payout;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.valuemall.account.MallUser;

/**
 * {@code /admin/payout-accounts}: staff see the payout account requests waiting (and
 * those decided lately), and approve or reject each with the audit trail in view. A staff
 * member who runs the store asking is shown the request but cannot decide it.
 */
@Controller
class PayoutAccountReviewController {

	static final String VIEW_QUEUE = "seller/payoutAccountQueue";

	static final String VIEW_REVIEW = "seller/payoutAccountReview";

	private final PayoutAccountChanges changes;

	PayoutAccountReviewController(PayoutAccountChanges changes) {
		this.changes = changes;
	}

	@GetMapping("/admin/payout-accounts")
	String queue(Model model) {
		model.addAttribute("waiting", this.changes.queue());
		model.addAttribute("decided", this.changes.recentlyDecided());
		return VIEW_QUEUE;
	}

	@GetMapping("/admin/payout-accounts/{id}")
	String review(@PathVariable long id, @AuthenticationPrincipal MallUser staff, Model model) {
		show(id, staff, model);
		model.addAttribute("decision", PayoutDecisionForm.empty());
		return VIEW_REVIEW;
	}

	@PostMapping("/admin/payout-accounts/{id}/approve")
	String approve(@PathVariable long id, @AuthenticationPrincipal MallUser staff, RedirectAttributes redirect) {
		this.changes.approve(id, staff.getId(), staff.getUsername());
		redirect.addFlashAttribute("notice", "payoutAccount.review.approved");
		return "redirect:/admin/payout-accounts";
	}

	@PostMapping("/admin/payout-accounts/{id}/reject")
	String reject(@PathVariable long id, @Valid @ModelAttribute("decision") PayoutDecisionForm decision,
			BindingResult result, @AuthenticationPrincipal MallUser staff, RedirectAttributes redirect, Model model) {
		if (result.hasErrors()) {
			show(id, staff, model);
			return VIEW_REVIEW;
		}
		this.changes.reject(id, staff.getId(), staff.getUsername(), decision.reason());
		redirect.addFlashAttribute("notice", "payoutAccount.review.rejected");
		return "redirect:/admin/payout-accounts";
	}

	private void show(long id, MallUser staff, Model model) {
		PayoutAccountChanges.Request request = this.changes.review(id);
		model.addAttribute("request", request);
		model.addAttribute("ownStore", request.ownedBy(staff.getId()));
	}

}
