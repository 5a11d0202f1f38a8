package kr.valuemall.catalog.listing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import kr.valuemall.IntegrationTest;
import kr.valuemall.account.MallUser;
import kr.valuemall.account.Role;
import kr.valuemall.account.TestAccounts;
import kr.valuemall.catalog.TestNotices;
import kr.valuemall.origin.OriginApi;
import kr.valuemall.origin.ScreeningReason;
import kr.valuemall.seller.TestStores;
import kr.valuemall.seller.TestStores.OpenStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each kind of listing issue 16 names, typed into the real seller form and published: the
 * imports are held and the seller's edit page says why in words a seller understands; the
 * domestic ones that only look imported go on sale.
 */
@IntegrationTest
class OriginScreeningFormTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestStores stores;

	@Autowired
	ProductRepository products;

	@Autowired
	OriginApi origin;

	@Autowired
	TestAccounts accounts;

	static Stream<Arguments> imports() {
		return Stream.of(
				Arguments.of("channel phrases only", "kitchen-appliances", "휴대용 무선 블렌더",
						"해외 현지 창고에서 출고되는 상품이라 개인통관고유부호를 꼭 적어 주세요. 도착까지 8~16일 걸립니다.", "배송·통관·표시 표현"),
				Arguments.of("a foreign country on a label", "clothing", "데일리 코튼 셔츠",
						"한빛어패럴 자체 디자인 셔츠. 제조국: 인도네시아 / 책임판매: 한빛어패럴", "해외 제조·원산지"),
				Arguments.of("a foreign place in Chinese", "toys", "원목 자동차 장난감", "아이가 좋아하는 원목 자동차. 产地: 浙江 温州",
						"해외 제조·원산지"),
				Arguments.of("made in, in English", "camping", "캠핑 접이식 테이블", "가벼운 알루미늄 테이블. Made in Thailand.",
						"해외 제조·원산지"),
				Arguments.of("a Korean company's factory abroad", "home-appliances", "미니 전기 히터",
						"국내 중소기업이 기획하고 캄보디아 자사 공장에서 생산한 히터입니다.", "해외 제조·원산지"),
				Arguments.of("overseas OEM", "skincare", "수분 진정 앰플", "국내 브랜드 앰플, 해외 OEM 생산 제품입니다.", "해외 제조·원산지"),
				Arguments.of("a foreign brand in Hangul", "kitchen-appliances", "드롱기 반자동 에스프레소 머신",
						"홈카페 입문용 에스프레소 머신, 정품 박스", "해외 브랜드"),
				Arguments.of("an official importer", "bags", "가죽 백팩", "국내 정식 수입 제품으로 보증서가 함께 갑니다.", "수입을 뜻하는 표현"),
				Arguments.of("cross-border slang", "pet-supplies", "고양이 터널 장난감", "테무에서 난리 난 그 터널, 국내 재고로 빠르게 보내요.",
						"직구·수입 쇼핑몰"),
				Arguments.of("an origin label that names no country", "clothing", "여성 울 머플러",
						"부드러운 울 머플러입니다. 제조국: 입고 차수별 상이(택 참조)", "원산지 표시에 나라 이름 없이"));
	}

	static Stream<Arguments> domestic() {
		return Stream.of(
				Arguments.of("a contrast with imports", "kitchenware", "스테인리스 쟁반",
						"값싼 수입산 쟁반과 달리 경남 김해 공장에서 두꺼운 스텐을 프레스로 찍어 만듭니다.", null),
				Arguments.of("a negation", "cleaning-laundry", "면 행주 5장", "수입산 아님! 경기 양주 공장에서 직조한 면 행주입니다.", null),
				Arguments.of("imported fabric sewn here", "clothing", "여름 린넨 팬츠", "원단: 중국산 린넨 / 재단·봉제: 서울 창신동 자체 공장",
						"RAW_MATERIAL_ORIGIN"),
				Arguments.of("imported meat processed here", "processed-food", "한입 떡갈비",
						"원재료: 돼지고기(스페인산), 양파(국산). 충북 음성 자사 공장에서 직접 빚어 굽습니다.", "RAW_MATERIAL_ORIGIN"),
				Arguments.of("an export model", "fitness", "실리콘 요가 블록", "미국 요가 스튜디오에 수출하는 모델입니다. 경기 시흥 공장 생산, 해외배송 가능.",
						null));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("imports")
	void anImportIsHeldWithAReasonTheSellerReads(String kind, String category, String name, String description,
			String reasonWords) throws Exception {
		OpenStore shop = this.stores.open("검수 가게 " + Math.abs(name.hashCode()));
		long id = publish(shop, category, name, description);

		assertThat(this.products.findById(id).orElseThrow().getStatus()).as(kind).isEqualTo(ProductStatus.HELD);
		Document edit = page(shop, "/seller/products/" + id + "/edit");
		assertThat(edit.select(".status-card .reasons li").text()).as(kind).contains(reasonWords);
		this.mvc.perform(get("/products/" + id)).andExpect(status().isNotFound());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("domestic")
	void aDomesticListingThatOnlyLooksImportedGoesOnSale(String kind, String category, String name, String description,
			String shownReason) throws Exception {
		OpenStore shop = this.stores.open("국산 가게 " + Math.abs(name.hashCode()));
		long id = publish(shop, category, name, description);

		assertThat(this.products.findById(id).orElseThrow().getStatus())
			.as("%s: %s", kind, this.origin.reviewOf(id).orElseThrow().reasons())
			.isEqualTo(ProductStatus.LIVE);
		this.mvc.perform(get("/products/" + id)).andExpect(status().isOk());
		if (shownReason != null) {
			assertThat(this.origin.reviewOf(id).orElseThrow().reasons()).extracting(ScreeningReason::code)
				.contains(shownReason);
		}
	}

	@Test
	void staffReviewTheWholeHeldListingWithTheWordsMarkedAndDecideFromItsPreview() throws Exception {
		OpenStore shop = this.stores.open("미리보기 가게");
		long earlier = publish(shop, "kitchenware", "원목 국자", "경기 가평 공방에서 만든 원목 국자입니다.");
		long id = publish(shop, "kitchenware", "스텐 냄비 3종", "튼튼한 스텐 냄비. 제조국: 베트남 / 국내 AS 1년");
		MallUser staff = this.accounts.create("검수 담당 " + id, Role.ADMIN);

		Document review = Jsoup.parse(this.mvc.perform(get("/admin/listings/" + id).with(user(staff)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(review.select(".origin-text").text()).contains("튼튼한 스텐 냄비", "국내 AS 1년");
		assertThat(review.select(".origin-text mark").eachText()).containsExactly("제조국: 베트남");
		assertThat(review.select(".origin-others a").eachText()).containsExactly("원목 국자");
		assertThat(review.text()).contains(shop.store().storeName(), "경기도");
		assertThat(review.select(".origin-others .status").eachText()).containsExactly("판매 중");

		this.mvc.perform(get("/products/" + id)).andExpect(status().isNotFound());
		Document preview = Jsoup.parse(this.mvc.perform(get("/products/" + id).with(user(staff)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(preview.select(".preview-banner").text()).contains("운영팀 미리보기", "검수 대기");
		assertThat(preview.select("h1").text()).isEqualTo("스텐 냄비 3종");
		this.mvc.perform(post(preview.select(".preview-banner form").attr("action")).with(user(staff)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.products.findById(id).orElseThrow().getStatus() == ProductStatus.LIVE);
		this.mvc.perform(get("/products/" + id)).andExpect(status().isOk());
	}

	@Test
	void aResellerNamesItsKoreanMakerByAValidBusinessNumberShownOnTheProductPage() throws Exception {
		OpenStore shop = this.stores.open("유통 가게");
		Map<String, String> fields = SellerListingTests.chair("협력 공방 원목 의자");
		fields.put("makerRole", "RESELLER");
		fields.put("manufacturer", "한빛목공(주)");
		fields.put("description", "경기 양평 한빛목공에서 만든 원목 의자를 받아 판매합니다.");

		Document missing = Jsoup.parse(this.mvc.perform(request(shop, fields))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(missing.getElementById("makerBusinessNumber-error").text()).contains("국내 제조사의 사업자등록번호");
		assertThat(missing.getElementById("name").val()).isEqualTo("협력 공방 원목 의자");

		fields.put("makerBusinessNumber", "120-81-47522");
		Document wrong = Jsoup.parse(this.mvc.perform(request(shop, fields))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(wrong.getElementById("makerBusinessNumber-error").text()).contains("올바르지 않습니다");
		assertThat(wrong.getElementById("makerBusinessNumber").val()).isEqualTo("120-81-47522");
		assertThat(this.products.findBySellerIdOrderByUpdatedAtDesc(shop.store().sellerId())).isEmpty();

		fields.put("makerBusinessNumber", "120 81 47521");
		String location = this.mvc.perform(request(shop, fields))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.replaceAll("\\D+(\\d+)/edit$", "$1"));
		assertThat(this.products.findById(id).orElseThrow().getStatus()).isEqualTo(ProductStatus.LIVE);
		Document page = Jsoup.parse(this.mvc.perform(get("/products/" + id))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select(".origin-badge .maker-number").text()).isEqualTo("제조사 사업자등록번호 120-81-47521");
		assertThat(page(shop, "/seller/products/" + id + "/edit").getElementById("makerBusinessNumber").val())
			.isEqualTo("120-81-47521");
	}

	private static MockMultipartHttpServletRequestBuilder request(OpenStore shop, Map<String, String> fields) {
		MockMultipartHttpServletRequestBuilder request = multipart("/seller/products");
		fields.forEach(request::param);
		request.param("action", "publish");
		request.with(user(shop.owner())).with(csrf());
		return request;
	}

	private long publish(OpenStore shop, String category, String name, String description) throws Exception {
		Map<String, String> fields = SellerListingTests.chair(name);
		fields.put("categorySlug", category);
		fields.put("description", description);
		fields.put("manufacturer", shop.store().storeName());
		fields.putAll(TestNotices.formFields(category, name, shop.store().storeName()));
		MockMultipartHttpServletRequestBuilder request = multipart("/seller/products");
		fields.forEach(request::param);
		request.param("action", "publish");
		request.with(user(shop.owner())).with(csrf());
		String location = this.mvc.perform(request)
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.replaceAll("\\D+(\\d+)/edit$", "$1"));
	}

	private Document page(OpenStore shop, String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).with(user(shop.owner())))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

}
