package kr.valuemall.catalog.listing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import kr.valuemall.IntegrationTest;
import kr.valuemall.account.MallUser;
import kr.valuemall.account.Role;
import kr.valuemall.account.TestAccounts;
import kr.valuemall.catalog.TestNotices;
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

@IntegrationTest
class SellerListingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestStores stores;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ProductRepository products;

	@Test
	void aDomesticListingGoesLiveWithItsOriginBadgeAndSellerIdentity() throws Exception {
		OpenStore shop = this.stores.open("양평 목공소");
		long id = create(shop, chair("참나무 원목 스툴"), "publish");
		assertThat(this.products.findById(id).orElseThrow().getStatus()).isEqualTo(ProductStatus.LIVE);

		Document page = page(get("/products/" + id));
		assertThat(page.select("h1").text()).isEqualTo("참나무 원목 스툴");
		assertThat(page.select(".origin-badge").text()).contains("국내 제조 확인", "양평 목공소", "경기도", "직접 제조");
		assertThat(page.select(".seller-box").text()).contains(shop.store().businessRegistrationNumber(),
				shop.store().mailOrderReportNumber(), shop.store().representative());
		assertThat(page.select(".price").text()).isEqualTo("59,000원");
		assertThat(page(get("/stores/" + shop.store().slug())).select(".product-name").eachText())
			.contains("참나무 원목 스툴");
		assertThat(page(get("/products?category=furniture-interior")).select(".product-name").eachText())
			.contains("참나무 원목 스툴");
		assertThat(page(get("/products?q=" + "원목 스툴")).select(".product-name").eachText()).contains("참나무 원목 스툴");
	}

	@Test
	void aListingThatIsNotDomesticCannotBePublishedAndTheFormSaysWhy() throws Exception {
		OpenStore shop = this.stores.open("수입 잡화");
		Map<String, String> fields = chair("미국산 캠핑 의자");
		fields.put("originKind", "IMPORTED");
		fields.put("importer", "글로벌무역");
		fields.remove("attested");
		Document refused = page(form(shop, "/seller/products", fields, "publish"));
		assertThat(refused.getElementById("originKind-error").text()).contains("국내에서 제조한 상품만");
		assertThat(refused.getElementById("attested-error").text()).contains("사실임을 확인");
		assertThat(refused.getElementById("name").val()).isEqualTo("미국산 캠핑 의자");
		assertThat(this.products.findBySellerIdOrderByUpdatedAtDesc(shop.store().sellerId())).isEmpty();

		long draft = create(shop, fields, "save");
		assertThat(this.products.findById(draft).orElseThrow().getStatus()).isEqualTo(ProductStatus.DRAFT);
		this.mvc.perform(get("/products/" + draft)).andExpect(status().isNotFound());
	}

	@Test
	void aListingThatLooksImportedWaitsForStaffThenGoesLiveOnApproval() throws Exception {
		OpenStore shop = this.stores.open("무늬만 국산");
		long id = create(shop, chair("다이슨 무선 청소기 중국산 정품"), "publish");
		assertThat(this.products.findById(id).orElseThrow().getStatus()).isEqualTo(ProductStatus.HELD);
		this.mvc.perform(get("/products/" + id)).andExpect(status().isNotFound());
		assertThat(page(get("/stores/" + shop.store().slug())).select(".product-name")).isEmpty();
		Document mine = page(get("/seller/products").with(user(shop.owner())));
		assertThat(mine.select(".listing-row").text()).contains("검수 대기", "중국산");

		MallUser staff = this.accounts.create("검수 담당", Role.ADMIN);
		this.mvc.perform(post("/admin/listings/" + id + "/approve").with(user(staff)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.products.findById(id).orElseThrow().getStatus() == ProductStatus.LIVE);
		this.mvc.perform(get("/products/" + id)).andExpect(status().isOk());
	}

	@Test
	void editingALiveListingScreensItAgain() throws Exception {
		OpenStore shop = this.stores.open("바뀐 설명");
		long id = create(shop, chair("호두나무 도마"), "publish");
		Map<String, String> edited = chair("호두나무 도마");
		edited.put("description", "Made in China. 해외직구 상품입니다.");
		this.mvc.perform(form(shop, "/seller/products/" + id, edited, "save"));
		assertThat(this.products.findById(id).orElseThrow().getStatus()).isEqualTo(ProductStatus.HELD);
		this.mvc.perform(get("/products/" + id)).andExpect(status().isNotFound());
	}

	@Test
	void editingAwayTheWordsThatHeldAListingDoesNotReleaseIt() throws Exception {
		OpenStore shop = this.stores.open("눈속임 가게");
		long id = create(shop, chair("중국산 접이식 의자"), "publish");
		assertThat(this.products.findById(id).orElseThrow().getStatus()).isEqualTo(ProductStatus.HELD);
		this.mvc.perform(form(shop, "/seller/products/" + id, chair("접이식 의자"), "save"));
		assertThat(this.products.findById(id).orElseThrow().getStatus()).isEqualTo(ProductStatus.HELD);
		this.mvc.perform(post("/seller/products/" + id + "/unpublish").with(user(shop.owner())).with(csrf()));
		this.mvc.perform(form(shop, "/seller/products/" + id, chair("접이식 의자"), "publish"));
		assertThat(this.products.findById(id).orElseThrow().getStatus())
			.as("nor does unpublishing and publishing again")
			.isEqualTo(ProductStatus.HELD);
		this.mvc.perform(get("/products/" + id)).andExpect(status().isNotFound());
	}

	@Test
	void aSellerCannotSeeOrChangeAnotherSellersListing() throws Exception {
		OpenStore owner = this.stores.open("주인 가게");
		OpenStore other = this.stores.open("남의 가게");
		long id = create(owner, chair("주인의 의자"), "save");
		this.mvc.perform(get("/seller/products/" + id + "/edit").with(user(other.owner())))
			.andExpect(status().isNotFound());
		this.mvc.perform(form(other, "/seller/products/" + id, chair("가로챈 의자"), "publish"))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/seller/products/" + id + "/unpublish").with(user(other.owner())).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(page(get("/seller/products").with(user(other.owner()))).text()).doesNotContain("주인의 의자");
		assertThat(this.products.findById(id).orElseThrow().getName()).isEqualTo("주인의 의자");
		this.mvc.perform(get("/seller/products").with(user(this.accounts.create("구매자"))))
			.andExpect(status().isForbidden());
	}

	@Test
	void aRenamedNonImageIsRefusedAndNothingIsStored() throws Exception {
		OpenStore shop = this.stores.open("사진 가게");
		long id = create(shop, chair("사진 없는 의자"), "save");
		MockMultipartFile renamed = new MockMultipartFile("images", "chair.jpg", "image/jpeg",
				"%PDF-1.4 not a picture".getBytes(StandardCharsets.US_ASCII));
		var result = this.mvc
			.perform(
					multipart("/seller/products/" + id + "/images").file(renamed).with(user(shop.owner())).with(csrf()))
			.andReturn();
		assertThat(result.getFlashMap().get("imageProblem")).isEqualTo("image.invalid.type");
		Document edit = page(get("/seller/products/" + id + "/edit").with(user(shop.owner())));
		assertThat(edit.select(".image-list img")).isEmpty();
	}

	@Test
	void unpublishedListingsDisappearFromShoppers() throws Exception {
		OpenStore shop = this.stores.open("잠시 쉼");
		long id = create(shop, chair("쉬는 의자"), "publish");
		this.mvc.perform(post("/seller/products/" + id + "/unpublish").with(user(shop.owner())).with(csrf()));
		// 410 Gone: search engines drop the page (ProductController).
		this.mvc.perform(get("/products/" + id)).andExpect(status().isGone());
		assertThat(page(get("/")).text()).doesNotContain("쉬는 의자");
	}

	private long create(OpenStore shop, Map<String, String> fields, String action) throws Exception {
		String location = this.mvc.perform(form(shop, "/seller/products", fields, action))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.replaceAll("\\D+(\\d+)/edit$", "$1"));
	}

	private static MockMultipartHttpServletRequestBuilder form(OpenStore shop, String path, Map<String, String> fields,
			String action) {
		MockMultipartHttpServletRequestBuilder request = multipart(path);
		fields.forEach(request::param);
		request.param("action", action);
		request.with(user(shop.owner())).with(csrf());
		return request;
	}

	private Document page(RequestBuilder request) throws Exception {
		return Jsoup
			.parse(this.mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	static Map<String, String> chair(String name) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("categorySlug", "chairs-stools");
		fields.put("name", name);
		fields.put("description", "경기 양평 공방에서 국산 참나무를 깎아 만들고 오일로 마감했습니다.");
		fields.put("price", "59,000");
		fields.put("stock", "12");
		fields.put("shippingFee", "3000");
		fields.put("originKind", "DOMESTIC");
		fields.put("importer", "");
		fields.put("manufacturer", "양평 목공소");
		fields.put("madeRegion", "GYEONGGI");
		fields.put("makerRole", "MAKER");
		fields.put("attested", "true");
		fields.putAll(TestNotices.formFields("chairs-stools", name, "양평 목공소"));
		return fields;
	}

}
