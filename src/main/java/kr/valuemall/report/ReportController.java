package kr.valuemall.report;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

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
import org.springframework.web.util.UriComponentsBuilder;

import kr.valuemall.account.MallUser;
import kr.valuemall.web.DateTimeDisplay;

/**
 * /admin/reports: the ministry's figures for any range, with months left out if staff
 * choose, and every table as CSV or XLSX. Staff only (SecurityConfig guards /admin/**).
 */
@Controller
class ReportController {

	static final String VIEW_REPORTS = "report/reports";

	/** Longer ranges are refused: five years of months is already a long chart. */
	static final int MAX_MONTHS = 60;

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Reports reports;

	private final RollupRebuild rebuild;

	private final Clock clock;

	ReportController(Reports reports, RollupRebuild rebuild, Clock clock) {
		this.reports = reports;
		this.rebuild = rebuild;
		this.clock = clock;
	}

	/**
	 * Staff rebuild the sales roll-ups from the orders (docs/reports.md): in the
	 * background, the reports page showing how far it has got.
	 */
	@PostMapping("/admin/reports/rebuild")
	String processRebuild(@AuthenticationPrincipal MallUser staff) {
		this.rebuild.start(staff.getUsername());
		return "redirect:/admin/reports";
	}

	@GetMapping("/admin/reports")
	String showReports(@ModelAttribute("form") ReportForm form, BindingResult result, Model model, Locale locale) {
		model.addAttribute("today", today());
		Optional<RebuildView> rebuilding = this.rebuild.latest();
		model.addAttribute("rebuild", rebuilding.orElse(null));
		if (rebuilding.filter(RebuildView::running).isPresent()) {
			// The roll-ups are locked until the rebuild commits: the page shows its
			// progress alone.
			return VIEW_REPORTS;
		}
		ReportPeriod period = period(form, result);
		if (period == null) {
			return VIEW_REPORTS;
		}
		model.addAttribute("form",
				new ReportForm(period.from(), period.to(), List.copyOf(period.excluded()), period.campaignMonth()));
		model.addAttribute("report", this.reports.report(period, locale));
		model.addAttribute("monthChoices", period.months());
		model.addAttribute("downloads", downloadQuery(period));
		return VIEW_REPORTS;
	}

	@GetMapping("/admin/reports/{table}.csv")
	ResponseEntity<byte[]> downloadCsv(@PathVariable String table, ReportForm form, BindingResult result,
			Locale locale) {
		ReportTable found = table(table, form, result, locale);
		return download(found, TableExport.csv(found), new MediaType("text", "csv", StandardCharsets.UTF_8), "csv");
	}

	@GetMapping("/admin/reports/{table}.xlsx")
	ResponseEntity<byte[]> downloadXlsx(@PathVariable String table, ReportForm form, BindingResult result,
			Locale locale) {
		ReportTable found = table(table, form, result, locale);
		return download(found, TableExport.xlsx(found), XLSX, "xlsx");
	}

	private ReportTable table(String name, ReportForm form, BindingResult result, Locale locale) {
		ReportPeriod period = period(form, result);
		if (period == null) {
			throw ReportTableNotFound.of(name);
		}
		return this.reports.report(period, locale).table(name).orElseThrow(() -> ReportTableNotFound.of(name));
	}

	private ResponseEntity<byte[]> download(ReportTable table, byte[] body, MediaType type, String extension) {
		String filename = "valuemall-" + table.name() + "." + extension;
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

	/** The period asked for, or null (with field errors) when it cannot be answered. */
	private ReportPeriod period(ReportForm form, BindingResult result) {
		if (result.hasErrors()) {
			return null;
		}
		LocalDate today = today();
		LocalDate to = (form.to() != null) ? form.to() : today;
		LocalDate from = (form.from() != null) ? form.from() : YearMonth.from(to).minusMonths(11).atDay(1);
		if (from.isAfter(to)) {
			result.reject("report.form.fromAfterTo");
			return null;
		}
		if (ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to)) >= MAX_MONTHS) {
			result.reject("report.form.tooLong", new Object[] { MAX_MONTHS }, null);
			return null;
		}
		return new ReportPeriod(from, to, new TreeSet<>(form.exclude()), form.campaignMonth());
	}

	/** The same question, for the download links of each table. */
	static String downloadQuery(ReportPeriod period) {
		UriComponentsBuilder query = UriComponentsBuilder.newInstance()
			.queryParam("from", period.from())
			.queryParam("to", period.to());
		period.excluded().forEach((month) -> query.queryParam("exclude", month));
		if (period.campaignMonth() != null) {
			query.queryParam("campaignMonth", period.campaignMonth());
		}
		return query.build().encode().getQuery();
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), DateTimeDisplay.SEOUL);
	}

}
