package kr.valuemall.catalog.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds live listings for a search, in native SQL over the search columns of migration V9
 * (docs/search.md explains the indexes and shows their plans). Answers ids and a total;
 * {@code catalog.storefront.Storefront} turns them into cards. A listing must contain
 * every word of the query:
 * <ul>
 * <li>a word of one or two characters: {@code search_grams @> ARRAY[word]} (GIN over
 * character unigrams of name and store name, bigrams of all the text), because pg_trgm
 * has no trigram for it;</li>
 * <li>three or more: {@code search_text LIKE '%word%'} through the trigram index;</li>
 * <li>nothing found: names with a word like the query ({@code q <% search_words}), for
 * typos.</li>
 * </ul>
 */
@Component
@Transactional(readOnly = true)
public class ProductSearch {

	/** How similar a word must be to count as a typo of the query (pg_trgm, 0..1). */
	static final String TYPO_THRESHOLD = "0.4";

	/**
	 * The query as typed in the name, then anywhere in the name without spaces, then in
	 * the store name, then only elsewhere (each word somewhere); ties go to the better
	 * seller, then the newer listing.
	 */
	private static final String RELEVANCE = """
			CASE WHEN strpos(lower(p.name), :phrase) > 0 THEN 0
			WHEN strpos(p.search_name, :text) > 0 THEN 1
			WHEN strpos(catalog_search_normal(p.store_name), :text) > 0 THEN 2
			ELSE 3 END""";

	private final JdbcClient jdbc;

	ProductSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Live listings that contain every word of the query (spacing inside a word and case
	 * ignored), one page of them.
	 */
	public SearchHits find(SearchQuery query, int pageSize) {
		planForTheseValues();
		Sql sql = new Sql();
		List<String> words = query.normalWords();
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			if (word.codePointCount(0, word.length()) > 2) {
				sql.where("p.search_text LIKE :pattern" + i + " ESCAPE '\\'")
					.param("pattern" + i, "%" + escapeLike(word) + "%");
			}
			else {
				sql.where("p.search_grams @> ARRAY[CAST(:gram" + i + " AS text)]").param("gram" + i, word);
			}
		}
		filters(query, sql);
		if (words.isEmpty()) {
			return browse(sql, query.sort(), query.page(), pageSize, onlyCategories(query));
		}
		sql.param("phrase", query.phrase()).param("text", query.normalText());
		return search(sql, RELEVANCE, query.sort(), query.page(), pageSize, false);
	}

	/**
	 * Live listings whose name or store name has a word like the query: the fallback when
	 * {@link #find} finds nothing, so 참기룸 still shows 참기름.
	 */
	public SearchHits findSimilar(SearchQuery query, int pageSize) {
		String text = query.normalText();
		if (text.codePointCount(0, text.length()) < 2) {
			return SearchHits.NONE;
		}
		planForTheseValues();
		typoThreshold();
		Sql sql = new Sql();
		sql.where("CAST(:phrase AS text) <% p.search_words").param("phrase", query.phrase());
		filters(query, sql);
		return search(sql, "-word_similarity(:phrase, p.search_words)", query.sort(), query.page(), pageSize, true);
	}

	/**
	 * Words of the named listings' names close to the query, best first: did you mean.
	 * Takes the ids {@link #findSimilar} found, rather than searching again.
	 */
	public List<String> similarWords(SearchQuery query, List<Long> similarIds, int howMany) {
		if (similarIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				SELECT word FROM (
					SELECT regexp_split_to_table(lower(p.name), '\\s+') AS word FROM product p WHERE p.id IN (:ids)
				) AS words
				WHERE length(word) >= 2 AND word <> :text AND similarity(word, :text) > 0.2
				GROUP BY word
				ORDER BY max(similarity(word, :text)) DESC, count(*) DESC, word
				LIMIT :howMany
				""")
			.param("ids", similarIds)
			.param("text", query.normalText())
			.param("howMany", howMany)
			.query(String.class)
			.list();
	}

	/**
	 * Plans each search for its own words and filters. The JDBC driver prepares a
	 * statement it has run five times, and PostgreSQL may then keep one generic plan that
	 * ignores the values: for 가방 between 10,000 and 50,000 won it walked the price index
	 * and took 100 ms instead of 3. Local to the transaction, like the threshold.
	 */
	private void planForTheseValues() {
		this.jdbc.sql("SELECT set_config('plan_cache_mode', 'force_custom_plan', true)").query(String.class).single();
	}

	private void typoThreshold() {
		// Local to the transaction: other users of the pooled connection keep the
		// default.
		this.jdbc.sql("SELECT set_config('pg_trgm.word_similarity_threshold', :threshold, true)")
			.param("threshold", TYPO_THRESHOLD)
			.query(String.class)
			.single();
	}

	/**
	 * Words given: their GIN index finds every match (a few thousand for the commonest),
	 * which are counted and ranked. MATERIALIZED keeps the planner from walking a sorted
	 * index instead and testing every listing's words one by one (0.4 s for a sort by
	 * price in the benchmark).
	 */
	private SearchHits search(Sql sql, String rank, SearchSort sort, int page, int pageSize, boolean similar) {
		String order = switch (sort) {
			case RELEVANCE -> "rank, sales_count DESC, " + newest();
			case NEWEST -> newest();
			case PRICE_ASC -> "price ASC, id DESC";
			case PRICE_DESC -> "price DESC, id DESC";
			case BEST_SELLING -> "sales_count DESC, " + newest();
			case RATING -> rating();
		};
		List<long[]> rows = this.jdbc.sql("WITH hits AS MATERIALIZED (SELECT p.id, " + rank
				+ " AS rank, p.price, p.sales_count, p.published_at, p.rating_avg, p.review_count FROM product p WHERE "
				+ sql.where() + ") SELECT id, count(*) OVER () AS total FROM hits ORDER BY " + order
				+ " LIMIT :limit OFFSET :offset")
			.params(sql.params)
			.param("limit", pageSize)
			.param("offset", (long) page * pageSize)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list();
		long total;
		if (!rows.isEmpty()) {
			total = rows.get(0)[1];
		}
		else if (page > 0) {
			// Past the last page: the window count saw no row, so count on its own.
			total = count(sql);
		}
		else {
			total = 0;
		}
		return new SearchHits(rows.stream().map((row) -> row[0]).toList(), total, similar);
	}

	/**
	 * No words: a category page or the whole catalog. The sorted partial indexes give the
	 * page at once; the count is a separate scan.
	 */
	private SearchHits browse(Sql sql, SearchSort sort, int page, int pageSize, boolean onlyCategories) {
		String order = switch (sort) {
			case RELEVANCE, NEWEST -> newest();
			case PRICE_ASC -> "price ASC, id DESC";
			case PRICE_DESC -> "price DESC, id DESC";
			case BEST_SELLING -> "sales_count DESC, " + newest();
			case RATING -> rating();
		};
		List<Long> ids = this.jdbc
			.sql("SELECT id FROM product p WHERE " + sql.where() + " ORDER BY " + order
					+ " LIMIT :limit OFFSET :offset")
			.params(sql.params)
			.param("limit", pageSize)
			.param("offset", (long) page * pageSize)
			.query(Long.class)
			.list();
		return new SearchHits(ids, onlyCategories ? liveListings(sql) : count(sql), false);
	}

	/** A page of whole categories (or the whole catalog) without a filter. */
	private static boolean onlyCategories(SearchQuery query) {
		return query.minPrice() == null && query.maxPrice() == null && query.region() == null && !query.freeShipping()
				&& !query.inStock();
	}

	/**
	 * How many live listings the categories hold (all of them when none is given): the
	 * per-store counts of catalog_live_store (V100), so a category page does not count
	 * its listings one by one.
	 */
	private long liveListings(Sql sql) {
		boolean inCategories = sql.params.containsKey("categories");
		return this.jdbc
			.sql("SELECT coalesce(sum(live_listings), 0) FROM catalog_live_store"
					+ (inCategories ? " WHERE category_slug IN (:categories)" : ""))
			.params(sql.params)
			.query(Long.class)
			.single();
	}

	private long count(Sql sql) {
		return this.jdbc.sql("SELECT count(*) FROM product p WHERE " + sql.where())
			.params(sql.params)
			.query(Long.class)
			.single();
	}

	private static void filters(SearchQuery query, Sql sql) {
		if (!query.categorySlugs().isEmpty()) {
			sql.where("p.category_slug IN (:categories)").param("categories", query.categorySlugs());
		}
		if (query.minPrice() != null) {
			sql.where("p.price >= :minPrice").param("minPrice", query.minPrice());
		}
		if (query.maxPrice() != null) {
			sql.where("p.price <= :maxPrice").param("maxPrice", query.maxPrice());
		}
		if (query.region() != null) {
			sql.where("p.seller_region = :region").param("region", query.region().name());
		}
		if (query.freeShipping()) {
			sql.where("p.shipping_fee = 0");
		}
		if (query.inStock()) {
			sql.where("p.stock > 0");
		}
	}

	private static String newest() {
		return "published_at DESC, id DESC";
	}

	/**
	 * The exact average (not the rounded one shown), so 4.26 comes before 4.24; the
	 * partial index product_live_rating_ix (V14) serves it when browsing.
	 */
	private static String rating() {
		return "rating_avg DESC NULLS LAST, review_count DESC, sales_count DESC, " + newest();
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/** Conditions (always including live only) and their parameters. */
	private static final class Sql {

		private final List<String> conditions = new ArrayList<>(List.of("p.status = 'LIVE'"));

		private final Map<String, Object> params = new HashMap<>();

		Sql where(String condition) {
			this.conditions.add(condition);
			return this;
		}

		String where() {
			return String.join(" AND ", this.conditions);
		}

		Sql param(String name, Object value) {
			this.params.put(name, value);
			return this;
		}

	}

	/**
	 * One page of matching ids, in order, the total, and whether they are only similar.
	 */
	public record SearchHits(List<Long> ids, long total, boolean similar) {

		static final SearchHits NONE = new SearchHits(List.of(), 0, false);

	}

}
