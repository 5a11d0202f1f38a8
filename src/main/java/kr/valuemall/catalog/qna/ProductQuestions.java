package kr.valuemall.catalog.qna;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.valuemall.catalog.QuestionAnswered;
import kr.valuemall.catalog.QuestionAsked;
import kr.valuemall.catalog.listing.ProductNotFound;
import kr.valuemall.catalog.reviews.ReviewView;
import kr.valuemall.catalog.listing.ListingChanges;

/**
 * 상품 문의: signed-in shoppers ask about live products, the product's seller answers each
 * once (a conditional update, so two answers at once still make one). The seller is told
 * of each question and the asker of the answer, by events the notification module hears.
 * Who may read a private question is decided by {@link QuestionView#shownTo}.
 */
@Service
@Transactional(readOnly = true)
public class ProductQuestions {

	/** Questions on the product page; the rest are a page of their own. */
	public static final int ON_PRODUCT_PAGE = 5;

	static final int PAGE_SIZE = 20;

	private static final String SELECT = """
			SELECT q.id, q.product_id, p.name, q.asker_id, q.asker_name, q.body, q.private, q.asked_at, q.answer,
			       q.answered_at
			FROM product_question q JOIN product p ON p.id = q.product_id
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final ListingChanges pageCache;

	ProductQuestions(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events, ListingChanges pageCache) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
		this.pageCache = pageCache;
	}

	/**
	 * Records the question and tells the seller.
	 * @throws ProductNotFound if the product is not live
	 */
	@Transactional
	public long ask(long productId, long askerId, String askerName, QuestionForm form) {
		record Listing(long sellerId, String name) {
		}
		Listing listing = this.jdbc.sql("SELECT seller_id, name FROM product WHERE id = :id AND status = 'LIVE'")
			.param("id", productId)
			.query((rs, n) -> new Listing(rs.getLong(1), rs.getString(2)))
			.optional()
			.orElseThrow(() -> ProductNotFound.of(productId));
		Instant now = this.clock.instant();
		long id = this.jdbc.sql("""
				INSERT INTO product_question (product_id, seller_id, asker_id, asker_name, body, private, asked_at)
				VALUES (:product, :seller, :asker, :name, :body, :secret, :at) RETURNING id""")
			.param("product", productId)
			.param("seller", listing.sellerId())
			.param("asker", askerId)
			.param("name", (askerName != null && !askerName.isBlank()) ? askerName.strip() : "*")
			.param("body", form.body())
			.param("secret", form.secret())
			.param("at", Timestamp.from(now))
			.query(Long.class)
			.single();
		this.events.publishEvent(new QuestionAsked(id, productId, listing.name(), listing.sellerId(), now));
		this.pageCache.listingChanged(productId);
		return id;
	}

	/**
	 * The seller's one answer. False when the question has its answer already.
	 * @throws QuestionNotFound if the question is not about this seller's products
	 */
	@Transactional
	boolean answer(long questionId, long sellerId, String answer) {
		QuestionView question = ofSeller(questionId, sellerId);
		Instant now = this.clock.instant();
		int updated = this.jdbc.sql("""
				UPDATE product_question SET answer = :answer, answered_at = :at
				WHERE id = :id AND seller_id = :seller AND answer IS NULL""")
			.param("answer", answer)
			.param("at", Timestamp.from(now))
			.param("id", questionId)
			.param("seller", sellerId)
			.update();
		if (updated == 0) {
			return false;
		}
		this.events.publishEvent(new QuestionAnswered(questionId, question.productId(), question.productName(),
				question.askerId(), now));
		this.pageCache.listingChanged(question.productId());
		return true;
	}

	QuestionView ofSeller(long questionId, long sellerId) {
		return this.jdbc.sql(SELECT + " WHERE q.id = :id AND q.seller_id = :seller")
			.param("id", questionId)
			.param("seller", sellerId)
			.query(ProductQuestions::view)
			.optional()
			.orElseThrow(() -> QuestionNotFound.of(questionId));
	}

	/**
	 * A product's questions, newest first, private ones included (see
	 * QuestionView#shownTo).
	 */
	public Page<QuestionView> ofProduct(long productId, int page) {
		return page(SELECT + " WHERE q.product_id = :key ORDER BY q.asked_at DESC, q.id DESC",
				"SELECT count(*) FROM product_question WHERE product_id = :key", productId, page, PAGE_SIZE);
	}

	/** The newest few for the product page, with the count of all. */
	public Page<QuestionView> newestOf(long productId) {
		return page(SELECT + " WHERE q.product_id = :key ORDER BY q.asked_at DESC, q.id DESC",
				"SELECT count(*) FROM product_question WHERE product_id = :key", productId, 0, ON_PRODUCT_PAGE);
	}

	/**
	 * The seller's questions: unanswered first, oldest first among them; then the rest,
	 * newest first.
	 */
	Page<QuestionView> ofSeller(long sellerId, int page) {
		return page(SELECT + """
				 WHERE q.seller_id = :key
				ORDER BY (q.answer IS NULL) DESC,
				         CASE WHEN q.answer IS NULL THEN q.asked_at END ASC,
				         q.asked_at DESC, q.id DESC""", "SELECT count(*) FROM product_question WHERE seller_id = :key",
				sellerId, page, PAGE_SIZE);
	}

	long unansweredOf(long sellerId) {
		return this.jdbc.sql("SELECT count(*) FROM product_question WHERE seller_id = :seller AND answer IS NULL")
			.param("seller", sellerId)
			.query(Long.class)
			.single();
	}

	/** The shopper's own questions, newest first. */
	List<QuestionView> ofAsker(long askerId) {
		return this.jdbc.sql(SELECT + " WHERE q.asker_id = :asker ORDER BY q.asked_at DESC, q.id DESC LIMIT 200")
			.param("asker", askerId)
			.query(ProductQuestions::view)
			.list();
	}

	private Page<QuestionView> page(String select, String count, long key, int page, int size) {
		int number = Math.max(0, page);
		List<QuestionView> content = this.jdbc.sql(select + " LIMIT :limit OFFSET :offset")
			.param("key", key)
			.param("limit", size)
			.param("offset", (long) number * size)
			.query(ProductQuestions::view)
			.list();
		// Counted only when the rows read cannot tell: a full page, or an empty one past
		// the first. Most listings' questions fit on one page, which needs no count.
		return PageableExecutionUtils.getPage(content, PageRequest.of(number, size),
				() -> this.jdbc.sql(count).param("key", key).query(Long.class).single());
	}

	private static QuestionView view(ResultSet rs, int row) throws SQLException {
		Timestamp answeredAt = rs.getTimestamp(10);
		return new QuestionView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
				ReviewView.mask(rs.getString(5)), rs.getString(6), rs.getBoolean(7), rs.getTimestamp(8).toInstant(),
				rs.getString(9), (answeredAt != null) ? answeredAt.toInstant() : null, false);
	}

}
