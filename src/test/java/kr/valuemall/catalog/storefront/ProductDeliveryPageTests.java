package kr.valuemall.catalog.storefront;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import kr.valuemall.IntegrationTest;
import kr.valuemall.TestClock;
import kr.valuemall.catalog.TestProducts;
import kr.valuemall.order.DeliveryOverride;
import kr.valuemall.order.DeliveryPromise;
import kr.valuemall.order.ListingDelivery;
import kr.valuemall.seller.TestStores;
import kr.valuemall.seller.TestStores.OpenStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A live product page of the whole mall: the terms a seller saves through its page and a
 * listing's own terms reach the page, and the promised dispatch date is a business day no
 * earlier than today and no later than the dispatch days allow.
 */
@IntegrationTest
class ProductDeliveryPageTests {

	private static final Pattern PROMISE = Pattern.compile("오늘 주문하면 (\\d{1,2})월 (\\d{1,2})일\\((.)\\) 출고 예정");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestStores stores;

	@Autowired
	TestProducts products;

	@Autowired
	ListingDelivery delivery;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@Test
	void theTermsASellerSavesAndAListingsOwnShowOnItsPage() throws Exception {
		OpenStore shop = this.stores.open("약관 저장 공방");
		this.mvc
			.perform(post("/seller/delivery").param("dispatchDays", "2")
				.param("cutoffHour", "15")
				.param("courier", "LOTTE")
				.param("returnAddress", "(04524) 서울특별시 중구 세종대로 110, 3층")
				.param("returnFee", "3,000")
				.param("exchangeFee", "6,000")
				.param("jejuFee", "3,000")
				.param("islandFee", "5,000")
				.with(user(shop.owner()))
				.with(csrf()))
			.andExpect(status().isFound());
		long bench = this.products.live(shop.store().sellerId(), "원목 벤치", 120_000, 4, 5_000);
		long stool = this.products.live(shop.store().sellerId(), "원목 스툴", 59_000, 4, 3_000);
		this.delivery.setOverride(stool, new DeliveryOverride(7, null, null, 6_000L, null));

		Document benchPage = page(bench);
		LocalDate promised = promised(benchPage);
		assertThat(benchPage.select(".dispatch-promise .hint").text()).startsWith("결제 후 2영업일 안에 출고");
		assertThat(benchPage.select(".delivery-terms .courier").text()).isEqualTo("롯데택배");
		assertThat(benchPage.select(".delivery-terms .island-fees").text()).isEqualTo("제주 3,000원 · 도서산간 5,000원");
		assertThat(benchPage.select(".delivery-terms .return-fee").text()).isEqualTo("3,000원");
		assertThat(benchPage.select(".delivery-terms .exchange-fee").text()).isEqualTo("6,000원");
		assertThat(benchPage.select(".delivery-terms .return-address").text())
			.isEqualTo("(04524) 서울특별시 중구 세종대로 110, 3층");
		LocalDate today = this.clock.instant().atZone(ZoneId.of("Asia/Seoul")).toLocalDate();
		// Two business days from today or the next: never sooner than two weekdays on,
		// never later than two weeks on (the longest holiday run is a week).
		assertThat(promised).isAfter(today.plusDays(1)).isBeforeOrEqualTo(today.plusDays(14));
		assertThat(promised.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM public_holiday WHERE day = ?", Integer.class,
				java.sql.Date.valueOf(promised)))
			.as("not a public holiday")
			.isZero();

		Document stoolPage = page(stool);
		assertThat(stoolPage.select(".dispatch-promise .hint").text()).startsWith("결제 후 7영업일 안에 출고");
		assertThat(promised(stoolPage)).isAfter(promised);
		assertThat(stoolPage.select(".delivery-terms .island-fees").text()).isEqualTo("제주 6,000원 · 도서산간 5,000원");
	}

	@Test
	void aStoreWithoutTermsPromisesTheLegalDaysOrItsListingsOwn() throws Exception {
		OpenStore shop = this.stores.open("약관 없는 공방");
		long plain = this.products.live(shop.store().sellerId(), "무명 바구니", 20_000, 4, 3_000);
		long own = this.products.live(shop.store().sellerId(), "무명 항아리", 80_000, 4, 3_000);
		this.delivery.setOverride(own, new DeliveryOverride(5, 4_000L, null, 4_000L, null));

		DeliveryPromise none = this.delivery.promise(shop.store().sellerId(), plain);
		assertThat(none.termsSet()).isFalse();
		assertThat(none.dispatchDays()).isEqualTo(3);
		assertThat(none.returnFee()).isNull();
		assertThat(none.hasIslandFees()).isFalse();
		DeliveryPromise ownOnly = this.delivery.promise(shop.store().sellerId(), own);
		assertThat(ownOnly.termsSet()).isFalse();
		assertThat(ownOnly.dispatchDays()).isEqualTo(5);
		assertThat(ownOnly.returnFee()).isEqualTo(4_000L);
		assertThat(ownOnly.jejuFee()).isEqualTo(4_000L);
		assertThat(ownOnly.courier()).isNull();
		assertThat(page(plain).select(".dispatch-promise .hint").text()).contains("3영업일");
		assertThat(page(own).select(".dispatch-promise .hint").text()).contains("5영업일");
	}

	private Document page(long productId) throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/products/" + productId))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	/** The promised date, read back from the page's Korean sentence. */
	private LocalDate promised(Document page) {
		String sentence = page.select(".dispatch-promise strong").text();
		Matcher matcher = PROMISE.matcher(sentence);
		assertThat(matcher.matches()).as(sentence).isTrue();
		LocalDate today = this.clock.instant().atZone(ZoneId.of("Asia/Seoul")).toLocalDate();
		LocalDate date = LocalDate.of(today.getYear(), Integer.parseInt(matcher.group(1)),
				Integer.parseInt(matcher.group(2)));
		if (date.isBefore(today)) {
			date = date.plusYears(1);
		}
		assertThat(matcher.group(3)).isEqualTo(switch (date.getDayOfWeek()) {
			case MONDAY -> "월";
			case TUESDAY -> "화";
			case WEDNESDAY -> "수";
			case THURSDAY -> "목";
			case FRIDAY -> "금";
			default -> "?";
		});
		return date;
	}

}
