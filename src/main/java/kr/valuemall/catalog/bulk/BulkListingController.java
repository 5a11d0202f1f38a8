package kr.valuemall.catalog.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

import kr.valuemall.account.MallUser;
import kr.valuemall.seller.SellerApi;
import kr.valuemall.seller.StoreSummary;

/**
 * {@code /seller/products/bulk}: the template to download, the sheet to upload, and each
 * upload's progress and result.
 */
@Controller
class BulkListingController {

	static final String VIEW_BULK = "catalog/bulk";

	static final String VIEW_UPLOAD = "catalog/bulkUpload";

	/**
	 * A thousand rows of text fill a few hundred kilobytes; this leaves room for more.
	 */
	static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final BulkListings bulk;

	private final BulkTemplate template;

	private final SellerApi sellers;

	BulkListingController(BulkListings bulk, BulkTemplate template, SellerApi sellers) {
		this.bulk = bulk;
		this.template = template;
		this.sellers = sellers;
	}

	@GetMapping("/seller/products/bulk")
	String showBulkPage(@AuthenticationPrincipal MallUser user, Model model) {
		model.addAttribute("uploads", this.bulk.latest(store(user)));
		model.addAttribute("maxRows", BulkSheet.MAX_ROWS);
		return VIEW_BULK;
	}

	@GetMapping("/seller/products/bulk/template.xlsx")
	ResponseEntity<byte[]> downloadTemplate(@AuthenticationPrincipal MallUser user, Locale locale) {
		store(user);
		return file(this.template.workbook(locale), "valuemall-bulk-listing.xlsx");
	}

	@PostMapping("/seller/products/bulk")
	String processUpload(@AuthenticationPrincipal MallUser user,
			@RequestParam(name = "sheet", required = false) MultipartFile sheet, Locale locale, Model model) {
		StoreSummary store = store(user);
		String problem = null;
		Object[] args = null;
		if (sheet == null || sheet.isEmpty()) {
			problem = "bulk.file.none";
		}
		else if (sheet.getSize() > MAX_FILE_BYTES) {
			problem = "bulk.file.tooLarge";
			args = new Object[] { MAX_FILE_BYTES / 1024 / 1024 };
		}
		else {
			try (InputStream in = sheet.getInputStream()) {
				long id = this.bulk.start(store, fileName(sheet), in, locale);
				return "redirect:/seller/products/bulk/" + id;
			}
			catch (BulkFileRejected ex) {
				problem = ex.messageKey();
				args = ex.args();
			}
			catch (IOException ex) {
				problem = "bulk.file.notXlsx";
			}
		}
		model.addAttribute("problem", problem);
		model.addAttribute("problemArgs", args);
		model.addAttribute("uploads", this.bulk.latest(store));
		model.addAttribute("maxRows", BulkSheet.MAX_ROWS);
		return VIEW_BULK;
	}

	@GetMapping("/seller/products/bulk/{id}")
	String showUpload(@AuthenticationPrincipal MallUser user, @PathVariable long id, Model model) {
		StoreSummary store = store(user);
		BulkUploads.Upload upload = this.bulk.upload(store, id);
		List<BulkUploads.UploadedRow> rows = this.bulk.rows(store, id);
		model.addAttribute("upload", upload);
		model.addAttribute("rows", rows);
		model.addAttribute("counts", RowCounts.of(rows));
		return VIEW_UPLOAD;
	}

	/** How far an upload has got, for the page's small poll script (run-progress.js). */
	@GetMapping(path = "/seller/products/bulk/{id}/progress", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Progress progress(@AuthenticationPrincipal MallUser user, @PathVariable long id) {
		BulkUploads.Upload upload = this.bulk.upload(store(user), id);
		return new Progress(upload.state().name(), upload.doneRows(), upload.totalRows(), upload.percent());
	}

	@GetMapping("/seller/products/bulk/{id}/result.xlsx")
	ResponseEntity<byte[]> downloadResult(@AuthenticationPrincipal MallUser user, @PathVariable long id,
			Locale locale) {
		return file(this.bulk.resultFile(store(user), id, locale), "valuemall-bulk-result-" + id + ".xlsx");
	}

	private static ResponseEntity<byte[]> file(byte[] bytes, String name) {
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(bytes);
	}

	private static String fileName(MultipartFile sheet) {
		String name = (sheet.getOriginalFilename() != null) ? sheet.getOriginalFilename().strip() : "";
		name = name.replaceAll("[\\p{Cntrl}/\\\\]", "");
		return name.isEmpty() ? "sheet.xlsx" : (name.length() > 200) ? name.substring(0, 200) : name;
	}

	private StoreSummary store(MallUser user) {
		return this.sellers.storeOfAccount(user.getId())
			.orElseThrow(() -> new AccessDeniedException("No approved store for account " + user.getId()));
	}

	/** How many rows came to each outcome, for the summary line. */
	record RowCounts(long done, long live, long held, long drafts, long refused) {

		static RowCounts of(List<BulkUploads.UploadedRow> rows) {
			long live = rows.stream().filter((row) -> row.outcome() == RowOutcome.LIVE).count();
			long held = rows.stream().filter((row) -> row.outcome() == RowOutcome.HELD).count();
			long drafts = rows.stream()
				.filter((row) -> row.outcome() == RowOutcome.CREATED || row.outcome() == RowOutcome.UPDATED)
				.count();
			long refused = rows.stream().filter((row) -> row.outcome() == RowOutcome.REFUSED).count();
			return new RowCounts(live + held + drafts + refused, live, held, drafts, refused);
		}

	}

	/** An upload's progress: its state, the rows done of all, and the share done. */
	record Progress(String state, int done, int total, int percent) {
	}

}
