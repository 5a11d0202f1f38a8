package kr.valuemall.origin.reports;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.valuemall.account.MallUser;
import kr.valuemall.origin.OriginApi;
import kr.valuemall.shared.throttle.Throttled;

/**
 * A signed-in shopper reports a listing as imported, from the product page.
 */
@Controller
class ImportReportController {

	private final OriginApi origin;

	ImportReportController(OriginApi origin) {
		this.origin = origin;
	}

	@PostMapping("/products/{listingId}/import-reports")
	@Throttled("import-report")
	String processImportReportForm(@PathVariable long listingId, @Valid @ModelAttribute ImportReportForm form,
			BindingResult result, @AuthenticationPrincipal MallUser shopper, RedirectAttributes redirect) {
		String back = "redirect:/products/" + listingId;
		if (result.hasFieldErrors("reason")) {
			boolean blank = form.reason() == null || form.reason().isBlank();
			redirect.addFlashAttribute("notice",
					blank ? "origin.report.reasonRequired" : "origin.report.reasonTooLong");
			return back;
		}
		boolean recorded = this.origin.reportImport(listingId, shopper.getId(), form.reason());
		redirect.addFlashAttribute("notice", recorded ? "origin.report.thanks" : "origin.report.already");
		return back;
	}

}
