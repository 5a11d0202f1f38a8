package kr.valuemall.catalog.qna;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.ResultActions;

import kr.valuemall.IntegrationTest;
import kr.valuemall.account.MallUser;
import kr.valuemall.account.Role;
import kr.valuemall.account.TestAccounts;
import kr.valuemall.catalog.TestListings;
import kr.valuemall.seller.TestStores;
import kr.valuemall.seller.TestStores.OpenStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 상품 문의: shoppers ask on the product page, the seller answers from the seller centre,
 * private questions stay between asker, seller and staff, and both sides are notified.
 */
@IntegrationTest
class ProductQuestionTests {

	private static final String SECRET = "제 주소는 서울시 종로구인데 이번 주 안에 받을 수 있을까요?";

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

	OpenStore shop;

	long product;

	MallUser asker;

	@BeforeEach
	void product() {
		long unique = ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000);
		this.shop = this.stores.open("문의 공방 " + unique);
		this.product = TestListings.in(this.context).liveWithoutImage(this.shop.store(), "대나무 채반 " + unique, 18_000);
		this.asker = this.accounts.create("최문의");
	}

	@Test
	void aPublicQuestionIsAnsweredByTheSellerAndBothAreTold() throws Exception {
		ask(this.asker, "<script>alert(1)</script> 지름이 몇 cm인가요?", false)
			.andExpect(redirectedUrl("/products/" + this.product + "#qna"))
			.andExpect(flash().attribute("notice", "qna.asked"));

		Document page = page(get("/products/" + this.product));
		assertThat(page.select("#qna-title").text()).isEqualTo("상품 문의 (1)");
		assertThat(page.select(".question .question-body").text()).isEqualTo("<script>alert(1)</script> 지름이 몇 cm인가요?");
		assertThat(page.select(".question script")).isEmpty();
		assertThat(page.select(".question .question-author").text()).isEqualTo("최*의");
		assertThat(page.select(".question .status-chip").text()).isEqualTo("답변 대기");
		assertThat(page.select("#qna a[href='/login']").text()).isEqualTo("로그인하고 문의하기");

		long questionId = questionIdOf(this.product);
		awaitNotification(this.shop.owner(), "QUESTION_ASKED");

		Document desk = page(get("/seller/questions").with(user(this.shop.owner())));
		assertThat(desk.select(".unanswered-count").text()).isEqualTo("답변을 기다리는 문의 1건");
		assertThat(desk.select(".seller-question a.button").attr("href"))
			.isEqualTo("/seller/questions/" + questionId + "/answer");

		Document tooShort = page(post("/seller/questions/" + questionId + "/answer").param("answer", " ")
			.with(user(this.shop.owner()))
			.with(csrf()));
		assertThat(tooShort.select("#answer-error").text()).isEqualTo("답변 내용을 써 주세요.");
		Document tooLong = page(post("/seller/questions/" + questionId + "/answer").param("answer", "가".repeat(2001))
			.with(user(this.shop.owner()))
			.with(csrf()));
		assertThat(tooLong.select("#answer-error").text()).isEqualTo("답변은 2,000자 이하로 써 주세요.");
		assertThat(tooLong.select("#answer").text()).hasSize(2001);

		this.mvc
			.perform(post("/seller/questions/" + questionId + "/answer").param("answer", "지름은 30cm입니다.")
				.with(user(this.shop.owner()))
				.with(csrf()))
			.andExpect(redirectedUrl("/seller/questions"))
			.andExpect(flash().attribute("notice", "qna.answer.saved"));
		// Answered once: a second answer changes nothing.
		this.mvc
			.perform(post("/seller/questions/" + questionId + "/answer").param("answer", "다시 씁니다.")
				.with(user(this.shop.owner()))
				.with(csrf()))
			.andExpect(flash().attribute("notice", "qna.answer.already"));

		Document answered = page(get("/products/" + this.product));
		assertThat(answered.select(".question .question-answer-body").text()).isEqualTo("지름은 30cm입니다.");
		assertThat(answered.select(".question .status-chip").text()).isEqualTo("답변 완료");
		awaitNotification(this.asker, "QUESTION_ANSWERED");
		Document mine = page(get("/questions/mine").with(user(this.asker)));
		assertThat(mine.select(".question .question-answer-body").text()).isEqualTo("지름은 30cm입니다.");
		assertThat(page(get("/seller/questions").with(user(this.shop.owner()))).select(".unanswered-count").text())
			.isEqualTo("답변을 기다리는 문의가 없습니다.");
	}

	@Test
	void aPrivateQuestionIsReadOnlyByItsAskerTheSellerAndStaff() throws Exception {
		ask(this.asker, SECRET, true).andExpect(status().is3xxRedirection());
		long questionId = questionIdOf(this.product);
		this.mvc
			.perform(post("/seller/questions/" + questionId + "/answer").param("answer", "네, 목요일에 도착합니다.")
				.with(user(this.shop.owner()))
				.with(csrf()))
			.andExpect(redirectedUrl("/seller/questions"));

		String anonymous = html(get("/products/" + this.product));
		assertThat(anonymous).doesNotContain("종로구").doesNotContain("목요일");
		Document shown = Jsoup.parse(anonymous);
		assertThat(shown.select(".question .question-body").text()).isEqualTo("비밀글입니다.");
		assertThat(shown.select(".question .secret-chip").text()).isEqualTo("비밀글");
		assertThat(html(get("/products/" + this.product).with(user(this.accounts.create("남궁엿봄")))))
			.doesNotContain("종로구");
		assertThat(html(get("/products/" + this.product + "/questions"))).doesNotContain("종로구");
		// Another seller is just another reader.
		OpenStore other = this.stores.open("다른 공방 " + questionId);
		assertThat(html(get("/products/" + this.product).with(user(other.owner())))).doesNotContain("종로구");
		this.mvc.perform(get("/seller/questions/" + questionId + "/answer").with(user(other.owner())))
			.andExpect(status().isNotFound());

		assertThat(html(get("/products/" + this.product).with(user(this.asker)))).contains("종로구").contains("목요일");
		assertThat(html(get("/products/" + this.product).with(user(this.shop.owner())))).contains("종로구");
		MallUser staff = this.accounts.create("관리자", Role.ADMIN);
		assertThat(html(get("/products/" + this.product).with(user(staff)))).contains("종로구");
		assertThat(html(get("/seller/questions").with(user(this.shop.owner())))).contains("종로구");
	}

	@Test
	void aQuestionToFixComesBackWithWhatWasTyped() throws Exception {
		ask(this.asker, "네?", true).andExpect(redirectedUrl("/products/" + this.product + "#qna"))
			.andExpect(flash().attribute("questionError", "qna.body.size"));
		// As a browser does: the redirect's page in the same session.
		Cookie session = ask(this.asker, "네?", true).andReturn().getResponse().getCookie("SESSION");
		assertThat(session).as("a session cookie").isNotNull();
		Document page = page(get("/products/" + this.product).with(user(this.asker)).cookie(session));
		assertThat(page.select("#question-body").text()).isEqualTo("네?");
		assertThat(page.select("#question-secret").hasAttr("checked")).isTrue();
		assertThat(page.select("#question-error").text()).isEqualTo("문의는 5자 이상 1,000자 이하로 써 주세요.");
		assertThat(page.select("#question-body").attr("aria-invalid")).isEqualTo("true");

		ask(this.asker, "가".repeat(1001), false).andExpect(flash().attribute("questionError", "qna.body.size"));
		ask(this.asker, "   ", false).andExpect(flash().attribute("questionError", "qna.body.required"));
		assertThat(this.jdbc.sql("SELECT count(*) FROM product_question WHERE product_id = ?")
			.param(this.product)
			.query(Long.class)
			.single()).isZero();

		// Only signed-in shoppers ask, and only about live listings.
		this.mvc.perform(post("/products/" + this.product + "/questions").param("body", "로그인 없이 묻습니다").with(csrf()))
			.andExpect(redirectedUrl("/login"));
		this.mvc.perform(
				post("/products/999999999/questions").param("body", "없는 상품에 묻습니다").with(user(this.asker)).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void theProductPageCountsEveryQuestionWhetherOrNotTheyFitOnIt() throws Exception {
		OpenStore other = this.stores.open("문의 많은 공방 " + this.product);
		long busy = TestListings.in(this.context).liveWithoutImage(other.store(), "문의 많은 채반 " + this.product, 9_000);
		for (int i = 1; i <= ProductQuestions.ON_PRODUCT_PAGE + 2; i++) {
			asked(busy, other, "문의 " + i);
		}
		asked(this.product, this.shop, "하나만 묻습니다");
		asked(this.product, this.shop, "하나 더 묻습니다");

		Document full = page(get("/products/" + busy));
		assertThat(full.select("#qna-title").text()).isEqualTo("상품 문의 (7)");
		assertThat(full.select(".question")).hasSize(ProductQuestions.ON_PRODUCT_PAGE);
		assertThat(full.select("#qna a[href='/products/" + busy + "/questions']").text()).isEqualTo("문의 7개 모두 보기");
		// Two questions fit on the page: counted as the page shows them, with no link to
		// more.
		Document few = page(get("/products/" + this.product));
		assertThat(few.select("#qna-title").text()).isEqualTo("상품 문의 (2)");
		assertThat(few.select(".question")).hasSize(2);
		assertThat(few.select("#qna a[href='/products/" + this.product + "/questions']")).isEmpty();
	}

	/** A question stored as asking one makes it, without the asking's limits. */
	private void asked(long productId, OpenStore seller, String body) {
		this.jdbc.sql("""
				INSERT INTO product_question (product_id, seller_id, asker_id, asker_name, body, private, asked_at)
				VALUES (?, ?, ?, '최문의', ?, false, now())""")
			.params(productId, seller.store().sellerId(), this.asker.getId(), body)
			.update();
	}

	private ResultActions ask(MallUser shopper, String body, boolean secret) throws Exception {
		return this.mvc.perform(post("/products/" + this.product + "/questions").param("body", body)
			.param("secret", String.valueOf(secret))
			.with(user(shopper))
			.with(csrf()));
	}

	private long questionIdOf(long productId) {
		return this.jdbc.sql("SELECT id FROM product_question WHERE product_id = ?")
			.param(productId)
			.query(Long.class)
			.single();
	}

	private void awaitNotification(MallUser account, String kind) {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.sql("SELECT count(*) FROM notification WHERE account_id = ? AND kind = ?")
				.param(account.getId())
				.param(kind)
				.query(Long.class)
				.single() == 1);
	}

	private String html(RequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private Document page(RequestBuilder request) throws Exception {
		return Jsoup.parse(html(request));
	}

}
