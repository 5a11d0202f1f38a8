package kr.valuemall.catalog.reviews;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import kr.valuemall.IntegrationTest;
import kr.valuemall.account.MallUser;
import kr.valuemall.account.TestAccounts;
import kr.valuemall.catalog.ReviewApi;
import kr.valuemall.catalog.ReviewState;
import kr.valuemall.catalog.TestListings;
import kr.valuemall.catalog.images.TestImages;
import kr.valuemall.order.OrderedLine;
import kr.valuemall.order.ShipmentConfirmed;
import kr.valuemall.seller.TestStores;
import kr.valuemall.seller.TestStores.OpenStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Photos on reviews: re-encoded as product images are, shown as thumbnails with alt text,
 * served from the database; a refused file sends the form back with what was typed.
 */
@IntegrationTest
class ReviewPhotoTests {

	private static final AtomicLong nextLineId = new AtomicLong(
			ThreadLocalRandom.current().nextLong(8_100_000_000L, 9_000_000_000L));

	private static final String TEXT = "바구니가 튼튼하고 사진보다 실물이 더 예뻐요.";

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
	PlatformTransactionManager transactions;

	@Autowired
	ReviewApi reviewApi;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	OpenStore shop;

	long product;

	String productName;

	@BeforeEach
	void product() {
		long unique = nextLineId.incrementAndGet();
		this.shop = this.stores.open("사진 공방 " + unique);
		this.productName = "왕골 바구니 " + unique;
		this.product = TestListings.in(this.context).liveWithoutImage(this.shop.store(), this.productName, 35_000);
	}

	@Test
	void photosAreReencodedAndShownAsThumbnailsWithAltText() throws Exception {
		MallUser shopper = this.accounts.create("오사진");
		long line = confirmed(shopper);
		// EXIF and anything after the image data are not kept: the photo is drawn anew.
		byte[] phone = TestImages.withExif(TestImages.jpeg(TestImages.picture(1200, 900)), 1, "Galaxy S24 GPS 37.5N");
		write(shopper, line, TEXT, new MockMultipartFile("photos", "basket.jpg", "image/jpeg", phone),
				new MockMultipartFile("photos", "side.png", "image/png", TestImages.jpeg(TestImages.picture(300, 300))))
			.andExpect(redirectedUrl("/reviews/mine"));

		Document page = page(get("/products/" + this.product));
		List<Element> thumbnails = page.select(".review .review-photos img");
		assertThat(thumbnails).hasSize(2);
		assertThat(thumbnails.get(0).attr("alt")).isEqualTo(this.productName + " 리뷰 사진 1, 오*진 님");
		assertThat(thumbnails.get(0).attr("src")).matches("/images/reviews/\\d+/[0-9a-f]{64}/thumbnail\\.jpg");
		assertThat(thumbnails.get(0).attr("width")).isEqualTo("400");
		assertThat(thumbnails.get(0).attr("height")).isEqualTo("300");

		MockHttpServletResponse served = this.mvc.perform(get(thumbnails.get(0).attr("src"))).andReturn().getResponse();
		assertThat(served.getStatus()).isEqualTo(200);
		assertThat(served.getContentType()).isEqualTo("image/jpeg");
		assertThat(served.getHeader("Cache-Control")).contains("max-age=31536000");
		assertThat(TestImages.contains(served.getContentAsByteArray(), "Galaxy")).isFalse();
		String full = page.select(".review .review-photos a").first().attr("href");
		assertThat(this.mvc.perform(get(full)).andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(this.mvc.perform(get(full.replaceAll("/[0-9a-f]{64}/", "/" + "0".repeat(64) + "/")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void aRefusedFileKeepsWhatWasTypedAndWritesNoReview() throws Exception {
		MallUser shopper = this.accounts.create("정실수");
		long line = confirmed(shopper);
		Document refused = page(post(shopper, line, TEXT, new MockMultipartFile("photos", "receipt.pdf",
				"application/pdf", "%PDF-1.7 not a picture".getBytes(StandardCharsets.US_ASCII))));
		assertThat(refused.select("h1").text()).isEqualTo("리뷰 쓰기");
		assertThat(refused.select("#body").text()).isEqualTo(TEXT);
		assertThat(refused.select("input[name=rating][value=5]").hasAttr("checked")).isTrue();
		assertThat(refused.select("#photos-error").text()).contains("receipt.pdf")
			.contains("JPEG, PNG, GIF 이미지만 올릴 수 있습니다");
		assertThat(refused.select(".review-photos-field .notice").text()).contains("사진은 다시 골라 주세요");

		MockMultipartFile[] four = new MockMultipartFile[4];
		for (int i = 0; i < 4; i++) {
			four[i] = new MockMultipartFile("photos", "p" + i + ".jpg", "image/jpeg",
					TestImages.jpeg(TestImages.picture(200, 200)));
		}
		Document tooMany = page(post(shopper, line, TEXT, four));
		assertThat(tooMany.select("#photos-error").text()).isEqualTo("리뷰 사진은 3장까지 올릴 수 있습니다.");
		assertThat(tooMany.select("#body").text()).isEqualTo(TEXT);

		assertThat(this.jdbc.sql("SELECT count(*) FROM product_review WHERE order_line_id = ?")
			.param(line)
			.query(Long.class)
			.single()).isZero();
	}

	private ResultActions write(MallUser shopper, long line, String body, MockMultipartFile... photos)
			throws Exception {
		return this.mvc.perform(post(shopper, line, body, photos));
	}

	private MockMultipartHttpServletRequestBuilder post(MallUser shopper, long line, String body,
			MockMultipartFile... photos) {
		MockMultipartHttpServletRequestBuilder request = multipart("/reviews/new");
		for (MockMultipartFile photo : photos) {
			request.file(photo);
		}
		request.param("line", String.valueOf(line)).param("rating", "5").param("body", body);
		request.with(user(shopper)).with(csrf());
		return request;
	}

	private long confirmed(MallUser shopper) {
		long line = nextLineId.incrementAndGet();
		ShipmentConfirmed event = new ShipmentConfirmed(line, line, "VM-" + line, shopper.getId(),
				this.shop.store().sellerId(), this.clock.instant(), 3_000, List.of(new OrderedLine(line, this.product,
						this.productName, "chairs-stools", 1, 35_000, 35_000, null)));
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> this.events.publishEvent(event));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.reviewApi.statesOf(shopper.getId(), List.of(line)).get(line) == ReviewState.REVIEWABLE);
		return line;
	}

	private Document page(RequestBuilder request) throws Exception {
		return Jsoup
			.parse(this.mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
