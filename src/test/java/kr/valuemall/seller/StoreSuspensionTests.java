package kr.valuemall.seller;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import kr.valuemall.IntegrationTest;
import kr.valuemall.account.MallUser;
import kr.valuemall.account.Role;
import kr.valuemall.account.TestAccounts;
import kr.valuemall.catalog.TestListings;
import kr.valuemall.notification.TestMailbox;
import kr.valuemall.seller.TestStores.OpenStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Staff suspend a store: its listings leave search, the feeds and the sitemap, their
 * pages answer 404 and carts refuse them; a listing published meanwhile waits; the seller
 * is told why; reinstating puts them all back on sale.
 */
@IntegrationTest
class StoreSuspensionTests {

	private static final Duration WAIT = Duration.ofSeconds(20);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestStores stores;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestMailbox mailbox;

	@Test
	void aSuspendedStoresListingsLeaveEveryPageAndFeedUntilItIsReinstated() throws Exception {
		OpenStore shop = this.stores.open("정지 시험 공방");
		TestListings listings = TestListings.in(this.context);
		long board = listings.live(shop.store(), "정지시험 편백도마", 25_000, 5, 0);
		assertThat(shown(board)).isTrue();
		MallUser admin = this.accounts.create("운영 담당", Role.ADMIN);
		MallUser reviewer = this.accounts.create("심사 담당", Role.REVIEWER);
		long seller = shop.store().sellerId();

		// Reviewers do not suspend stores; a reason is required.
		this.mvc
			.perform(post("/admin/sellers/" + seller + "/suspend").param("reason", "위조 원산지 표시")
				.with(user(reviewer))
				.with(csrf()))
			.andExpect(status().isForbidden());
		Document refused = Jsoup.parse(this.mvc
			.perform(post("/admin/sellers/" + seller + "/suspend").param("reason", " ")
				.param("holdPayouts", "true")
				.with(user(admin))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(refused.select(".store-suspension").text()).contains("정지 사유를 입력해 주세요.");

		this.mvc
			.perform(post("/admin/sellers/" + seller + "/suspend").param("reason", "수입품을 국산으로 표시한 상품이 확인되었습니다.")
				.param("holdPayouts", "true")
				.with(user(admin))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		await().atMost(WAIT).until(() -> "SUSPENDED".equals(statusOf(board)));
		assertThat(shown(board)).isFalse();
		this.mvc.perform(get("/products/" + board)).andExpect(status().isNotFound());
		MallUser shopper = this.accounts.create("구매자");
		this.mvc.perform(post("/cart/items").param("productId", Long.toString(board))
			.param("quantity", "1")
			.with(csrf())
			.with(user(shopper)));
		assertThat(this.jdbc.sql("SELECT count(*) FROM cart_item WHERE product_id = :p")
			.param("p", board)
			.query(Long.class)
			.single()).isZero();

		// A listing published while suspended waits too.
		long later = listings.live(shop.store(), "정지시험 호두쟁반", 18_000, 5, 0);
		assertThat(statusOf(later)).isEqualTo("SUSPENDED");
		assertThat(shown(later)).isFalse();

		// The seller is told why, in the app, by e-mail and on the seller centre.
		await().atMost(WAIT)
			.untilAsserted(() -> assertThat(this.mailbox.to(shop.owner().getUsername()))
				.anySatisfy((mail) -> assertThat(mail.getText()).contains("수입품을 국산으로 표시한 상품이 확인되었습니다.")));
		Document home = Jsoup.parse(this.mvc.perform(get("/seller").with(user(shop.owner())))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(home.select(".store-suspended").text()).contains("운영이 정지", "수입품을 국산으로 표시한 상품이 확인되었습니다.");
		Document review = Jsoup.parse(this.mvc.perform(get("/admin/sellers/" + seller).with(user(admin)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(review.select(".store-suspension").text()).contains("운영 정지 중", "정산 지급도 보류 중");

		this.mvc.perform(post("/admin/sellers/" + seller + "/reinstate").with(user(admin)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		await().atMost(WAIT).until(() -> "LIVE".equals(statusOf(board)) && "LIVE".equals(statusOf(later)));
		assertThat(shown(board)).isTrue();
		this.mvc.perform(get("/products/" + board)).andExpect(status().isOk());
	}

	private String statusOf(long product) {
		return this.jdbc.sql("SELECT status FROM product WHERE id = :id")
			.param("id", product)
			.query(String.class)
			.single();
	}

	/** Whether search, both feeds and the sitemap all list the product. */
	private boolean shown(long product) throws Exception {
		String name = this.jdbc.sql("SELECT name FROM product WHERE id = :id")
			.param("id", product)
			.query(String.class)
			.single();
		String search = body("/products?q=" + name.split(" ")[0]);
		boolean inSearch = Jsoup.parse(search).select("a[href=/products/" + product + "]").size() > 0;
		boolean inNaver = body("/feeds/naver-ep.tsv").lines().anyMatch((line) -> line.startsWith(product + "\t"));
		boolean inGoogle = body("/feeds/google-merchant.xml").contains("<g:id>" + product + "</g:id>");
		boolean inSitemap = sitemaps().contains("/products/" + product + "<");
		assertThat(inNaver).as("Naver EP agrees with search").isEqualTo(inSearch);
		assertThat(inGoogle).as("Google agrees with search").isEqualTo(inSearch);
		assertThat(inSitemap).as("the sitemap agrees with search").isEqualTo(inSearch);
		return inSearch;
	}

	private String sitemaps() throws Exception {
		String index = body("/sitemap.xml");
		StringBuilder all = new StringBuilder(index);
		Matcher parts = Pattern.compile("https?://[^/<]+(/sitemap-[a-z]+-\\d+\\.xml)").matcher(index);
		while (parts.find()) {
			all.append(body(parts.group(1)));
		}
		return all.toString();
	}

	private String body(String path) throws Exception {
		return this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
