package kr.valuemall.promotion;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import javax.imageio.ImageIO;

import java.awt.image.BufferedImage;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import kr.valuemall.IntegrationTest;
import kr.valuemall.TestClock;
import kr.valuemall.account.MallUser;
import kr.valuemall.account.Role;
import kr.valuemall.account.TestAccounts;
import kr.valuemall.catalog.TestProducts;
import kr.valuemall.seller.TestStores;
import kr.valuemall.seller.TestStores.OpenStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Campaigns from end to end through their pages: staff create one with a banner, sellers
 * put their own products in within the campaign's maximum, and shoppers see the list
 * price struck through beside the campaign price, on the campaign's page and linked from
 * the home page.
 */
@IntegrationTest
class CampaignPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestStores stores;

	@Autowired
	TestProducts products;

	@Autowired
	Campaigns campaigns;

	@Autowired
	TestClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void staffCreateACampaignWithABannerAtAnAddressOfItsOwn() throws Exception {
		MallUser staff = this.accounts.create("관리자", Role.ADMIN);
		String slug = "winter-" + UUID.randomUUID().toString().substring(0, 8);
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), Campaign.KOREA);
		MockHttpServletResponse created = this.mvc
			.perform(campaignForm("/admin/campaigns/new", "겨울 가치 세일", slug, today.minusDays(1).toString(),
					today.plusDays(6).toString(), "30", png())
				.with(user(staff)))
			.andReturn()
			.getResponse();
		assertThat(created.getRedirectedUrl()).isEqualTo("/admin/campaigns");
		Document duplicate = page(
				campaignForm("/admin/campaigns/new", "다른 세일", slug, today.toString(), today.toString(), "10", null)
					.with(user(staff)));
		assertThat(duplicate.getElementById("slug-error").text()).isEqualTo("이미 다른 기획전이 쓰는 주소입니다.");

		MockHttpServletResponse banner = this.mvc.perform(get("/campaigns/" + slug + "/banner"))
			.andReturn()
			.getResponse();
		assertThat(banner.getContentType()).isEqualTo("image/png");
		assertThat(banner.getHeader("Cache-Control")).contains("max-age");
		String etag = banner.getHeader("ETag");
		assertThat(etag).isNotBlank();
		assertThat(this.mvc.perform(get("/campaigns/" + slug + "/banner").header("If-None-Match", etag))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(304);
		assertThat(this.mvc.perform(get("/admin/campaigns").with(user(this.accounts.create("손님", Role.SHOPPER))))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

	@Test
	void aSellerPutsOwnProductsInWithinTheMaximumAndShoppersSeeTheCampaignPrice() throws Exception {
		OpenStore shop = this.stores.open("기획전 참여 공방");
		OpenStore other = this.stores.open("남의 공방");
		long stool = this.products.live(shop.store().sellerId(), "참여 스툴", 50_000, 5, 3_000);
		long notMine = this.products.live(other.store().sellerId(), "남의 스툴", 50_000, 5, 3_000);
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), Campaign.KOREA);
		String slug = "join-" + UUID.randomUUID().toString().substring(0, 8);
		long id = this.campaigns
			.create(new Campaigns.Details("참여 세일", slug, "함께하는 세일", today.minusDays(1), today.plusDays(3), 30), null);

		Document joinPage = page(get("/seller/campaigns/" + id).with(user(shop.owner())));
		assertThat(joinPage.select("#productId option").eachAttr("value")).contains(Long.toString(stool))
			.doesNotContain(Long.toString(notMine));
		Document tooMuch = page(join(shop, id, stool, "40", ""));
		assertThat(tooMuch.getElementById("discountPercent-error").text()).isNotBlank();
		assertThat(tooMuch.getElementById("discountPercent").val()).isEqualTo("40");
		Document both = page(join(shop, id, stool, "10", "40000"));
		assertThat(both.getElementById("discountPercent-error").text()).isEqualTo("할인율과 기획전 가격 중 하나만 입력해 주세요.");
		Document tooLow = page(join(shop, id, stool, "", "30000"));
		assertThat(tooLow.getElementById("campaignPrice-error").text()).contains("35,000원보다 낮출 수 없습니다");
		Document others = page(join(shop, id, notMine, "10", ""));
		assertThat(others.getElementById("productId-error").text()).isEqualTo("내 가게에서 판매 중인 상품만 올릴 수 있습니다.");

		assertThat(this.mvc.perform(join(shop, id, stool, "15", "")).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/seller/campaigns/" + id);
		Document again = page(join(shop, id, stool, "10", ""));
		assertThat(again.getElementById("productId-error")).isNotNull();

		Document campaign = page(get("/campaigns/" + slug));
		assertThat(campaign.select("h1").text()).isEqualTo("참여 세일");
		assertThat(campaign.select(".campaign-product-name").text()).isEqualTo("참여 스툴");
		assertThat(campaign.select(".campaign-product del").text()).isEqualTo("50,000원");
		assertThat(campaign.select(".campaign-price").text()).isEqualTo("42,500원");
		assertThat(page(get("/")).select(".campaigns-now a[href=/campaigns/" + slug + "]")).hasSize(1);

		// Taken out again by its seller only.
		this.mvc.perform(post("/seller/campaigns/" + id + "/products/" + stool + "/delete").with(csrf())
			.with(user(other.owner())));
		assertThat(page(get("/campaigns/" + slug)).select(".campaign-product")).hasSize(1);
		this.mvc.perform(post("/seller/campaigns/" + id + "/products/" + stool + "/delete").with(csrf())
			.with(user(shop.owner())));
		assertThat(page(get("/campaigns/" + slug)).select(".campaign-product")).isEmpty();
	}

	@Test
	void anEndedCampaignSaysSoAndTakesNoMoreProductsAndAnUnknownOneIsNotFound() throws Exception {
		OpenStore shop = this.stores.open("지난 기획전 공방");
		long stool = this.products.live(shop.store().sellerId(), "지난 스툴", 50_000, 5, 3_000);
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), Campaign.KOREA);
		String ended = "ended-" + UUID.randomUUID().toString().substring(0, 8);
		long id = this.campaigns
			.create(new Campaigns.Details("지난 세일", ended, "지난 세일", today.minusDays(20), today.minusDays(10), 30), null);
		String upcoming = "soon-" + UUID.randomUUID().toString().substring(0, 8);
		this.campaigns
			.create(new Campaigns.Details("다음 세일", upcoming, "다음 세일", today.plusDays(5), today.plusDays(10), 30), null);

		assertThat(page(get("/campaigns/" + ended)).select(".campaign-state").text()).contains("끝난 기획전");
		assertThat(page(get("/campaigns/" + upcoming)).select(".campaign-state").text())
			.contains(today.plusDays(5).toString() + "에 시작합니다");
		Document refused = page(join(shop, id, stool, "10", ""));
		assertThat(refused.select(".alert").text()).contains("끝난 기획전에는 상품을 올릴 수 없습니다");
		assertThat(this.campaigns.entries(id)).isEmpty();
		assertThat(this.mvc.perform(get("/campaigns/no-such-campaign")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(this.mvc.perform(get("/campaigns/" + ended + "/banner")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

	private RequestBuilder join(OpenStore shop, long campaignId, long productId, String percent, String price) {
		return post("/seller/campaigns/" + campaignId + "/products").with(csrf())
			.with(user(shop.owner()))
			.param("productId", Long.toString(productId))
			.param("discountPercent", percent)
			.param("campaignPrice", price);
	}

	@Test
	void aBannerIsStoredAsItsPixelsOnlyAndADecompressionBombIsRefused() throws Exception {
		MallUser staff = this.accounts.create("관리자", Role.ADMIN);
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), Campaign.KOREA);
		BufferedImage huge = new BufferedImage(20_000, 20_000, BufferedImage.TYPE_BYTE_BINARY);
		ByteArrayOutputStream bomb = new ByteArrayOutputStream();
		ImageIO.write(huge, "png", bomb);
		String refusedSlug = "bomb-" + UUID.randomUUID().toString().substring(0, 8);
		Document refused = page(campaignForm("/admin/campaigns/new", "폭탄 세일", refusedSlug, today.toString(),
				today.toString(), "10", bomb.toByteArray())
			.with(user(staff)));
		assertThat(refused.text()).contains("이미지 해상도가 너무 높습니다");
		assertThat(this.mvc.perform(get("/campaigns/" + refusedSlug)).andReturn().getResponse().getStatus())
			.isEqualTo(404);

		byte[] withTrailer = concat(png(), "<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII));
		String slug = "clean-" + UUID.randomUUID().toString().substring(0, 8);
		this.mvc.perform(campaignForm("/admin/campaigns/new", "깨끗한 세일", slug, today.toString(), today.toString(), "10",
				withTrailer)
			.with(user(staff)));
		byte[] banner = this.mvc.perform(get("/campaigns/" + slug + "/banner"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(ImageIO.read(new java.io.ByteArrayInputStream(banner)).getWidth()).isEqualTo(40);
		assertThat(new String(banner, StandardCharsets.ISO_8859_1)).doesNotContain("<script>");
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] all = java.util.Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, all, first.length, second.length);
		return all;
	}

	private MockMultipartHttpServletRequestBuilder campaignForm(String path, String name, String slug, String firstDay,
			String lastDay, String percent, byte[] banner) {
		MockMultipartHttpServletRequestBuilder request = multipart(path);
		if (banner != null) {
			request.file(new MockMultipartFile("banner", "banner.png", "image/png", banner));
		}
		request.param("name", name)
			.param("slug", slug)
			.param("headline", "전국 소상공인 제품 할인")
			.param("firstDay", firstDay)
			.param("lastDay", lastDay)
			.param("maxDiscountPercent", percent)
			.with(csrf());
		return request;
	}

	private static byte[] png() throws Exception {
		BufferedImage image = new BufferedImage(40, 10, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	private Document page(RequestBuilder request) throws Exception {
		return Jsoup
			.parse(this.mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
