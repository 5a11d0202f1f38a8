package kr.valuemall.seller.centre;

import java.time.Instant;
import java.util.Optional;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import kr.valuemall.RenderedPage;
import kr.valuemall.WebSliceTest;
import kr.valuemall.account.MallUser;
import kr.valuemall.account.TestUsers;
import kr.valuemall.seller.Bank;
import kr.valuemall.seller.BusinessRegistrationNumber;
import kr.valuemall.seller.application.ApplicationDetails;
import kr.valuemall.seller.application.SellerApplication;
import kr.valuemall.seller.application.StoreProfile;
import kr.valuemall.seller.eligibility.Industry;
import kr.valuemall.seller.verification.BusinessStatus;
import kr.valuemall.seller.verification.BusinessStatusLookup;
import kr.valuemall.shared.Region;

import static kr.valuemall.RenderedPage.errorFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
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
 * The store profile form at {@code /seller/store}: a Korean message next to each field
 * the seller got wrong, with what was typed kept, and a good form saved as the seller
 * meant it (the phone number written the Korean way). The store behind it is a mock
 * ({@code StoreProfileTests} saves real ones).
 */
@WebSliceTest
class StoreProfileFormSliceTests {

	private static final MallUser SELLER = TestUsers.seller();

	@Autowired
	MockMvc mvc;

	@Autowired
	StoreProfiles profiles;

	@BeforeEach
	void aSellerWithAStore() {
		given(this.profiles.storeOf(SELLER.getId())).willReturn(Optional.of(store()));
	}

	@Test
	void theFormShowsTheStoreAsItIsAndOffersTheSignInAddressForAMissingEmail() throws Exception {
		Document page = RenderedPage.of(this.mvc, get("/seller/store").with(user(SELLER)));
		assertThat(page.getElementById("storeName").val()).isEqualTo("양평 목공소");
		assertThat(page.getElementById("phone").val()).isEqualTo("031-775-1234");
		assertThat(page.getElementById("email").val()).isEqualTo(SELLER.getUsername());
		assertThat(page.select("#region option[selected]").val()).isEqualTo("GYEONGGI");
		assertThat(page.text()).contains("/stores/yangpyeong-wood");
		assertThat(page.select("label[for=email]").text()).isEqualTo("이메일");
		// The error is named only when it is shown: an id that is not on the page is
		// invalid.
		assertThat(page.getElementById("email").attr("aria-describedby")).isEqualTo("email-hint");
	}

	@Test
	void eachBadFieldIsExplainedNextToItAndWhatWasTypedStays() throws Exception {
		Document page = RenderedPage.of(this.mvc,
				edit("", "소개".repeat(501), "12-34", "shop-at-example.com", " ", "ATLANTIS"));
		assertThat(page.select(".alert").text()).contains("입력한 내용을 다시 확인해 주세요");
		assertThat(errorFor(page, "storeName")).isEqualTo("상점 이름을 입력해 주세요.");
		assertThat(errorFor(page, "introduction")).isEqualTo("상점 소개는 1,000자 이하로 입력해 주세요.");
		assertThat(errorFor(page, "phone")).isEqualTo("전화번호 형식이 올바르지 않습니다. 예: 02-123-4567");
		assertThat(errorFor(page, "email")).isEqualTo("이메일 형식이 올바르지 않습니다. 예: shop@example.com");
		assertThat(errorFor(page, "businessAddress")).isEqualTo("사업장 주소를 입력해 주세요.");
		assertThat(errorFor(page, "region")).isEqualTo("목록에서 골라 주세요.");
		assertThat(page.getElementById("phone").val()).isEqualTo("12-34");
		assertThat(page.getElementById("email").val()).isEqualTo("shop-at-example.com");
		assertThat(page.getElementById("phone").attr("aria-invalid")).isEqualTo("true");
		then(this.profiles).should(never()).edit(anyLong(), anyString(), any());
	}

	@Test
	void theMessagesAreEnglishOnTheEnglishPage() throws Exception {
		Document page = RenderedPage.of(this.mvc,
				edit("", "소개", "031-775-1234", "not-an-address", "경기도 양평군", "GYEONGGI").param("lang", "en"));
		assertThat(errorFor(page, "storeName")).isEqualTo("Enter your store's name.");
		assertThat(errorFor(page, "email")).isEqualTo("This is not an e-mail address. For example shop@example.com");
	}

	@Test
	void aGoodFormSavesTheStoreAsTheSellerMeantIt() throws Exception {
		this.mvc
			.perform(edit("  양평 나무공방 ", "참나무로 도마를 만듭니다.", "0317759876", " hello@yangpyeong.example ",
					"경기도 양평군 양평읍 양근로 20", "GANGWON"))
			.andExpect(redirectedUrl("/seller/store"))
			.andExpect(flash().attribute("notice", "storeProfile.saved"));
		ArgumentCaptor<StoreProfile> saved = ArgumentCaptor.forClass(StoreProfile.class);
		then(this.profiles).should().edit(eq(SELLER.getId()), eq(SELLER.getUsername()), saved.capture());
		assertThat(saved.getValue()).isEqualTo(new StoreProfile("양평 나무공방", "참나무로 도마를 만듭니다.", "031-775-9876",
				"hello@yangpyeong.example", "경기도 양평군 양평읍 양근로 20", Region.GANGWON));
	}

	@Test
	void onlySellersEditAStoreAndOnlyTheirOwn() throws Exception {
		this.mvc.perform(get("/seller/store").with(user(TestUsers.shopper()))).andExpect(status().isForbidden());
		this.mvc.perform(get("/seller/store")).andExpect(status().is3xxRedirection());
		// A seller whose store is not open (any more) has nothing to edit.
		given(this.profiles.storeOf(SELLER.getId())).willReturn(Optional.empty());
		this.mvc.perform(get("/seller/store").with(user(SELLER))).andExpect(status().isNotFound());
		this.mvc.perform(edit("이름", "소개", "031-775-1234", "a@example.com", "경기도", "GYEONGGI"))
			.andExpect(status().isNotFound());
		then(this.profiles).should(never()).edit(anyLong(), anyString(), any());
	}

	private static MockHttpServletRequestBuilder edit(String storeName, String introduction, String phone, String email,
			String businessAddress, String region) {
		return post("/seller/store").param("storeName", storeName)
			.param("introduction", introduction)
			.param("phone", phone)
			.param("email", email)
			.param("businessAddress", businessAddress)
			.param("region", region)
			.with(user(SELLER))
			.with(csrf());
	}

	/** An approved store with no contact e-mail yet, as stores opened before it have. */
	static SellerApplication store() {
		Instant now = Instant.parse("2026-01-05T00:00:00Z");
		ApplicationDetails details = new ApplicationDetails("양평목공", "박목수", new BusinessRegistrationNumber("1208147521"),
				"제2026-양평-0001호", "양평군청", Industry.MANUFACTURING, 2, 100_000_000L, "경기도 양평군 양평읍 양근로 10",
				Region.GYEONGGI, "031-775-1234", Bank.KB, "unused", "1234", "양평목공", "양평 목공소", "yangpyeong-wood",
				"경기 양평에서 참나무 가구를 만듭니다.");
		SellerApplication store = new SellerApplication(SELLER.getId(), details,
				new BusinessStatusLookup.Answer(BusinessStatus.ACTIVE, "test", now), SELLER.getUsername(), now);
		store.approve("staff@example.com", now);
		return store;
	}

}
