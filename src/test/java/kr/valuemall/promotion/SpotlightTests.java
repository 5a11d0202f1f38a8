package kr.valuemall.promotion;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import kr.valuemall.EventPublications;
import kr.valuemall.IntegrationTest;
import kr.valuemall.TestClock;
import kr.valuemall.account.Role;
import kr.valuemall.account.TestAccounts;
import kr.valuemall.catalog.TestListings;
import kr.valuemall.order.OrderPaid;
import kr.valuemall.order.OrderedLine;
import kr.valuemall.seller.TestStores;
import kr.valuemall.seller.TestStores.OpenStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The fair-exposure spotlight: over one round of page loads every eligible store is
 * shown, and only eligible ones.
 */
@IntegrationTest
class SpotlightTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestStores stores;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ApplicationContext context;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	EventSerializer serializer;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void everyNewOrUnsoldStoreWithALiveListingIsShownWithinOneRoundAndNoOtherIs() throws Exception {
		TestListings listings = TestListings.in(this.context);
		OpenStore first = this.stores.open("첫손님 기다리는 공방");
		OpenStore second = this.stores.open("막 연 가게");
		OpenStore third = this.stores.open("셋째 가게");
		OpenStore sold = this.stores.open("벌써 판 가게");
		OpenStore nothingLive = this.stores.open("검수 중인 가게");
		for (OpenStore store : List.of(first, second, third, sold)) {
			listings.live(store.store(), store.store().storeName() + " 의자", 30_000, 3, 0);
		}
		listings.hold(listings.live(nothingLive.store(), "검수 중 의자", 30_000, 3, 0));
		paid(sold);

		Set<Long> shown = round("/");
		assertThat(shown).contains(id(first), id(second), id(third), id(sold)).doesNotContain(id(nothingLive));
		assertThat(round("/products?category=chairs-stools")).contains(id(first), id(second), id(third), id(sold))
			.doesNotContain(id(nothingLive));
		assertThat(round("/products?category=food")).as("their listings are all chairs")
			.doesNotContain(id(first), id(second), id(third), id(sold));

		// Two months on none of them is new; the one that sold has had its chance.
		this.clock.advance(Duration.ofDays(61));
		assertThat(round("/")).contains(id(first), id(second), id(third)).doesNotContain(id(sold), id(nothingLive));
	}

	@Test
	void staffSeeTheRuleAndShoppersAPlainExplanation() throws Exception {
		TestListings listings = TestListings.in(this.context);
		OpenStore store = this.stores.open("규칙 보기 가게");
		listings.live(store.store(), "규칙 의자", 30_000, 3, 0);
		Document shopper = page(get("/"));
		assertThat(shopper.select(".spotlight .hint").text()).contains("차례대로 돌아가며");
		assertThat(shopper.select(".spotlight .staff-note")).isEmpty();
		Document staff = page(get("/").with(user(this.accounts.create("운영 담당", Role.ADMIN))));
		assertThat(staff.select(".spotlight .staff-note").text()).contains("60일", "가게 번호 순", "4곳씩");
	}

	@Test
	void aPaidOrderMarksEachOfItsStoresAsHavingSold() {
		OpenStore store = this.stores.open("주문 받은 가게");
		paid(store);
		Instant firstPaid = this.jdbc.queryForObject(
				"SELECT first_paid_at FROM promotion_seller_sale WHERE seller_id = ?", Instant.class, id(store));
		paid(store);
		assertThat(this.jdbc.queryForObject("SELECT first_paid_at FROM promotion_seller_sale WHERE seller_id = ?",
				Instant.class, id(store)))
			.as("the first sale is kept")
			.isEqualTo(firstPaid);

	}

	/**
	 * A store's first sale is recorded in the transaction that marks the order paid: gone
	 * with its rollback (and then still not taken as known), there once it commits, and
	 * no publication is kept for the spotlight for any order.
	 */
	@Test
	void aStoresFirstSaleIsRecordedWithThePayment() {
		OpenStore store = this.stores.open("결제와 함께 기록된 가게");
		String number = "T-" + System.nanoTime();
		assertThat(EventPublications.recordedFor(this.transactions, this.events, JdbcClient.create(this.jdbc),
				orderOf(id(store), number), "SellerSales", number))
			.isZero();
		assertThat(sales(store)).as("rolled back with the payment").isZero();

		this.transactions
			.executeWithoutResult((status) -> this.events.publishEvent(orderOf(id(store), "T-" + System.nanoTime())));
		assertThat(sales(store)).as("committed with the payment").isOne();
	}

	private long sales(OpenStore store) {
		return this.jdbc.queryForObject("SELECT count(*) FROM promotion_seller_sale WHERE seller_id = ?", Long.class,
				id(store));
	}

	/**
	 * Publications the fourteenth round's listener condition left incomplete are
	 * completed by V124: their stores are recorded as having sold (a store recorded
	 * already keeps its earlier first sale), and the rows are gone.
	 */
	@Test
	void strandedPublicationsOfTheOldListenerBecomeSales() throws IOException {
		OpenStore stranded = this.stores.open("기록이 멈춘 가게");
		OpenStore earlier = this.stores.open("먼저 판 가게");
		paid(earlier);
		Instant firstPaid = this.jdbc.queryForObject(
				"SELECT first_paid_at FROM promotion_seller_sale WHERE seller_id = ?", Instant.class, id(earlier));
		this.clock.advance(Duration.ofDays(1));
		OrderPaid strandedOrder = orderOf(id(stranded), "T-" + System.nanoTime());
		for (OrderPaid order : List.of(strandedOrder, orderOf(id(earlier), "T-" + System.nanoTime()))) {
			this.jdbc.update("""
					INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date,
						status, completion_attempts)
					VALUES (gen_random_uuid(), 'kr.valuemall.promotion.SellerSales.on(kr.valuemall.order.OrderPaid)',
						'kr.valuemall.order.OrderPaid', ?, now(), 'PUBLISHED', 1)""", this.serializer.serialize(order));
		}
		this.jdbc.execute(Files.readString(
				Path.of("src/main/resources/db/migration/V124__record_seller_sales_of_stranded_publications.sql")));

		assertThat(sales(stranded)).isOne();
		assertThat(this.jdbc.queryForObject("SELECT first_paid_at FROM promotion_seller_sale WHERE seller_id = ?",
				Instant.class, id(stranded)))
			// PostgreSQL keeps microseconds, rounding the nanoseconds of the event's
			// JSON.
			.isCloseTo(strandedOrder.paidAt(), within(1, ChronoUnit.MICROS));
		assertThat(this.jdbc.queryForObject("SELECT first_paid_at FROM promotion_seller_sale WHERE seller_id = ?",
				Instant.class, id(earlier)))
			.isEqualTo(firstPaid);
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM event_publication WHERE listener_id LIKE '%SellerSales%'", Long.class))
			.isZero();
	}

	/** Store ids shown over one full round of consecutive loads of the page. */
	private Set<Long> round(String path) throws Exception {
		Set<Long> shown = new HashSet<>();
		Element spotlight = page(get(path)).selectFirst("section.spotlight");
		if (spotlight == null) {
			return shown;
		}
		int loads = Integer.parseInt(spotlight.attr("data-loads"));
		assertThat(loads).isPositive();
		collect(spotlight, shown);
		for (int i = 1; i < loads; i++) {
			collect(page(get(path)).selectFirst("section.spotlight"), shown);
		}
		return shown;
	}

	private static void collect(Element spotlight, Set<Long> shown) {
		assertThat(spotlight.select(".spotlight-card")).hasSizeLessThanOrEqualTo(4);
		spotlight.select(".spotlight-card").forEach((card) -> shown.add(Long.parseLong(card.attr("data-seller"))));
	}

	private void paid(OpenStore store) {
		long sellerId = id(store);
		this.transactions
			.executeWithoutResult((status) -> this.events.publishEvent(orderOf(sellerId, "T-" + System.nanoTime())));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.queryForObject("SELECT count(*) FROM promotion_seller_sale WHERE seller_id = ?",
					Long.class, sellerId) == 1);
	}

	/** A paid order of one chair from this store. */
	private OrderPaid orderOf(long sellerId, String number) {
		return new OrderPaid(System.nanoTime(), number, 1L, this.clock.instant(), 33_000,
				List.of(new OrderPaid.PaidShipment(System.nanoTime(), sellerId, 3_000,
						List.of(new OrderedLine(1L, 1L, "의자", "chairs-stools", 1, 30_000, 30_000, null)))));
	}

	private static long id(OpenStore store) {
		return store.store().sellerId();
	}

	private Document page(RequestBuilder request) throws Exception {
		return Jsoup
			.parse(this.mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
