package kr.valuemall.settlement;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.valuemall.account.MallUser;
import kr.valuemall.seller.SellerApi;
import kr.valuemall.seller.StoreSummary;
import kr.valuemall.settlement.runs.RunView;
import kr.valuemall.settlement.runs.SettlementPeriods;
import kr.valuemall.settlement.runs.SettlementRuns;
import kr.valuemall.settlement.statements.PayoutStatus;
import kr.valuemall.settlement.statements.StatementNotFound;
import kr.valuemall.settlement.statements.Statements;
import kr.valuemall.web.forms.TypedDates;

/**
 * Staff's settlement desk: run a closed period (in the background, with its progress),
 * read its statements, approve the payouts, download the bank transfer file and mark the
 * transfers paid with the bank's reference. Held payouts show as held with their reason;
 * those of earlier periods are listed beside the period's own, and once released they go
 * with this period's payout run.
 */
@Controller
class AdminSettlementController {

	static final String VIEW_DESK = "settlement/adminSettlements";

	static final String VIEW_RUN = "settlement/adminRun";

	static final int PERIODS_SHOWN = 12;

	static final int RUNS_SHOWN = 10;

	static final int REFERENCE_MAX = 100;

	private final SettlementRuns runs;

	private final SettlementPeriods periods;

	private final Statements statements;

	private final Payouts payouts;

	private final StatementFiles files;

	private final SellerApi sellers;

	AdminSettlementController(SettlementRuns runs, SettlementPeriods periods, Statements statements, Payouts payouts,
			StatementFiles files, SellerApi sellers) {
		this.runs = runs;
		this.periods = periods;
		this.statements = statements;
		this.payouts = payouts;
		this.files = files;
		this.sellers = sellers;
	}

	@GetMapping("/admin/settlements")
	String desk(@RequestParam(required = false) String period, Model model) {
		List<SettlementPeriod> closed = this.periods.recentClosed(PERIODS_SHOWN);
		SettlementPeriod chosen = parse(period).filter(this.periods::isClosed).orElse(closed.get(0));
		List<StatementView> statements = this.statements.ofPeriod(chosen);
		// Held payouts of earlier periods: still held, or released and paid with this
		// run.
		List<StatementView> heldBefore = this.statements.heldBefore(chosen);
		List<StatementView> inRun = Stream.concat(statements.stream(), heldBefore.stream()).toList();
		Map<Long, StoreSummary> stores = this.sellers
			.stores(inRun.stream().map(StatementView::sellerId).distinct().toList());
		model.addAttribute("periods", closed);
		model.addAttribute("period", chosen);
		model.addAttribute("runs", this.statements.recentRuns(RUNS_SHOWN));
		model.addAttribute("statements", lines(statements, stores));
		model.addAttribute("heldBefore", lines(heldBefore, stores));
		model.addAttribute("totalPayout", statements.stream().mapToLong(StatementView::payout).sum());
		model.addAttribute("totalCommission", statements.stream().mapToLong(StatementView::commissionTotal).sum());
		model.addAttribute("toApprove", inRun.stream().filter((s) -> s.payoutStatus() == PayoutStatus.SETTLED).count());
		model.addAttribute("toPay", inRun.stream().filter((s) -> s.payoutStatus() == PayoutStatus.APPROVED).count());
		model.addAttribute("held", inRun.stream().filter(StatementView::held).count());
		model.addAttribute("openFiles", this.payouts.openFiles(chosen));
		// A transfer to an account that cannot be read would fail at the bank: staff see
		// whose.
		model.addAttribute("unreadableAccounts",
				this.payouts.transfers(chosen)
					.stream()
					.filter((transfer) -> !transfer.account().readable())
					.map((transfer) -> Optional.ofNullable(stores.get(transfer.statement().sellerId()))
						.map(StoreSummary::storeName)
						.orElse(""))
					.toList());
		return VIEW_DESK;
	}

	@PostMapping("/admin/settlements/runs")
	String startRun(@RequestParam(required = false) String period, @AuthenticationPrincipal MallUser staff,
			RedirectAttributes redirect) {
		Optional<SettlementPeriod> chosen = parse(period);
		if (chosen.isEmpty() || !this.periods.isClosed(chosen.get())) {
			redirect.addFlashAttribute("notice", "settlement.admin.run.notClosed");
			return "redirect:/admin/settlements";
		}
		Optional<Long> running = this.runs.running(chosen.get());
		long runId = running.orElseGet(() -> this.runs.start(chosen.get(), staff.getUsername()));
		return "redirect:/admin/settlements/runs/" + runId;
	}

	@GetMapping("/admin/settlements/runs/{id}")
	String run(@PathVariable long id, Model model) {
		model.addAttribute("run", this.statements.run(id).orElseThrow(() -> StatementNotFound.ofRun(id)));
		return VIEW_RUN;
	}

	/** The run's progress for the page's small poll script. */
	@GetMapping(path = "/admin/settlements/runs/{id}/progress", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Progress progress(@PathVariable long id) {
		RunView run = this.statements.run(id).orElseThrow(() -> StatementNotFound.ofRun(id));
		return new Progress(run.state().name(), run.sellersDone(), run.sellersTotal(), run.percent(),
				run.statementsCreated());
	}

	@PostMapping("/admin/settlements/{period}/approve")
	String approve(@PathVariable String period, @AuthenticationPrincipal MallUser staff, RedirectAttributes redirect) {
		SettlementPeriod chosen = closedPeriod(period);
		int approved = this.payouts.approve(chosen, staff.getUsername());
		redirect.addFlashAttribute("notice",
				(approved > 0) ? "settlement.admin.approved" : "settlement.admin.nothingToApprove");
		return "redirect:/admin/settlements?period=" + chosen.key();
	}

	/**
	 * Makes a bank transfer file of the approved payouts and sends it. A POST: each file
	 * is kept with exactly the statements it holds, which "mark paid" then marks.
	 */
	@PostMapping("/admin/settlements/{period}/bank-transfers.csv")
	ResponseEntity<byte[]> bankTransfers(@PathVariable String period, @AuthenticationPrincipal MallUser staff,
			Locale locale) {
		SettlementPeriod chosen = closedPeriod(period);
		Payouts.TransferFile file = this.payouts.prepareFile(chosen, staff.getUsername());
		if (file.isEmpty()) {
			return ResponseEntity.status(303)
				.header("Location", "/admin/settlements?period=" + chosen.key())
				.body(new byte[0]);
		}
		List<Payouts.Transfer> transfers = file.transfers();
		Map<Long, StoreSummary> stores = this.sellers
			.stores(transfers.stream().map((t) -> t.statement().sellerId()).toList());
		List<String> names = transfers.stream()
			.map((t) -> Optional.ofNullable(stores.get(t.statement().sellerId()))
				.map(StoreSummary::storeName)
				.orElse(""))
			.toList();
		byte[] body = this.files.bankTransfers(transfers, names, locale);
		return SellerSettlementController.download(body, new MediaType("text", "csv", StandardCharsets.UTF_8),
				"valuemall-payouts-" + chosen.key() + "-file-" + file.id() + ".csv");
	}

	@PostMapping("/admin/settlements/{period}/paid")
	String markPaid(@PathVariable String period, @RequestParam(defaultValue = "") String file,
			@RequestParam(defaultValue = "") String reference, @AuthenticationPrincipal MallUser staff,
			RedirectAttributes redirect) {
		SettlementPeriod chosen = closedPeriod(period);
		String trimmed = reference.strip();
		Optional<Long> fileId = fileId(file);
		if (fileId.isEmpty()) {
			redirect.addFlashAttribute("notice", "settlement.admin.fileRequired");
		}
		else if (trimmed.isEmpty() || trimmed.length() > REFERENCE_MAX) {
			redirect.addFlashAttribute("notice", "settlement.admin.referenceRequired");
		}
		else {
			int paid = this.payouts.markPaid(fileId.get(), trimmed, staff.getUsername());
			redirect.addFlashAttribute("notice",
					(paid > 0) ? "settlement.admin.paid" : "settlement.admin.nothingToPay");
		}
		return "redirect:/admin/settlements?period=" + chosen.key();
	}

	private static Optional<Long> fileId(String text) {
		String digits = text.strip();
		if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(Character::isDigit)) {
			return Optional.empty();
		}
		return Optional.of(Long.parseLong(digits));
	}

	private static List<StatementLine> lines(List<StatementView> statements, Map<Long, StoreSummary> stores) {
		return statements.stream()
			.map((statement) -> new StatementLine(statement,
					Optional.ofNullable(stores.get(statement.sellerId())).map(StoreSummary::storeName).orElse("")))
			.toList();
	}

	private SettlementPeriod closedPeriod(String key) {
		return parse(key).filter(this.periods::isClosed).orElseThrow(() -> StatementNotFound.ofPeriod(key));
	}

	private Optional<SettlementPeriod> parse(String key) {
		return TypedDates.day(key).flatMap(this.periods::startingOn);
	}

	/** A statement with its store's name, for staff. */
	public record StatementLine(StatementView statement, String storeName) {

	}

	public record Progress(String state, int done, int total, int percent, int statements) {

	}

}
