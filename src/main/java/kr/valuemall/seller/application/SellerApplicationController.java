package kr.valuemall.seller.application;

import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.valuemall.account.MallUser;
import kr.valuemall.seller.Bank;
import kr.valuemall.seller.eligibility.Eligibility;
import kr.valuemall.seller.eligibility.Industry;
import kr.valuemall.shared.Region;

/**
 * {@code /seller/apply}: any signed-in account applies to sell, and corrects and
 * resubmits an application that staff sent back.
 */
@Controller
class SellerApplicationController {

	static final String VIEW_APPLICATION_FORM = "seller/applicationForm";

	private final SellerApplicationService applications;

	private final SellerApplicationChecks checks;

	private final Eligibility eligibility;

	SellerApplicationController(SellerApplicationService applications, SellerApplicationChecks checks,
			Eligibility eligibility) {
		this.applications = applications;
		this.checks = checks;
		this.eligibility = eligibility;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("industries", Industry.values());
		model.addAttribute("regions", Region.values());
		model.addAttribute("banks", Bank.values());
		model.addAttribute("eligibility", this.eligibility);
	}

	@GetMapping("/seller/apply")
	String initApplicationForm(@AuthenticationPrincipal MallUser user, Model model) {
		Optional<SellerApplication> existing = this.applications.applicationOf(user.getId());
		if (existing.isPresent() && !existing.get().getStatus().editableByApplicant()) {
			return "redirect:/seller";
		}
		model.addAttribute("applicationForm",
				existing.map(SellerApplicationForm::of).orElseGet(SellerApplicationForm::empty));
		model.addAttribute("existing", existing.orElse(null));
		return VIEW_APPLICATION_FORM;
	}

	@PostMapping("/seller/apply")
	String processApplicationForm(@AuthenticationPrincipal MallUser user,
			@Valid @ModelAttribute("applicationForm") SellerApplicationForm form, BindingResult result,
			@RequestParam(name = "document", required = false) MultipartFile document, RedirectAttributes redirect,
			Model model) {
		SellerApplication existing = this.applications.applicationOf(user.getId()).orElse(null);
		if (existing != null && !existing.getStatus().editableByApplicant()) {
			return "redirect:/seller";
		}
		model.addAttribute("existing", existing);
		Optional<ApplicationDetails> details = this.checks.check(form, existing, result);
		boolean documentGiven = document != null && !document.isEmpty();
		EvidenceFile.Inspection inspection = EvidenceFile.inspect(document);
		if (!inspection.accepted() && (documentGiven || existing == null)) {
			model.addAttribute("documentProblem", inspection.problem());
		}
		else if (documentGiven && result.hasErrors()) {
			// A browser never sends a chosen file twice: say so next to the field.
			model.addAttribute("documentProblem", "seller.apply.document.chooseAgain");
		}
		if (details.isEmpty() || model.containsAttribute("documentProblem")) {
			return VIEW_APPLICATION_FORM;
		}
		try {
			this.applications.submit(user.getId(), user.getUsername(), details.get(), inspection.file());
		}
		catch (DataIntegrityViolationException ex) {
			// Another application took the number or the store address a moment ago, or
			// this
			// one was sent twice: check again to say which.
			if (this.applications.applicationOf(user.getId()).isPresent() && existing == null) {
				return "redirect:/seller";
			}
			this.checks.check(form, existing, result);
			return VIEW_APPLICATION_FORM;
		}
		redirect.addFlashAttribute("notice", "seller.apply.submitted");
		return "redirect:/seller";
	}

}
