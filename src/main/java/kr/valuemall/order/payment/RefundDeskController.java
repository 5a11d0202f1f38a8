package kr.valuemall.order.payment;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.valuemall.account.MallUser;

/**
 * {@code /admin/refunds}: what staff work through so money gets back to shoppers. Card
 * refunds the gateway has not answered (tried again by a job) or refused (tried again by
 * staff); bank-transfer refunds waiting for the shopper's account; those ready go into a
 * bank file, and marking that file done marks exactly the refunds it holds.
 */
@Controller
class RefundDeskController {

	static final String VIEW = "order/refunds";

	private final RefundDesk desk;

	RefundDeskController(RefundDesk desk) {
		this.desk = desk;
	}

	@GetMapping("/admin/refunds")
	String list(Model model) {
		List<RefundDesk.StaffRefund> open = this.desk.open();
		model.addAttribute("cardRefunds", open.stream()
			.filter((refund) -> refund.status() == RefundStatus.PENDING || refund.status() == RefundStatus.FAILED)
			.toList());
		model.addAttribute("awaitingAccount",
				open.stream().filter((refund) -> refund.status() == RefundStatus.AWAITING_ACCOUNT).toList());
		model.addAttribute("ready", open.stream().filter((refund) -> refund.status() == RefundStatus.READY).toList());
		model.addAttribute("files", this.desk.openFiles());
		return VIEW;
	}

	@PostMapping("/admin/refunds/{id}/retry")
	String retry(@PathVariable long id, RedirectAttributes redirect) {
		try {
			RefundStatus status = this.desk.retry(id);
			redirect.addFlashAttribute("notice",
					(status == RefundStatus.DONE) ? "refunds.notice.retried" : "refunds.notice.stillFailing");
		}
		catch (IllegalStateException ex) {
			redirect.addFlashAttribute("notice", "refunds.notice.alreadyHandled");
		}
		return "redirect:/admin/refunds";
	}

	@PostMapping("/admin/refunds/files")
	String prepareFile(@AuthenticationPrincipal MallUser staff, RedirectAttributes redirect) {
		Optional<Long> file = this.desk.prepareFile(staff.getUsername());
		redirect.addFlashAttribute("notice", file.isPresent() ? "refunds.notice.fileMade" : "refunds.notice.noneReady");
		return "redirect:/admin/refunds";
	}

	@GetMapping("/admin/refunds/files/{id}.csv")
	ResponseEntity<byte[]> download(@PathVariable long id, Locale locale) {
		byte[] body = this.desk.fileCsv(id, locale);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("valuemall-refunds-file-" + id + ".csv")
						.build()
						.toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}

	@PostMapping("/admin/refunds/files/{id}/done")
	String markDone(@PathVariable long id, @AuthenticationPrincipal MallUser staff, RedirectAttributes redirect) {
		int marked = this.desk.markFileDone(id, staff.getUsername());
		redirect.addFlashAttribute("notice",
				(marked > 0) ? "refunds.notice.fileDone" : "refunds.notice.alreadyHandled");
		return "redirect:/admin/refunds";
	}

}
