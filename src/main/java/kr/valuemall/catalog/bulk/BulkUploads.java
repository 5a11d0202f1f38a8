package kr.valuemall.catalog.bulk;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The uploads and their rows, as a read model written row by row while an upload runs
 * ({@link JdbcClient}: it is bulk SQL with no behaviour of its own). Every read is scoped
 * to the seller who uploaded.
 */
@Repository
class BulkUploads {

	/** Separates cells kept in one text column: a character no spreadsheet cell holds. */
	private static final String UNIT = "\u001F";

	/** A run that has said nothing for this long died with its instance. */
	static final Duration STALE_AFTER = Duration.ofMinutes(5);

	private final JdbcClient jdbc;

	private final Clock clock;

	BulkUploads(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records a new upload with every row waiting; answers its id. */
	@Transactional
	long open(long sellerId, String fileName, Locale locale, BulkSheet sheet) {
		Timestamp now = Timestamp.from(this.clock.instant());
		long id = this.jdbc.sql("""
				insert into bulk_upload (seller_id, file_name, locale, status, total_rows, headings, created_at,
				                         heartbeat_at)
				values (:seller, :file, :locale, 'RUNNING', :total, :headings, :now, :now)
				returning id
				""")
			.param("seller", sellerId)
			.param("file", fileName)
			.param("locale", locale.toLanguageTag())
			.param("total", sheet.rows().size())
			.param("headings", String.join(UNIT, sheet.headings()))
			.param("now", now)
			.query(Long.class)
			.single();
		for (BulkRow row : sheet.rows()) {
			this.jdbc.sql("""
					insert into bulk_upload_row (upload_id, row_number, outcome, cells)
					values (:upload, :row, 'PENDING', :cells)
					""")
				.param("upload", id)
				.param("row", row.number())
				.param("cells", String.join(UNIT, row.asUploaded()))
				.update();
		}
		return id;
	}

	void record(long uploadId, int rowNumber, RowResult result) {
		this.jdbc.sql("""
				update bulk_upload_row
				   set outcome = :outcome, product_id = :product, product_name = :name, problems = :problems
				 where upload_id = :upload and row_number = :row
				""")
			.param("outcome", result.outcome().name())
			.param("product", result.productId(), java.sql.Types.BIGINT)
			.param("name", truncate(result.productName(), 200))
			.param("problems", String.join("\n", result.problems().stream().map(RowResult.Problem::toString).toList()))
			.param("upload", uploadId)
			.param("row", rowNumber)
			.update();
		this.jdbc.sql("update bulk_upload set done_rows = done_rows + 1, heartbeat_at = :now where id = :id")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", uploadId)
			.update();
	}

	void finish(long uploadId) {
		this.jdbc.sql("update bulk_upload set status = 'DONE', finished_at = :now where id = :id")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", uploadId)
			.update();
	}

	/** The seller's upload, if it is theirs. */
	Optional<Upload> find(long sellerId, long uploadId) {
		return this.jdbc.sql("""
				select id, file_name, status, total_rows, done_rows, headings, created_at, heartbeat_at, finished_at
				  from bulk_upload where id = :id and seller_id = :seller
				""")
			.param("id", uploadId)
			.param("seller", sellerId)
			.query((rs, n) -> upload(rs.getLong("id"), rs.getString("file_name"), rs.getString("status"),
					rs.getInt("total_rows"), rs.getInt("done_rows"), rs.getString("headings"),
					rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("heartbeat_at").toInstant()))
			.optional();
	}

	/** The seller's latest uploads, newest first. */
	List<Upload> latest(long sellerId, int limit) {
		return this.jdbc.sql("""
				select id, file_name, status, total_rows, done_rows, headings, created_at, heartbeat_at
				  from bulk_upload where seller_id = :seller order by created_at desc, id desc limit :limit
				""")
			.param("seller", sellerId)
			.param("limit", limit)
			.query((rs, n) -> upload(rs.getLong("id"), rs.getString("file_name"), rs.getString("status"),
					rs.getInt("total_rows"), rs.getInt("done_rows"), rs.getString("headings"),
					rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("heartbeat_at").toInstant()))
			.list();
	}

	List<UploadedRow> rows(long uploadId) {
		return this.jdbc.sql("""
				select row_number, outcome, product_id, product_name, problems, cells
				  from bulk_upload_row where upload_id = :upload order by row_number
				""")
			.param("upload", uploadId)
			.query((rs, n) -> new UploadedRow(rs.getInt("row_number"), RowOutcome.valueOf(rs.getString("outcome")),
					rs.getObject("product_id", Long.class), rs.getString("product_name"),
					lines(rs.getString("problems")), split(rs.getString("cells"))))
			.list();
	}

	private Upload upload(long id, String fileName, String status, int total, int done, String headings,
			Instant createdAt, Instant heartbeat) {
		State state = switch (status) {
			case "DONE" -> State.DONE;
			case "RUNNING" ->
				heartbeat.isBefore(this.clock.instant().minus(STALE_AFTER)) ? State.STOPPED : State.RUNNING;
			default -> State.STOPPED;
		};
		return new Upload(id, fileName, state, total, done, split(headings), createdAt);
	}

	private static List<String> split(String joined) {
		return new ArrayList<>(Arrays.asList(joined.split(UNIT, -1)));
	}

	private static List<String> lines(String joined) {
		return joined.isEmpty() ? List.of() : List.of(joined.split("\n"));
	}

	private static String truncate(String text, int max) {
		if (text == null) {
			return "";
		}
		return (text.length() <= max) ? text : text.substring(0, max);
	}

	/** Whether an upload still runs, ran to its end, or stopped with its instance. */
	enum State {

		RUNNING, DONE, STOPPED;

		public String messageKey() {
			return "bulk.state." + name();
		}

	}

	/** An upload as its page shows it. */
	record Upload(long id, String fileName, State state, int totalRows, int doneRows, List<String> headings,
			Instant createdAt) {

		public boolean running() {
			return this.state == State.RUNNING;
		}

		public int percent() {
			return (this.totalRows == 0) ? 100 : this.doneRows * 100 / this.totalRows;
		}

	}

	/** A row of an upload as its page and result file show it. */
	record UploadedRow(int number, RowOutcome outcome, Long productId, String productName, List<String> problems,
			List<String> cells) {

	}

}
