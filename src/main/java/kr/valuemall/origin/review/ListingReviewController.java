package kr.valuemall.origin.review;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.valuemall.account.MallUser;

/**
 * Staff's queue of held listings, a listing's audit trail, and the decisions on them.
 */
@Controller
@RequestMapping("/admin/listings")
class ListingReviewController {

	static final String VIEW_QUEUE = "origin/queue";

	static final String VIEW_LISTING = "origin/listingDetail";

	private final ListingReviewDesk desk;

	ListingReviewController(ListingReviewDesk desk) {
		this.desk = desk;
	}

	@GetMapping
	String showQueue(@RequestParam(defaultValue = "HELD") QueueTab tab, Model model) {
		model.addAttribute("tab", tab);
		model.addAttribute("tabs", QueueTab.values());
		switch (tab) {
			case HELD -> model.addAttribute("rows", this.desk.heldQueue());
			case REPORTED -> model.addAttribute("rows", this.desk.reported());
			case DECISIONS -> model.addAttribute("decisions", this.desk.recentDecisions());
		}
		return VIEW_QUEUE;
	}

	@GetMapping("/{listingId}")
	String showListing(@PathVariable long listingId, Model model) {
		model.addAttribute("rejectForm", RejectForm.empty());
		return listingView(listingId, model);
	}

	@PostMapping("/{listingId}/approve")
	String approve(@PathVariable long listingId, @RequestParam(name = "seen", required = false) Long seen,
			@AuthenticationPrincipal MallUser staff, RedirectAttributes redirect) {
		this.desk.approve(listingId, staff.getUsername(), seen);
		redirect.addFlashAttribute("notice", "origin.review.approved");
		return "redirect:/admin/listings";
	}

	@PostMapping("/{listingId}/reject")
	String processRejectForm(@PathVariable long listingId, @RequestParam(name = "seen", required = false) Long seen,
			@Valid @ModelAttribute RejectForm rejectForm, BindingResult result, @AuthenticationPrincipal MallUser staff,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return listingView(listingId, model);
		}
		this.desk.reject(listingId, staff.getUsername(), rejectForm.reason(), seen);
		redirect.addFlashAttribute("notice", "origin.review.rejected");
		return "redirect:/admin/listings";
	}

	private String listingView(long listingId, Model model) {
		model.addAttribute("listing", this.desk.listing(listingId));
		model.addAttribute("text", this.desk.text(listingId));
		model.addAttribute("trail", this.desk.trail(listingId));
		model.addAttribute("reports", this.desk.reports(listingId));
		return VIEW_LISTING;
	}

}
