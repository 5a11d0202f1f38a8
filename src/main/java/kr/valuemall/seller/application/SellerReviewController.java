package kr.valuemall.seller.application;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.valuemall.account.MallUser;
import kr.valuemall.seller.StaffSellerPanel;
import kr.valuemall.seller.eligibility.Eligibility;

/**
 * Staff review of seller applications at {@code /admin/sellers}.
 */
@Controller
class SellerReviewController {

	static final String VIEW_QUEUE = "seller/reviewQueue";

	static final String VIEW_REVIEW = "seller/review";

	private final SellerApplicationService applications;

	private final Eligibility eligibility;

	private final List<StaffSellerPanel> panels;

	SellerReviewController(SellerApplicationService applications, Eligibility eligibility,
			List<StaffSellerPanel> panels) {
		this.panels = panels.stream().sorted(Comparator.comparingInt(StaffSellerPanel::order)).toList();
		this.applications = applications;
		this.eligibility = eligibility;
	}

	@GetMapping("/admin/sellers")
	String queue(@RequestParam(name = "status", defaultValue = "PENDING") ApplicationStatus status, Model model) {
		model.addAttribute("status", status);
		model.addAttribute("statuses", ApplicationStatus.values());
		model.addAttribute("applications", this.applications.queue(status));
		return VIEW_QUEUE;
	}

	@GetMapping("/admin/sellers/{id}")
	String review(@PathVariable long id, Model model) {
		showReview(id, model);
		model.addAttribute("decision", DecisionForm.empty());
		model.addAttribute("suspension", SuspensionForm.empty());
		return VIEW_REVIEW;
	}

	@PostMapping("/admin/sellers/{id}/suspend")
	String suspend(@PathVariable long id, @Valid @ModelAttribute("suspension") SuspensionForm suspension,
			BindingResult result, @AuthenticationPrincipal MallUser staff, RedirectAttributes redirect, Model model) {
		SellerApplication application = this.applications.review(id);
		if (application.getStatus() != ApplicationStatus.APPROVED || application.isSuspended()) {
			redirect.addFlashAttribute("notice", "seller.suspension.notApplicable");
			return "redirect:/admin/sellers/" + id;
		}
		if (result.hasErrors()) {
			showReview(id, model);
			model.addAttribute("decision", DecisionForm.empty());
			return VIEW_REVIEW;
		}
		this.applications.suspend(id, staff.getUsername(), suspension.reason(), suspension.holdPayouts());
		redirect.addFlashAttribute("notice", "seller.suspension.suspended");
		return "redirect:/admin/sellers/" + id;
	}

	@PostMapping("/admin/sellers/{id}/reinstate")
	String reinstate(@PathVariable long id, @AuthenticationPrincipal MallUser staff, RedirectAttributes redirect) {
		SellerApplication application = this.applications.review(id);
		if (!application.isSuspended()) {
			redirect.addFlashAttribute("notice", "seller.suspension.notApplicable");
			return "redirect:/admin/sellers/" + id;
		}
		this.applications.reinstate(id, staff.getUsername());
		redirect.addFlashAttribute("notice", "seller.suspension.reinstated");
		return "redirect:/admin/sellers/" + id;
	}

	@GetMapping("/admin/sellers/{id}/document")
	ResponseEntity<byte[]> document(@PathVariable long id) {
		SellerDocument document = this.applications.document(id).orElseThrow(() -> SellerApplicationNotFound.of(id));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(document.getContentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename(document.getFileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.header("Content-Security-Policy", "default-src 'none'; img-src 'self'; object-src 'self'; sandbox")
			.body(document.getContent());
	}

	@PostMapping("/admin/sellers/{id}/approve")
	String approve(@PathVariable long id, @RequestParam(name = "seen", required = false) Long seen,
			@AuthenticationPrincipal MallUser staff, RedirectAttributes redirect) {
		this.applications.approve(id, staff.getUsername(), seen);
		redirect.addFlashAttribute("notice", "seller.review.approved");
		return "redirect:/admin/sellers";
	}

	@PostMapping("/admin/sellers/{id}/reject")
	String reject(@PathVariable long id, @RequestParam(name = "seen", required = false) Long seen,
			@Valid @ModelAttribute("decision") DecisionForm decision, BindingResult result,
			@AuthenticationPrincipal MallUser staff, RedirectAttributes redirect, Model model) {
		if (result.hasErrors()) {
			showReview(id, model);
			model.addAttribute("suspension", SuspensionForm.empty());
			model.addAttribute("failedAction", "reject");
			return VIEW_REVIEW;
		}
		this.applications.reject(id, staff.getUsername(), decision.reason(), seen);
		redirect.addFlashAttribute("notice", "seller.review.rejected");
		return "redirect:/admin/sellers";
	}

	@PostMapping("/admin/sellers/{id}/request-changes")
	String requestChanges(@PathVariable long id, @RequestParam(name = "seen", required = false) Long seen,
			@Valid @ModelAttribute("decision") DecisionForm decision, BindingResult result,
			@AuthenticationPrincipal MallUser staff, RedirectAttributes redirect, Model model) {
		if (result.hasErrors()) {
			showReview(id, model);
			model.addAttribute("suspension", SuspensionForm.empty());
			model.addAttribute("failedAction", "request-changes");
			return VIEW_REVIEW;
		}
		this.applications.requestChanges(id, staff.getUsername(), decision.reason(), seen);
		redirect.addFlashAttribute("notice", "seller.review.changesRequested");
		return "redirect:/admin/sellers";
	}

	private void showReview(long id, Model model) {
		SellerApplication application = this.applications.review(id);
		model.addAttribute("sellerApplication", application);
		model.addAttribute("line", this.eligibility.lineFor(application.getIndustry()));
		// An approved store: its figures from the modules that own them.
		model.addAttribute("panels",
				(application.getStatus() == ApplicationStatus.APPROVED) ? this.panels.stream()
					.map((panel) -> new PanelView(panel.template(), panel.model(application.getId())))
					.toList() : List.of());
	}

	/** One section ready to draw. */
	public record PanelView(String template, Object data) {

	}

}
