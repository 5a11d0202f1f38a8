package kr.valuemall.catalog.search;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;

import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import kr.valuemall.shared.Region;
import kr.valuemall.catalog.storefront.Storefront;

/**
 * How fast search answers with 100,000 live listings from 2,000 sellers: run by hand,
 * never as a test (docs/search.md). <pre>
 * ./mvnw -B -o test-compile
 * ./mvnw -B -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt -q
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) kr.valuemall.catalog.search.SearchBenchmark [--fresh]
 * </pre> Builds database {@code valuemall_bench} on PGHOST/PGPORT/PGUSER (default
 * postgres on 127.0.0.1:5432) through the migrations, fills it once (again with
 * {@code --fresh}), then times {@link ProductSearch} exactly as {@link Storefront} calls
 * it: the search, and on no result the typo fallback and the suggestions, each in one
 * read-only transaction.
 */
public final class SearchBenchmark {

	private static final int PRODUCTS = 100_000;

	private static final int SELLERS = 2_000;

	private static final int ROUNDS = 30;

	private static final String DATABASE = "valuemall_bench";

	private SearchBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String host = env("PGHOST", "127.0.0.1");
		String port = env("PGPORT", "5432");
		String user = env("PGUSER", "postgres");
		String password = env("PGPASSWORD", "");
		String server = "jdbc:postgresql://" + host + ":" + port + "/";
		boolean fresh = Arrays.asList(args).contains("--fresh");
		try (Connection admin = DriverManager.getConnection(server + "postgres", user, password);
				Statement statement = admin.createStatement()) {
			if (fresh) {
				statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
			}
			ResultSet exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
			if (!exists.next()) {
				statement.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
			}
		}
		String url = server + DATABASE;
		Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
		try (Connection connection = DriverManager.getConnection(url, user, password)) {
			long live = count(connection, "SELECT count(*) FROM product WHERE status = 'LIVE'");
			if (live < PRODUCTS) {
				long start = System.nanoTime();
				fill(connection);
				System.out.printf("Generated %,d listings in %d s%n", count(connection, "SELECT count(*) FROM product"),
						(System.nanoTime() - start) / 1_000_000_000);
			}
		}
		SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, user, password, true);
		ProductSearch search = new ProductSearch(JdbcClient.create(dataSource));
		TransactionTemplate readOnly = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		readOnly.setReadOnly(true);
		measure(search, readOnly);
		dataSource.destroy();
	}

	private static void measure(ProductSearch search, TransactionTemplate readOnly) {
		Map<String, SearchQuery> queries = queries();
		Map<String, long[]> micros = new LinkedHashMap<>();
		List<Long> all = new ArrayList<>();
		for (int round = -3; round < ROUNDS; round++) {
			for (Map.Entry<String, SearchQuery> entry : queries.entrySet()) {
				long start = System.nanoTime();
				long total = readOnly.execute((status) -> searchAsTheStorefrontDoes(search, entry.getValue()));
				long took = (System.nanoTime() - start) / 1_000;
				if (round == 0) {
					System.out.printf("  %-40s %,7d results%n", entry.getKey(), total);
				}
				if (round >= 0) {
					micros.computeIfAbsent(entry.getKey(), (key) -> new long[ROUNDS])[round] = took;
					all.add(took);
				}
			}
		}
		System.out.printf("%n%-42s %8s %8s %8s%n", "query", "p50 ms", "p95 ms", "max ms");
		micros.forEach((name, times) -> {
			long[] sorted = times.clone();
			Arrays.sort(sorted);
			System.out.printf("%-42s %8.1f %8.1f %8.1f%n", name, percentile(sorted, 50), percentile(sorted, 95),
					sorted[sorted.length - 1] / 1000.0);
		});
		long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
		System.out.printf(
				"%nAll %d searches (%d queries x %d rounds): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
				sorted.length, queries.size(), ROUNDS, percentile(sorted, 50), percentile(sorted, 95),
				percentile(sorted, 99), sorted[sorted.length - 1] / 1000.0);
	}

	private static long searchAsTheStorefrontDoes(ProductSearch search, SearchQuery query) {
		ProductSearch.SearchHits hits = search.find(query, Storefront.PAGE_SIZE);
		if (hits.total() == 0 && !query.text().isEmpty()) {
			hits = search.findSimilar(query, Storefront.PAGE_SIZE);
			search.similarWords(query, hits.ids(), 5);
		}
		return hits.total();
	}

	private static double percentile(long[] sortedMicros, int percent) {
		int index = (int) Math.ceil(percent / 100.0 * sortedMicros.length) - 1;
		return sortedMicros[Math.max(0, index)] / 1000.0;
	}

	/** 1, 2, 3 and more syllables, typos, filters, sorts and deep pages. */
	private static Map<String, SearchQuery> queries() {
		Map<String, SearchQuery> queries = new LinkedHashMap<>();
		for (String words : List.of("의", "책", "김", "배", "솥", "잔", "펜", "꿀")) {
			queries.put("1 syllable: " + words, SearchQuery.of(words));
		}
		for (String words : List.of("의자", "가방", "책상", "원목", "국산", "수제", "사과", "김치", "텐트", "도마")) {
			queries.put("2 syllables: " + words, SearchQuery.of(words));
		}
		for (String words : List.of("참기름", "마스크", "원목의자", "원목 의자", "스테인리스", "에어프라이어", "호두나무 도마", "캠핑의자", "유기농 녹차",
				"수제 약과 선물세트")) {
			queries.put("3+ syllables: " + words, SearchQuery.of(words));
		}
		for (String words : List.of("참기룸", "에어프라이기", "요가메트", "고추짱")) {
			queries.put("typo: " + words, SearchQuery.of(words));
		}
		queries.put("의자 in chairs-stools",
				new SearchQuery("의자", List.of("chairs-stools"), null, null, null, false, false, null, 0));
		queries.put("가방 10,000-50,000 won",
				new SearchQuery("가방", List.of(), 10_000L, 50_000L, null, false, false, null, 0));
		queries.put("김치 from JEONNAM sellers",
				new SearchQuery("김치", List.of(), null, null, Region.JEONNAM, false, false, null, 0));
		queries.put("책상 free shipping, in stock",
				new SearchQuery("책상", List.of(), null, null, null, true, true, null, 0));
		queries.put("의자 price up",
				new SearchQuery("의자", List.of(), null, null, null, false, false, SearchSort.PRICE_ASC, 0));
		queries.put("가방 best-selling",
				new SearchQuery("가방", List.of(), null, null, null, false, false, SearchSort.BEST_SELLING, 0));
		queries.put("국산 page 5", new SearchQuery("국산", List.of(), null, null, null, false, false, null, 4));
		queries.put("의 newest", new SearchQuery("의", List.of(), null, null, null, false, false, SearchSort.NEWEST, 0));
		queries.put("no words, food, best-selling",
				new SearchQuery("", List.of("food", "agricultural", "traditional-food"), null, null, null, false, false,
						SearchSort.BEST_SELLING, 0));
		queries.put("no words, price down",
				new SearchQuery("", List.of(), null, null, null, false, false, SearchSort.PRICE_DESC, 0));
		return queries;
	}

	/**
	 * 100,000 live listings (and 5,000 that are not) streamed in with COPY; search
	 * indexes are dropped first and built once at the end, which is far faster than
	 * updating them row by row.
	 */
	private static void fill(Connection connection) throws SQLException, java.io.IOException {
		List<String> indexes = new ArrayList<>();
		try (Statement statement = connection.createStatement()) {
			statement.execute("TRUNCATE product CASCADE");
			ResultSet rs = statement.executeQuery(
					"SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'product' AND indexname LIKE 'product_search%'");
			List<String> names = new ArrayList<>();
			while (rs.next()) {
				names.add(rs.getString(1));
				indexes.add(rs.getString(2));
			}
			for (String name : names) {
				statement.execute("DROP INDEX " + name);
			}
		}
		StringBuilder rows = new StringBuilder(PRODUCTS * 300);
		Random random = new Random(42);
		String[] stores = new String[SELLERS];
		Region[] storeRegions = new Region[SELLERS];
		for (int s = 0; s < SELLERS; s++) {
			stores[s] = pick(random, STORE_PREFIXES) + " " + pick(random, STORE_KINDS) + " " + (s + 1) + "호점";
			storeRegions[s] = Region.values()[random.nextInt(Region.values().length)];
		}
		String[] slugs = NOUNS.keySet().toArray(String[]::new);
		for (int i = 0; i < PRODUCTS + 5_000; i++) {
			int seller = random.nextInt(SELLERS);
			String slug = slugs[random.nextInt(slugs.length)];
			String noun = pick(random, NOUNS.get(slug));
			String material = pick(random, MATERIALS);
			String name = (random.nextInt(3) == 0 ? pick(random, ADJECTIVES) + " " : "") + material + " " + noun
					+ (random.nextBoolean() ? " " + pick(random, SPECS) : "");
			String description = pick(random, PLACES) + " " + stores[seller] + "에서 " + material + "(으)로 정성껏 만든 " + noun
					+ "입니다. " + pick(random, FEATURES) + " 주문 후 " + (1 + random.nextInt(5)) + "일 안에 발송합니다.";
			long price = (1_000 + (long) (Math.pow(random.nextDouble(), 2) * 300_000)) / 100 * 100;
			int stock = (random.nextInt(10) == 0) ? 0 : random.nextInt(200);
			long shipping = random.nextInt(5) < 2 ? 0 : 3_000;
			long sales = (long) (Math.pow(random.nextDouble(), 6) * 2_000);
			String status = (i < PRODUCTS) ? "LIVE" : List.of("HELD", "DRAFT", "REJECTED", "UNPUBLISHED").get(i % 4);
			int daysAgo = random.nextInt(700);
			rows.append(seller + 1)
				.append('\t')
				.append(slug)
				.append('\t')
				.append(name)
				.append('\t')
				.append(description)
				.append('\t')
				.append(price)
				.append('\t')
				.append(stock)
				.append('\t')
				.append(shipping)
				.append("\tDOMESTIC\t")
				.append(stores[seller])
				.append('\t')
				.append(Region.values()[random.nextInt(Region.values().length)].name())
				.append("\tMAKER\ttrue\t")
				.append(status)
				.append('\t')
				.append("2026-11-26 00:00:00+00")
				.append('\t')
				.append(daysAgo)
				.append('\t')
				.append(stores[seller])
				.append('\t')
				.append(storeRegions[seller].name())
				.append('\t')
				.append(sales)
				.append('\n');
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute(
					"""
							CREATE TEMPORARY TABLE bench_product (seller_id bigint, category_slug text, name text, description text,
								price bigint, stock int, shipping_fee bigint, origin_kind text, manufacturer text, made_region text,
								maker_role text, attested boolean, status text, base timestamptz, days_ago int, store_name text,
								seller_region text, sales_count bigint)
							""");
			((PGConnection) connection).getCopyAPI()
				.copyIn("COPY bench_product FROM STDIN", new StringReader(rows.toString()));
			statement.execute(
					"""
							INSERT INTO product (seller_id, category_slug, name, description, price, stock, shipping_fee,
								origin_kind, manufacturer, made_region, maker_role, attested, status, created_at, updated_at,
								published_at, store_name, seller_region, sales_count)
							SELECT seller_id, category_slug, name, description, price, stock, shipping_fee, origin_kind,
								manufacturer, made_region, maker_role, attested, status, base - days_ago * interval '1 day',
								base - days_ago * interval '1 day',
								CASE WHEN status IN ('LIVE', 'UNPUBLISHED', 'REJECTED') THEN base - days_ago * interval '1 day' END,
								store_name, seller_region, sales_count
							FROM bench_product
							""");
			statement.execute("SET maintenance_work_mem = '256MB'");
			for (String index : indexes) {
				statement.execute(index);
			}
			statement.execute("VACUUM ANALYZE product");
		}
	}

	private static long count(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static String pick(Random random, String[] words) {
		return words[random.nextInt(words.length)];
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

	private static final String[] ADJECTIVES = { "수제", "국산", "프리미엄", "튼튼한", "가벼운", "고소한", "친환경", "전통", "무형광", "유기농",
			"핸드메이드", "대용량", "미니", "접이식", "선물용", "실속형" };

	private static final String[] MATERIALS = { "원목", "참나무", "호두나무", "편백", "소가죽", "순면", "린넨", "스테인리스", "도자기", "유리",
			"한지", "대나무", "국산콩", "햇", "무농약", "천연" };

	private static final String[] SPECS = { "1개", "2개입", "대형", "소형", "500g", "1kg", "300ml", "세트", "선물세트", "10매", "블랙",
			"화이트", "1+1" };

	private static final String[] PLACES = { "경기 양평", "강원 춘천", "전남 담양", "경북 안동", "제주", "충북 괴산", "전북 전주", "부산 기장",
			"서울 성수동", "충남 공주", "경남 통영", "대구 달성" };

	private static final String[] FEATURES = { "국내산 원료만 사용했습니다.", "아이와 함께 써도 안심입니다.", "오래 써도 변형이 적습니다.",
			"산지에서 바로 보내 드립니다.", "매일 쓰기 좋은 크기입니다.", "선물 포장이 가능합니다.", "소량씩 정성껏 만듭니다." };

	private static final String[] STORE_PREFIXES = { "해뜰", "바른", "정직한", "소담", "온누리", "한결", "푸른", "늘봄", "다온", "가온", "햇살",
			"우리", "산들", "솔숲", "달빛", "꽃길", "하늘", "참좋은", "새봄", "고운" };

	private static final String[] STORE_KINDS = { "공방", "상회", "농원", "식품", "리빙", "스튜디오", "마켓", "상점", "목공소", "어장" };

	private static final Map<String, String[]> NOUNS = new LinkedHashMap<>();

	static {
		NOUNS.put("chairs-stools", new String[] { "의자", "스툴", "흔들의자", "벤치", "캠핑의자" });
		NOUNS.put("desks-tables", new String[] { "책상", "테이블", "좌탁", "협탁" });
		NOUNS.put("storage", new String[] { "수납장", "선반", "정리함", "서랍장" });
		NOUNS.put("lighting", new String[] { "조명", "스탠드", "무드등" });
		NOUNS.put("bedding-fabric", new String[] { "이불", "베개", "쿠션", "커튼" });
		NOUNS.put("kitchen-appliances", new String[] { "전기밥솥", "믹서기", "에어프라이어", "전기포트" });
		NOUNS.put("home-appliances", new String[] { "가습기", "선풍기", "청소기" });
		NOUNS.put("digital-accessories", new String[] { "충전기", "케이블", "거치대", "키보드" });
		NOUNS.put("notebooks-paper", new String[] { "노트", "수첩", "다이어리", "엽서" });
		NOUNS.put("writing", new String[] { "만년필", "연필", "볼펜", "펜" });
		NOUNS.put("office-supplies", new String[] { "파일", "클립", "스테이플러" });
		NOUNS.put("agricultural", new String[] { "사과", "배", "감자", "고구마", "쌀", "꿀" });
		NOUNS.put("seafood", new String[] { "굴비", "멸치", "김", "전복" });
		NOUNS.put("processed-food", new String[] { "만두", "김치", "어묵", "떡" });
		NOUNS.put("traditional-food", new String[] { "참기름", "들기름", "된장", "고추장", "간장" });
		NOUNS.put("snacks-bakery", new String[] { "약과", "쿠키", "한과", "빵" });
		NOUNS.put("drinks-tea", new String[] { "녹차", "보리차", "식혜", "찻잔" });
		NOUNS.put("clothing", new String[] { "티셔츠", "셔츠", "바지", "양말" });
		NOUNS.put("bags", new String[] { "가방", "백팩", "파우치", "에코백" });
		NOUNS.put("shoes", new String[] { "운동화", "슬리퍼", "구두" });
		NOUNS.put("jewelry", new String[] { "반지", "목걸이", "귀걸이" });
		NOUNS.put("kitchenware", new String[] { "도마", "냄비", "프라이팬", "수저", "가마솥", "잔" });
		NOUNS.put("cleaning-laundry", new String[] { "세제", "수세미", "빨래망" });
		NOUNS.put("health-care", new String[] { "찜질팩", "안마기" });
		NOUNS.put("masks-hygiene", new String[] { "마스크", "물티슈", "손소독제" });
		NOUNS.put("skincare", new String[] { "크림", "토너", "에센스" });
		NOUNS.put("bath-body", new String[] { "비누", "샴푸", "바디워시" });
		NOUNS.put("camping", new String[] { "텐트", "캠핑의자", "랜턴" });
		NOUNS.put("fitness", new String[] { "요가매트", "덤벨" });
		NOUNS.put("baby-goods", new String[] { "턱받이", "젖병" });
		NOUNS.put("toys", new String[] { "블록", "퍼즐", "인형" });
		NOUNS.put("pet-food", new String[] { "사료", "간식" });
		NOUNS.put("pet-supplies", new String[] { "방석", "목줄" });
	}

}
