package kr.valuemall.catalog.reviews;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import kr.valuemall.catalog.images.ReviewPhotos;
import kr.valuemall.RenderedPage;
import kr.valuemall.ErrorPages;
import kr.valuemall.WebSliceTest;
import kr.valuemall.account.MallUser;
import kr.valuemall.account.TestUsers;
import kr.valuemall.seller.SellerApi;
import kr.valuemall.seller.StoreSummary;
import kr.valuemall.seller.TestStores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The review form a shopper fills in for a confirmed purchase, and the seller's reply
 * form: a Korean message next to each bad field, what was typed kept, nothing written.
 * The purchases and reviews behind them are a mocked {@link ProductReviews};
 * {@code ProductReviewTests} writes real ones.
 */
@WebSliceTest
class ReviewFormSliceTests {

	private static final String GOOD_TEXT = "나무결이 곱고 마감이 깔끔해서 아주 만족합니다.";

	private static final MallUser SHOPPER = TestUsers.shopper();

	private static final MallUser SELLER = TestUsers.seller();

	private static final StoreSummary STORE = TestStores.summary(SELLER, 77, "리뷰 공방");

	private static final long LINE = 3_001;

	private static final long REVIEW = 4_001;

	@Autowired
	MockMvc mvc;

	@Autowired
	ProductReviews reviews;

	@Autowired
	SellerApi sellers;

	@Autowired
	ReviewPhotos photos;

	@BeforeEach
	void aConfirmedPurchaseAndItsReview() {
		given(this.photos.prepare(any())).willReturn(ReviewPhotos.Prepared.NONE);
		given(this.reviews.lineToReview(LINE, SHOPPER.getId())).willReturn(new ReviewableLine(LINE, SHOPPER.getId(),
				501, STORE.sellerId(), "20260105-000123", "참나무 스툴", Instant.parse("2026-01-10T03:00:00Z")));
		given(this.sellers.storeOfAccount(SELLER.getId())).willReturn(Optional.of(STORE));
		given(this.reviews.ofSeller(REVIEW, STORE.sellerId())).willReturn(new ReviewView(REVIEW, 501, "참나무 스툴", 4,
				GOOD_TEXT, "테*구매자", Instant.parse("2026-01-11T03:00:00Z"), null, null));
	}

	@Test
	void aBadRatingOrTextIsExplainedInKoreanAndWhatWasTypedStays() throws Exception {
		Document noStars = page(review(null, "짧아요"));
		assertThat(noStars.getElementById("rating-error").text()).isEqualTo("별점을 골라 주세요.");
		assertThat(noStars.getElementById("body-error").text()).isEqualTo("리뷰는 10자 이상 1,000자 이하로 써 주세요.");
		assertThat(noStars.getElementById("body").text()).isEqualTo("짧아요");
		assertThat(noStars.select(".error-summary").text()).isNotBlank();

		for (String rating : List.of("0", "6", "별다섯")) {
			Document bad = page(review(rating, GOOD_TEXT));
			assertThat(bad.getElementById("rating-error").text()).as(rating).isEqualTo("별점은 1점부터 5점 사이에서 골라 주세요.");
			assertThat(bad.getElementById("body").text()).isEqualTo(GOOD_TEXT);
			assertThat(bad.getElementById("body-error")).isNull();
		}

		Document tooLong = page(review("3", "가".repeat(1001)));
		assertThat(tooLong.getElementById("body-error").text()).isEqualTo("리뷰는 10자 이상 1,000자 이하로 써 주세요.");
		assertThat(tooLong.select("#rating-3[checked]")).hasSize(1);

		// Spaces do not make a short review long enough.
		Document padded = page(review("3", "  좋아요" + " ".repeat(20)));
		assertThat(padded.getElementById("body-error")).isNotNull();
		then(this.reviews).should(never()).write(anyLong(), anyLong(), anyString(), anyInt(), anyString(), any());
	}

	@Test
	void aGoodReviewIsWrittenOnceAndTheSameFormSentAgainAtOnceIsThankedNotRefused() throws Exception {
		this.mvc.perform(review("5", GOOD_TEXT))
			.andExpect(redirectedUrl("/reviews/mine"))
			.andExpect(flash().attribute("notice", "review.thanks"));
		then(this.reviews).should()
			.write(LINE, SHOPPER.getId(), SHOPPER.getDisplayName(), 5, GOOD_TEXT, ReviewPhotos.Prepared.NONE);

		// What the reviews say when a racing submit of the same line wrote it first.
		given(this.reviews.write(LINE, SHOPPER.getId(), SHOPPER.getDisplayName(), 5, GOOD_TEXT,
				ReviewPhotos.Prepared.NONE))
			.willThrow(ReviewAlreadyWritten.forLine(LINE));
		this.mvc.perform(review("5", GOOD_TEXT))
			.andExpect(redirectedUrl("/reviews/mine"))
			.andExpect(flash().attribute("notice", "review.already"));
	}

	@Test
	void aLineThatIsNotANumberIsABadRequestAndVisitorsAreSentToLogIn() throws Exception {
		MvcResult bad = this.mvc.perform(get("/reviews/new").param("line", "abc").with(user(SHOPPER)))
			.andExpect(status().isBadRequest())
			.andReturn();
		assertThat(ErrorPages.shownFor(this.mvc, bad).select("h1").text()).isEqualTo("요청을 처리할 수 없습니다");
		this.mvc.perform(get("/reviews/new").param("line", String.valueOf(LINE)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void aPurchaseOfSomeoneElseIsNotFound() throws Exception {
		given(this.reviews.lineToReview(LINE, SHOPPER.getId())).willThrow(ReviewNotFound.line(LINE));
		this.mvc.perform(review("5", GOOD_TEXT)).andExpect(status().isNotFound());
		then(this.reviews).should(never()).write(anyLong(), anyLong(), anyString(), anyInt(), anyString(), any());
	}

	@Test
	void anEmptyOrOverlongReplyIsExplainedAndTheReviewStaysInView() throws Exception {
		Document empty = page(reply("  "));
		assertThat(empty.getElementById("reply-error").text()).isEqualTo("답글 내용을 써 주세요.");
		assertThat(empty.text()).contains(GOOD_TEXT);

		Document tooLong = page(reply("답".repeat(1001)));
		assertThat(tooLong.getElementById("reply-error").text()).isEqualTo("답글은 1,000자 이하로 써 주세요.");
		assertThat(tooLong.getElementById("reply").text()).isEqualTo("답".repeat(1001));
		then(this.reviews).should(never()).reply(anyLong(), anyLong(), anyString());
	}

	@Test
	void onlySellersMayReplyAndOnlyToTheirOwnReviews() throws Exception {
		this.mvc.perform(
				post("/seller/reviews/" + REVIEW + "/reply").param("reply", "고맙습니다.").with(user(SHOPPER)).with(csrf()))
			.andExpect(status().isForbidden());
		given(this.reviews.ofSeller(REVIEW, STORE.sellerId())).willThrow(ReviewNotFound.review(REVIEW));
		this.mvc.perform(get("/seller/reviews/" + REVIEW + "/reply").with(user(SELLER)))
			.andExpect(status().isNotFound());
		then(this.reviews).should(never()).reply(anyLong(), anyLong(), anyString());
	}

	private static MockHttpServletRequestBuilder review(String rating, String body) {
		MockHttpServletRequestBuilder request = post("/reviews/new").param("line", String.valueOf(LINE))
			.param("body", body)
			.with(user(SHOPPER))
			.with(csrf());
		return (rating != null) ? request.param("rating", rating) : request;
	}

	private static MockHttpServletRequestBuilder reply(String text) {
		return post("/seller/reviews/" + REVIEW + "/reply").param("reply", text).with(user(SELLER)).with(csrf());
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return RenderedPage.of(this.mvc, request);
	}

}
