package kr.valuemall.catalog.reviews;

import java.time.Clock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import kr.valuemall.IntegrationTest;
import kr.valuemall.account.MallUser;
import kr.valuemall.account.TestAccounts;
import kr.valuemall.order.OrderedLine;
import kr.valuemall.order.ShipmentConfirmed;
import kr.valuemall.origin.MakerRole;
import kr.valuemall.origin.OriginKind;
import kr.valuemall.seller.TestStores;
import kr.valuemall.seller.TestStores.OpenStore;
import kr.valuemall.shared.Region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import kr.valuemall.catalog.RatingSummary;
import kr.valuemall.catalog.ReviewApi;
import kr.valuemall.catalog.ReviewState;
import kr.valuemall.catalog.listing.ProductDetails;
import kr.valuemall.catalog.listing.ProductStatus;
import kr.valuemall.catalog.listing.SellerListings;
import kr.valuemall.catalog.TestNotices;

/**
 * Reviews from confirmed purchases, seen on the product, store and seller pages. Lines
 * become reviewable the way they will in the mall: the order module's ShipmentConfirmed
 * event, committed, heard by the catalog after the commit.
 */
@IntegrationTest
class ProductReviewTests {

	@Autowired
	Clock clock;

	private static final AtomicLong nextLineId = new AtomicLong(
			ThreadLocalRandom.current().nextLong(1_000_000_000L, 8_000_000_000L));

	private static final String GOOD_TEXT = "나무결이 곱고 마감이 깔끔해서 아주 만족합니다.";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestStores stores;

	@Autowired
	TestAccounts accounts;

	@Autowired
	SellerListings listings;

	@Autowired
	ReviewApi reviewApi;

	@Autowired
	ProductReviews reviews;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	OpenStore shop;

	long productId;

	@BeforeEach
	void liveProduct() {
		long unique = nextLineId.incrementAndGet();
		this.shop = this.stores.open("리뷰 공방 " + unique);
		// Text of its own: the same text from many sellers would be held by screening.
		this.productId = this.listings
			.create(this.shop.store(),
					new ProductDetails("chairs-stools", "느티나무 등받이 의자", "국산 느티나무로 짠 의자입니다 " + unique, 89_000, 5, 3_000,
							OriginKind.DOMESTIC, null, "리뷰 공방", Region.GYEONGGI, MakerRole.MAKER, true),
					TestNotices.complete("chairs-stools", "느티나무 등받이 의자", "리뷰 공방"))
			.getId();
		this.listings.publish(this.shop.store(), this.productId);
		assertThat(this.listings.find(this.shop.store(), this.productId).getStatus()).isEqualTo(ProductStatus.LIVE);
	}

	@Test
	void aConfirmedPurchaseIsReviewedAndTheAverageShowsOnTheProductAndStorePages() throws Exception {
		MallUser hong = this.accounts.create("홍길동");
		MallUser kim = this.accounts.create("김하나");
		long hongLine = confirmed(hong);
		long kimLine = confirmed(kim);
		assertThat(this.reviewApi.statesOf(hong.getId(), List.of(hongLine, kimLine)))
			.isEqualTo(Map.of(hongLine, ReviewState.REVIEWABLE, kimLine, ReviewState.NOT_REVIEWABLE));

		Document mine = page(get("/reviews/mine").with(user(hong)));
		assertThat(mine.select(".waiting-line").text()).contains("느티나무 등받이 의자");
		assertThat(mine.select(".waiting-line a.button").attr("href")).isEqualTo("/reviews/new?line=" + hongLine);
		Document form = page(get("/reviews/new?line=" + hongLine).with(user(hong)));
		assertThat(form.select("h1").text()).isEqualTo("리뷰 쓰기");
		assertThat(form.select("input[name=rating]")).hasSize(5);
		assertThat(form.select("label[for=rating-5]").text()).contains("5점");

		write(hong, hongLine, "5", "등받이 각도가 편하고 튼튼합니다.\r\n또 살게요.").andExpect(redirectedUrl("/reviews/mine"))
			.andExpect(flash().attribute("notice", "review.thanks"));
		write(kim, kimLine, "4", GOOD_TEXT).andExpect(redirectedUrl("/reviews/mine"));

		assertThat(this.reviewApi.statesOf(hong.getId(), List.of(hongLine)))
			.isEqualTo(Map.of(hongLine, ReviewState.REVIEWED));
		assertThat(this.reviewApi.ratingOfLiveProduct(this.productId)).contains(new RatingSummary(2, 9));

		Document product = page(get("/products/" + this.productId));
		assertThat(product.select(".product-rating").text()).isEqualTo("★ 4.5 (2)");
		assertThat(product.select(".reviews h2").text()).isEqualTo("구매 리뷰 (2)");
		List<String> authors = product.select(".review-author").eachText();
		assertThat(authors).containsExactlyInAnyOrder("홍*동", "김*나");
		assertThat(product.select(".reviews").text()).contains("또 살게요.", GOOD_TEXT).doesNotContain("홍길동");
		assertThat(product.select(".review .stars").eachAttr("aria-label")).contains("5점 만점에 5점", "5점 만점에 4점");
		assertThat(product.select(".review-date").first().text()).matches("\\d{4}-\\d{2}-\\d{2}");

		Document store = page(get("/stores/" + this.shop.store().slug()));
		assertThat(store.select(".store-rating").text()).isEqualTo("★ 4.5 (2)");
		assertThat(store.select(".product-card .rating-summary").text()).isEqualTo("★ 4.5 (2)");

		Document after = page(get("/reviews/mine").with(user(hong)));
		assertThat(after.select(".waiting-line")).isEmpty();
		assertThat(after.select(".review-body").text()).contains("또 살게요.");
	}

	@Test
	void aRedeliveredEventAddsNothing() {
		MallUser shopper = this.accounts.create("박두번");
		long line = nextLineId.incrementAndGet();
		ShipmentConfirmed event = event(shopper, line);
		publish(event);
		publish(event);
		awaitReviewable(shopper, line);
		await().during(Duration.ofMillis(300))
			.atMost(Duration.ofSeconds(5))
			.until(() -> this.jdbc.sql("SELECT count(*) FROM reviewable_line WHERE order_line_id = :line")
				.param("line", line)
				.query(Long.class)
				.single() == 1);
	}

	@Test
	void onlyTheShopperOfAConfirmedLineMayReview() throws Exception {
		MallUser owner = this.accounts.create("이주인");
		MallUser other = this.accounts.create("최남의");
		long line = confirmed(owner);
		long notConfirmed = nextLineId.incrementAndGet();

		this.mvc.perform(get("/reviews/new?line=" + notConfirmed).with(user(owner))).andExpect(status().isNotFound());
		write(owner, notConfirmed, "5", GOOD_TEXT).andExpect(status().isNotFound());
		this.mvc.perform(get("/reviews/new?line=" + line).with(user(other))).andExpect(status().isNotFound());
		write(other, line, "1", "남의 주문에 리뷰를 달아 봅니다.").andExpect(status().isNotFound());
		this.mvc.perform(get("/reviews/new?line=" + line)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/reviews/mine")).andExpect(redirectedUrl("/login"));

		assertThat(reviewCount(line)).isZero();
		assertThat(this.reviewApi.ratingOfLiveProduct(this.productId)).contains(RatingSummary.NONE);
	}

	@Test
	void aSecondReviewOfTheSameLineIsRefusedEvenWhenSentTwiceAtOnce() throws Exception {
		MallUser shopper = this.accounts.create("정한번");
		long line = confirmed(shopper);
		write(shopper, line, "4", GOOD_TEXT).andExpect(redirectedUrl("/reviews/mine"));
		write(shopper, line, "1", "다시 써서 별점을 바꿔 봅니다.").andExpect(redirectedUrl("/reviews/mine"))
			.andExpect(flash().attribute("notice", "review.already"));
		this.mvc.perform(get("/reviews/new?line=" + line).with(user(shopper)))
			.andExpect(redirectedUrl("/reviews/mine"))
			.andExpect(flash().attribute("notice", "review.already"));
		assertThat(reviewCount(line)).isOne();

		// Two submits racing past the "already reviewed?" check: the unique key keeps
		// one.
		long raced = confirmed(shopper);
		CountDownLatch start = new CountDownLatch(1);
		Callable<Boolean> submit = () -> {
			start.await();
			try {
				this.reviews.write(raced, shopper.getId(), "정한번", 5, GOOD_TEXT);
				return true;
			}
			catch (ReviewAlreadyWritten ex) {
				return false;
			}
		};
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Boolean>> results = new ArrayList<>();
			results.add(pool.submit(submit));
			results.add(pool.submit(submit));
			start.countDown();
			int written = 0;
			for (Future<Boolean> result : results) {
				written += result.get() ? 1 : 0;
			}
			assertThat(written).isOne();
		}
		finally {
			pool.shutdown();
		}
		assertThat(reviewCount(raced)).isOne();
		assertThat(this.reviewApi.ratingOfLiveProduct(this.productId)).contains(new RatingSummary(2, 9));
	}

	@Test
	void aBadRatingOrTextIsExplainedInKoreanAndWhatWasTypedStays() throws Exception {
		MallUser shopper = this.accounts.create("윤실수");
		long line = confirmed(shopper);

		Document noStars = page(post("/reviews/new").param("line", String.valueOf(line))
			.param("body", "짧아요")
			.with(user(shopper))
			.with(csrf()));
		assertThat(noStars.getElementById("rating-error").text()).isEqualTo("별점을 골라 주세요.");
		assertThat(noStars.getElementById("body-error").text()).isEqualTo("리뷰는 10자 이상 1,000자 이하로 써 주세요.");
		assertThat(noStars.getElementById("body").text()).isEqualTo("짧아요");

		for (String rating : List.of("0", "6", "별다섯")) {
			Document bad = page(post("/reviews/new").param("line", String.valueOf(line))
				.param("rating", rating)
				.param("body", GOOD_TEXT)
				.with(user(shopper))
				.with(csrf()));
			assertThat(bad.getElementById("rating-error").text()).as(rating).isEqualTo("별점은 1점부터 5점 사이에서 골라 주세요.");
			assertThat(bad.getElementById("body").text()).isEqualTo(GOOD_TEXT);
		}

		Document tooLong = page(post("/reviews/new").param("line", String.valueOf(line))
			.param("rating", "3")
			.param("body", "가".repeat(1001))
			.with(user(shopper))
			.with(csrf()));
		assertThat(tooLong.getElementById("body-error").text()).contains("1,000자 이하");
		assertThat(tooLong.select("#rating-3[checked]")).hasSize(1);

		// Spaces do not make a short review long enough.
		Document padded = page(post("/reviews/new").param("line", String.valueOf(line))
			.param("rating", "3")
			.param("body", "  좋아요" + " ".repeat(20))
			.with(user(shopper))
			.with(csrf()));
		assertThat(padded.getElementById("body-error")).isNotNull();
		assertThat(reviewCount(line)).isZero();
	}

	@Test
	void theSellerRepliesOnceAndTheReplyShowsUnderTheReview() throws Exception {
		MallUser shopper = this.accounts.create("강답글");
		long line = confirmed(shopper);
		write(shopper, line, "3", GOOD_TEXT);
		long reviewId = reviewIdOf(line);

		Document list = page(get("/seller/reviews").with(user(this.shop.owner())));
		assertThat(list.select(".review-body").text()).contains(GOOD_TEXT);
		assertThat(list.select("a[href=/seller/reviews/" + reviewId + "/reply]")).hasSize(1);

		Document empty = page(post("/seller/reviews/" + reviewId + "/reply").param("reply", "  ")
			.with(user(this.shop.owner()))
			.with(csrf()));
		assertThat(empty.getElementById("reply-error").text()).isEqualTo("답글 내용을 써 주세요.");

		this.mvc
			.perform(post("/seller/reviews/" + reviewId + "/reply").param("reply", "소중한 리뷰 고맙습니다.")
				.with(user(this.shop.owner()))
				.with(csrf()))
			.andExpect(redirectedUrl("/seller/reviews"))
			.andExpect(flash().attribute("notice", "review.reply.saved"));
		this.mvc
			.perform(post("/seller/reviews/" + reviewId + "/reply").param("reply", "두 번째 답글")
				.with(user(this.shop.owner()))
				.with(csrf()))
			.andExpect(redirectedUrl("/seller/reviews"))
			.andExpect(flash().attribute("notice", "review.reply.already"));
		this.mvc.perform(get("/seller/reviews/" + reviewId + "/reply").with(user(this.shop.owner())))
			.andExpect(redirectedUrl("/seller/reviews"));

		Document product = page(get("/products/" + this.productId));
		assertThat(product.select(".review-reply").text()).contains("판매자 답글", "소중한 리뷰 고맙습니다.")
			.doesNotContain("두 번째 답글");
	}

	@Test
	void anotherSellerCannotSeeOrAnswerTheReview() throws Exception {
		MallUser shopper = this.accounts.create("서남의");
		long line = confirmed(shopper);
		write(shopper, line, "2", GOOD_TEXT);
		long reviewId = reviewIdOf(line);
		OpenStore other = this.stores.open("다른 공방 " + line);

		assertThat(page(get("/seller/reviews").with(user(other.owner()))).select(".review")).isEmpty();
		this.mvc.perform(get("/seller/reviews/" + reviewId + "/reply").with(user(other.owner())))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/seller/reviews/" + reviewId + "/reply").param("reply", "남의 리뷰에 답합니다.")
				.with(user(other.owner()))
				.with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/seller/reviews").with(user(shopper))).andExpect(status().isForbidden());
		assertThat(this.jdbc.sql("SELECT reply FROM product_review WHERE id = :id")
			.param("id", reviewId)
			.query(String.class)
			.optional()).isEmpty();
	}

	@Test
	void aProductPageShowsItsNewestTwentyReviewsWithTheirOptionsAndCountsTheRest() throws Exception {
		MallUser shopper = this.accounts.create("박리뷰");
		List<Long> lines = new ArrayList<>();
		for (int i = 0; i < ProductReviews.PAGE_SIZE + 1; i++) {
			long line = nextLineId.incrementAndGet();
			String option = (i == ProductReviews.PAGE_SIZE) ? "색상: 월넛" : null;
			publish(new ShipmentConfirmed(line, line, "VM-" + line, shopper.getId(), this.shop.store().sellerId(),
					this.clock.instant(), 3_000, List.of(new OrderedLine(line, this.productId, "느티나무 등받이 의자",
							"chairs-stools", 1, 89_000, 89_000, null, option))));
			lines.add(line);
		}
		lines.forEach((line) -> awaitReviewable(shopper, line));
		for (long line : lines) {
			this.reviews.write(line, shopper.getId(), "박리뷰", 4, GOOD_TEXT + " " + line);
		}

		var first = this.reviews.ofProduct(this.productId, 0);
		assertThat(first.getTotalElements()).isEqualTo(ProductReviews.PAGE_SIZE + 1);
		assertThat(first.getContent()).hasSize(ProductReviews.PAGE_SIZE);
		assertThat(first.hasNext()).isTrue();
		var newest = first.getContent().get(0);
		assertThat(newest.body()).endsWith(" " + lines.get(lines.size() - 1));
		assertThat(newest.optionLabel()).isEqualTo("색상: 월넛");
		assertThat(newest.productName()).isEqualTo("느티나무 등받이 의자");
		assertThat(newest.author()).isEqualTo("박*뷰");
		assertThat(newest.rating()).isEqualTo(4);
		assertThat(first.getContent().get(1).optionLabel()).isNull();
		var second = this.reviews.ofProduct(this.productId, 1);
		assertThat(second.getContent()).singleElement()
			.satisfies((oldest) -> assertThat(oldest.body()).endsWith(" " + lines.get(0)));

		Document page = page(get("/products/" + this.productId));
		assertThat(page.select(".review")).hasSize(ProductReviews.PAGE_SIZE);
		assertThat(page.text()).contains("색상: 월넛");
		assertThat(page.select("a[href='/products/" + this.productId + "/reviews?page=1']").text()).contains("21");
	}

	private long confirmed(MallUser shopper) {
		long line = nextLineId.incrementAndGet();
		publish(event(shopper, line));
		awaitReviewable(shopper, line);
		return line;
	}

	private ShipmentConfirmed event(MallUser shopper, long line) {
		return new ShipmentConfirmed(line, line, "VM-" + line, shopper.getId(), this.shop.store().sellerId(),
				this.clock.instant(), 3_000, List.of(new OrderedLine(line, this.productId, "느티나무 등받이 의자",
						"chairs-stools", 1, 89_000, 89_000, null)));
	}

	private void publish(ShipmentConfirmed event) {
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> this.events.publishEvent(event));
	}

	private void awaitReviewable(MallUser shopper, long line) {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.reviewApi.statesOf(shopper.getId(), List.of(line)).get(line) == ReviewState.REVIEWABLE);
	}

	private org.springframework.test.web.servlet.ResultActions write(MallUser shopper, long line, String rating,
			String body) throws Exception {
		return this.mvc.perform(post("/reviews/new").param("line", String.valueOf(line))
			.param("rating", rating)
			.param("body", body)
			.with(user(shopper))
			.with(csrf()));
	}

	private long reviewCount(long line) {
		return this.jdbc.sql("SELECT count(*) FROM product_review WHERE order_line_id = :line")
			.param("line", line)
			.query(Long.class)
			.single();
	}

	private long reviewIdOf(long line) {
		return this.jdbc.sql("SELECT id FROM product_review WHERE order_line_id = :line")
			.param("line", line)
			.query(Long.class)
			.single();
	}

	private Document page(RequestBuilder request) throws Exception {
		return Jsoup
			.parse(this.mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
