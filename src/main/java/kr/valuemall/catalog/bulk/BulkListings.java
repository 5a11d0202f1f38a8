package kr.valuemall.catalog.bulk;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;

import kr.valuemall.catalog.notice.NoticeItem;
import kr.valuemall.seller.StoreSummary;
import kr.valuemall.shared.SpreadsheetFiles;

/**
 * Bulk listing: a seller uploads a sheet of up to {@link BulkSheet#MAX_ROWS} listings;
 * each row is listed in the background exactly as the product form would list it, in its
 * own transaction, while the upload's page shows the progress; the result (per row: what
 * became of it, or every problem with its column) stays to be read and downloaded.
 */
@Service
public class BulkListings {

	private static final Logger log = LoggerFactory.getLogger(BulkListings.class);

	private final BulkUploads uploads;

	private final BulkRowListing rowListing;

	private final TaskExecutor executor;

	private final MessageSource messages;

	private final Map<String, BulkColumn> headings = new HashMap<>();

	private final Map<String, String> noticeHeadings = new HashMap<>();

	BulkListings(BulkUploads uploads, BulkRowListing rowListing,
			@Qualifier("applicationTaskExecutor") TaskExecutor executor, MessageSource messages) {
		this.uploads = uploads;
		this.rowListing = rowListing;
		this.executor = executor;
		this.messages = messages;
		for (BulkColumn column : BulkColumn.values()) {
			for (Locale locale : List.of(Locale.KOREAN, Locale.ENGLISH)) {
				this.headings.put(heading(messages.getMessage(column.messageKey(), null, locale)), column);
			}
			if (column.naverColumn() != null) {
				this.headings.putIfAbsent(heading(column.naverColumn()), column);
			}
		}
		for (NoticeItem item : NoticeItem.values()) {
			this.noticeHeadings.put(heading(item.key()), item.key());
			for (Locale locale : List.of(Locale.KOREAN, Locale.ENGLISH)) {
				this.noticeHeadings.putIfAbsent(heading(noticeHeading(messages, item, locale)), item.key());
			}
		}
	}

	/**
	 * Reads the sheet and starts listing it in the background.
	 * @return the upload's id, for its progress page
	 * @throws BulkFileRejected when the file cannot be read as a listing sheet
	 */
	long start(StoreSummary store, String fileName, InputStream sheet, Locale locale) {
		BulkSheet read;
		try {
			read = BulkSheet.read(sheet, (heading) -> this.headings.get(heading(heading)),
					(heading) -> this.noticeHeadings.get(heading(heading)));
		}
		catch (BulkFileRejected ex) {
			if (!"bulk.file.missingColumns".equals(ex.messageKey())) {
				throw ex;
			}
			// The sheet names columns by their headings: say which, in the seller's
			// words.
			List<String> names = Arrays.stream(ex.args()[0].toString().split(", "))
				.map((name) -> this.messages.getMessage(BulkColumn.valueOf(name).messageKey(), null, locale))
				.toList();
			throw new BulkFileRejected(ex.messageKey(), String.join(", ", names));
		}
		long id = this.uploads.open(store.sellerId(), fileName, locale, read);
		this.executor.execute(() -> run(store, id, read.rows(), locale));
		return id;
	}

	void run(StoreSummary store, long uploadId, List<BulkRow> rows, Locale locale) {
		for (BulkRow row : rows) {
			RowResult result;
			try {
				result = this.rowListing.list(store, row, locale);
			}
			catch (RuntimeException ex) {
				// One row's surprise must not stop the rest: it is refused and logged.
				log.error("Bulk upload {} row {} failed", uploadId, row.number(), ex);
				result = new RowResult(RowOutcome.REFUSED, null, row.get(BulkColumn.NAME),
						List.of(new RowResult.Problem("", this.messages.getMessage("bulk.row.failed", null, locale))));
			}
			this.uploads.record(uploadId, row.number(), result);
		}
		this.uploads.finish(uploadId);
	}

	BulkUploads.Upload upload(StoreSummary store, long uploadId) {
		return this.uploads.find(store.sellerId(), uploadId).orElseThrow(() -> new BulkUploadNotFound(uploadId));
	}

	List<BulkUploads.Upload> latest(StoreSummary store) {
		return this.uploads.latest(store.sellerId(), 10);
	}

	List<BulkUploads.UploadedRow> rows(StoreSummary store, long uploadId) {
		upload(store, uploadId);
		return this.uploads.rows(uploadId);
	}

	/**
	 * The uploaded sheet with three columns added in front: the outcome, the product
	 * number (to update it by a later upload), and every problem.
	 */
	byte[] resultFile(StoreSummary store, long uploadId, Locale locale) {
		BulkUploads.Upload upload = upload(store, uploadId);
		List<List<Object>> table = new ArrayList<>();
		List<Object> heading = new ArrayList<>();
		heading.add(this.messages.getMessage("bulk.result.outcome", null, locale));
		heading.add(this.messages.getMessage("bulk.result.productId", null, locale));
		heading.add(this.messages.getMessage("bulk.result.problems", null, locale));
		heading.add(this.messages.getMessage("bulk.result.row", null, locale));
		heading.addAll(upload.headings());
		table.add(heading);
		for (BulkUploads.UploadedRow row : this.uploads.rows(uploadId)) {
			List<Object> cells = new ArrayList<>();
			cells.add(this.messages.getMessage(row.outcome().messageKey(), null, locale));
			cells.add((row.productId() != null) ? row.productId() : "");
			cells.add(String.join("\n", row.problems()));
			cells.add(row.number());
			cells.addAll(row.cells());
			table.add(cells);
		}
		return SpreadsheetFiles.xlsx(this.messages.getMessage("bulk.result.sheet", null, locale), table,
				new SpreadsheetFiles.Layout(true, List.of(12, 10, 50, 6, 24), true));
	}

	/**
	 * A notice line's column heading: "고시: " and the line's label, as the template writes
	 * it.
	 */
	static String noticeHeading(MessageSource messages, NoticeItem item, Locale locale) {
		return messages.getMessage("bulk.column.notice",
				new Object[] { messages.getMessage(item.messageKey(), null, locale) }, locale);
	}

	/** Headings compared without case or spaces, with Naver's "(필수)" marks dropped. */
	private static String heading(String text) {
		return text.toLowerCase(Locale.ROOT).replace("(필수)", "").replace("*", "").replaceAll("\\s", "");
	}

}
