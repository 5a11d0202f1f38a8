package kr.valuemall.catalog;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds live listings for a search, in native SQL over the search columns of migration V9
 * (docs/search.md explains the indexes and shows their plans). Answers ids and a total;
 * {@link Storefront} turns them into cards.
 * <ul>
 * <li>one or two characters: {@code search_grams @> ARRAY[q]} (GIN over character
 * unigrams of name and store name, bigrams of all the text), because pg_trgm has no
 * trigram for them;</li>
 * <li>three or more: {@code search_text LIKE '%q%'} through the trigram index;</li>
 * <li>nothing found: words similar to the query ({@code q <% search_words}), for
 * typos.</li>
 * </ul>
 */
@Component
@Transactional(readOnly = true)
class ProductSearch {

	/** How similar a word must be to count as a typo of the query (pg_trgm, 0..1). */
	static final String TYPO_THRESHOLD = "0.4";

	private final JdbcClient jdbc;

	ProductSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Live listings that contain the query (spacing and case ignored), one page of them.
	 */
	public SearchHits find(SearchQuery query, int pageSize) {
		String text = query.normalText();
		Sql sql = new Sql();
		if (text.codePointCount(0, text.length()) > 2) {
			sql.where("p.search_text LIKE :pattern ESCAPE '\\'").param("pattern", "%" + escapeLike(text) + "%");
		}
		else if (!text.isEmpty()) {
			sql.where("p.search_grams @> ARRAY[CAST(:gram AS text)]").param("gram", text);
		}
		filters(query, sql);
		String order = switch (query.sort()) {
			case RELEVANCE -> text.isEmpty() ? newest() : relevance(query, sql);
			case NEWEST -> newest();
			case PRICE_ASC -> "p.price ASC, p.id DESC";
			case PRICE_DESC -> "p.price DESC, p.id DESC";
			case BEST_SELLING -> "p.sales_count DESC, " + newest();
		};
		return page(sql, order, query.page(), pageSize, false);
	}

	/**
	 * Live listings whose name or store name has a word like the query: the fallback when
	 * {@link #find} finds nothing, so "참기룸" still shows 참기름.
	 */
	public SearchHits findSimilar(SearchQuery query, int pageSize) {
		String text = query.normalText();
		if (text.codePointCount(0, text.length()) < 2) {
			return SearchHits.NONE;
		}
		typoThreshold();
		Sql sql = new Sql();
		sql.where("CAST(:phrase AS text) <% p.search_words").param("phrase", query.phrase());
		filters(query, sql);
		String order = "word_similarity(:phrase, p.search_words) DESC, p.sales_count DESC, " + newest();
		return page(sql, order, query.page(), pageSize, true);
	}

	/** Words of live product names close to the query, best first: "did you mean". */
	public List<String> similarWords(SearchQuery query, int howMany) {
		String text = query.normalText();
		if (text.codePointCount(0, text.length()) < 2) {
			return List.of();
		}
		typoThreshold();
		return this.jdbc.sql("""
				SELECT word FROM (
					SELECT regexp_split_to_table(lower(p.name), '\\s+') AS word FROM product p
					WHERE p.status = 'LIVE' AND CAST(:phrase AS text) <% p.search_words
					ORDER BY word_similarity(:phrase, p.search_words) DESC, p.sales_count DESC
					LIMIT 50
				) AS words
				WHERE length(word) >= 2 AND word <> :text
				GROUP BY word
				ORDER BY max(similarity(word, :text)) DESC, count(*) DESC, word
				LIMIT :howMany
				""")
			.param("phrase", query.phrase())
			.param("text", text)
			.param("howMany", howMany)
			.query(String.class)
			.list();
	}

	private void typoThreshold() {
		// Local to the transaction: other users of the pooled connection keep the
		// default.
		this.jdbc.sql("SELECT set_config('pg_trgm.word_similarity_threshold', :threshold, true)")
			.param("threshold", TYPO_THRESHOLD)
			.query(String.class)
			.single();
	}

	private SearchHits page(Sql sql, String order, int page, int pageSize, boolean similar) {
		String where = String.join(" AND ", sql.conditions);
		List<long[]> rows = this.jdbc
			.sql("SELECT p.id, count(*) OVER () AS total FROM product p WHERE " + where + " ORDER BY " + order
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
			total = this.jdbc.sql("SELECT count(*) FROM product p WHERE " + where)
				.params(sql.params)
				.query(Long.class)
				.single();
		}
		else {
			total = 0;
		}
		return new SearchHits(rows.stream().map((row) -> row[0]).toList(), total, similar);
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

	/**
	 * The query as typed in the name, then anywhere in the name without spaces, then in
	 * the store name, then only in the description; ties go to the better seller, then
	 * the newer listing.
	 */
	private static String relevance(SearchQuery query, Sql sql) {
		sql.param("phrase", query.phrase()).param("text", query.normalText());
		return """
				CASE WHEN strpos(lower(p.name), :phrase) > 0 THEN 0
				WHEN strpos(p.search_name, :text) > 0 THEN 1
				WHEN strpos(catalog_search_normal(p.store_name), :text) > 0 THEN 2
				ELSE 3 END, p.sales_count DESC, """ + newest();
	}

	private static String newest() {
		return "p.published_at DESC, p.id DESC";
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/** Conditions (always including "live only") and their parameters. */
	private static final class Sql {

		private final List<String> conditions = new ArrayList<>(List.of("p.status = 'LIVE'"));

		private final java.util.Map<String, Object> params = new java.util.HashMap<>();

		Sql where(String condition) {
			this.conditions.add(condition);
			return this;
		}

		Sql param(String name, Object value) {
			this.params.put(name, value);
			return this;
		}

	}

	/**
	 * One page of matching ids, in order, the total, and whether they are only similar.
	 */
	record SearchHits(List<Long> ids, long total, boolean similar) {

		static final SearchHits NONE = new SearchHits(List.of(), 0, false);

	}

}
