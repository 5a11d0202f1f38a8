package kr.valuemall.catalog.listing;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import kr.valuemall.IntegrationTest;
import kr.valuemall.catalog.TestNotices;
import kr.valuemall.seller.TestStores;
import kr.valuemall.seller.TestStores.OpenStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Options through the seller's form and on the product page, against real PostgreSQL:
 * names and comma separated values make the grid without JavaScript, each combination is
 * saved as a SKU with its own price difference and stock, wrong input is refused beside
 * its field with nothing typed lost, and shoppers choose among the combinations (sold-out
 * ones shown, not selectable, and refused if posted anyway).
 */
@IntegrationTest
class ProductOptionsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestStores stores;

	@Autowired
	ProductSkus skus;

	@Autowired
	JsonMapper json;

	@Autowired
	MessageSource messages;

	@Test
	void namesAndValuesMakeTheGridAndEachCombinationIsSavedWithItsOwnPriceAndStock() throws Exception {
		OpenStore shop = this.stores.open("옵션 셔츠 공방");
		Map<String, String> fields = shirt("리넨 셔츠");
		Document grid = page(form(shop, "/seller/products", fields, "makeOptions"));
		assertThat(grid.select(".option-grid tbody th").eachText()).containsExactly("블랙 / S", "블랙 / M", "블랙 / L",
				"화이트 / S", "화이트 / M", "화이트 / L");
		assertThat(grid.select(".field-error")).as("making the grid refuses nothing").isEmpty();
		assertThat(grid.getElementById("name").val()).isEqualTo("리넨 셔츠");

		fields.putAll(gridFields(
				List.of("블랙|S|0|5", "블랙|M|0|0", "블랙|L|+2,000|1", "화이트|S|0|5", "화이트|M|0|5", "화이트|L|+2000원|5")));
		long id = create(shop, fields, "publish");

		ProductOptions saved = this.skus.optionsOf(id);
		assertThat(saved.names()).isEqualTo("색상 / 사이즈");
		assertThat(saved.skus())
			.extracting(ProductOptions.Sku::label, ProductOptions.Sku::priceDelta, ProductOptions.Sku::stock)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("블랙 / S", 0L, 5),
					org.assertj.core.groups.Tuple.tuple("블랙 / M", 0L, 0),
					org.assertj.core.groups.Tuple.tuple("블랙 / L", 2_000L, 1),
					org.assertj.core.groups.Tuple.tuple("화이트 / S", 0L, 5),
					org.assertj.core.groups.Tuple.tuple("화이트 / M", 0L, 5),
					org.assertj.core.groups.Tuple.tuple("화이트 / L", 2_000L, 5));

		Document edit = page(get("/seller/products/" + id + "/edit").with(user(shop.owner())));
		assertThat(edit.getElementById("optionValues1").val()).isEqualTo("블랙, 화이트");
		assertThat(edit.getElementById("skus2.priceDelta").val()).isEqualTo("+2000");
		assertThat(edit.getElementById("skus2.stock").val()).isEqualTo("1");

		// The product page: every combination, the sold-out one shown but not selectable.
		Document product = page(get("/products/" + id));
		assertThat(product.select(".option-choices legend").text()).isEqualTo("색상 / 사이즈 선택");
		assertThat(product.select(".option-choices .option-name").eachText()).hasSize(6);
		Element soldOut = product.select(".option-choices li").get(1);
		assertThat(soldOut.text()).contains("블랙 / M").contains("품절");
		assertThat(soldOut.selectFirst("input[name=sku]").hasAttr("disabled")).isTrue();
		assertThat(product.select(".option-choices li").get(2).text()).contains("41,000원").contains("+2,000원");

		JsonNode jsonLd = this.json.readTree(product.selectFirst("script[type=application/ld+json]").data());
		assertThat(jsonLd.get("@type").asString()).isEqualTo("ProductGroup");
		assertThat(jsonLd.get("hasVariant")).hasSize(6);
		assertThat(jsonLd.get("hasVariant").get(2).get("offers").get("price").asLong()).isEqualTo(41_000);
		assertThat(jsonLd.get("hasVariant").get(1).get("offers").get("availability").asString())
			.isEqualTo("https://schema.org/OutOfStock");

		// A sold-out option posted anyway, and no option at all, are refused in Korean.
		long blackMedium = Long.parseLong(soldOut.selectFirst("input[name=sku]").val());
		MvcResult refused = this.mvc
			.perform(post("/cart/items").param("productId", String.valueOf(id))
				.param("sku", String.valueOf(blackMedium))
				.with(csrf()))
			.andReturn();
		assertThat(message(refused)).isEqualTo("품절된 옵션입니다: 블랙 / M. 다른 옵션을 골라 주세요.");
		MvcResult unchosen = this.mvc.perform(post("/cart/items").param("productId", String.valueOf(id)).with(csrf()))
			.andReturn();
		assertThat(message(unchosen)).isEqualTo("옵션을 선택해 주세요.");
	}

	@Test
	void wrongOptionsAreRefusedBesideTheirFieldsAndNothingTypedIsLost() throws Exception {
		OpenStore shop = this.stores.open("옵션 오류 공방");
		Map<String, String> fields = shirt("오류 셔츠");
		fields.put("price", "10,000");
		fields.putAll(gridFields(
				List.of("블랙|S|-10,000|5", "블랙|M|1.5|5", "블랙|L|0|많이", "화이트|S|0|5", "화이트|M|0|5", "화이트|L|0|5")));
		Document refused = page(form(shop, "/seller/products", fields, "save"));

		assertThat(refused.select(".option-grid .field-error").eachText()).containsExactly(
				"이 옵션의 판매가가 0원이 됩니다. 옵션 판매가는 1원 이상이어야 합니다.", "추가 금액은 +1000, -500처럼 원 단위 정수로 입력해 주세요.",
				"재고는 0 이상의 정수로 입력해 주세요.");
		assertThat(refused.getElementById("skus1.priceDelta").val()).isEqualTo("1.5");
		assertThat(refused.getElementById("skus2.stock").val()).isEqualTo("많이");
		assertThat(refused.getElementById("name").val()).isEqualTo("오류 셔츠");

		// Values changed without making the grid again: the new grid comes back to fill.
		fields.putAll(gridFields(List.of("블랙|S|0|5", "블랙|M|0|5", "블랙|L|0|5", "화이트|S|0|5", "화이트|M|0|5", "화이트|L|0|5")));
		fields.put("optionValues1", "블랙, 네이비");
		Document changed = page(form(shop, "/seller/products", fields, "save"));
		assertThat(changed.select("#options .alert").text()).contains("옵션값이 조합표와 다릅니다.");
		assertThat(changed.select(".option-grid tbody th").eachText()).containsExactly("블랙 / S", "블랙 / M", "블랙 / L",
				"네이비 / S", "네이비 / M", "네이비 / L");
		assertThat(changed.getElementById("skus0.stock").val()).isEqualTo("5");
		assertThat(changed.getElementById("skus3.stock").val()).isEmpty();
	}

	/** The Korean message a refused add leaves for the product page. */
	private String message(MvcResult redirect) {
		return this.messages.getMessage((String) redirect.getFlashMap().get("cartError"),
				new Object[] { redirect.getFlashMap().get("cartOption") }, Locale.KOREAN);
	}

	/** A shirt in 색상 (블랙, 화이트) × 사이즈 (S, M, L), before its grid is made. */
	private static Map<String, String> shirt(String name) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("categorySlug", "chairs-stools");
		fields.put("name", name);
		fields.put("description", "국산 리넨으로 지은 " + name + "입니다. 세탁 후에도 형태가 유지됩니다.");
		fields.put("price", "39,000");
		fields.put("stock", "0");
		fields.put("shippingFee", "0");
		fields.put("originKind", "DOMESTIC");
		fields.put("manufacturer", "옵션 셔츠 공방");
		fields.put("madeRegion", "SEOUL");
		fields.put("makerRole", "MAKER");
		fields.put("attested", "true");
		fields.put("optionName1", "색상");
		fields.put("optionValues1", "블랙, 화이트");
		fields.put("optionName2", "사이즈");
		fields.put("optionValues2", "S, M, L");
		fields.putAll(TestNotices.formFields("chairs-stools", name, "옵션 셔츠 공방"));
		return fields;
	}

	/** The grid's rows, each "value1|value2|delta|stock". */
	private static Map<String, String> gridFields(List<String> rows) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (int i = 0; i < rows.size(); i++) {
			String[] row = rows.get(i).split("\\|");
			fields.put("skus[" + i + "].value1", row[0]);
			fields.put("skus[" + i + "].value2", row[1]);
			fields.put("skus[" + i + "].priceDelta", row[2]);
			fields.put("skus[" + i + "].stock", row[3]);
		}
		return fields;
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
		return Jsoup.parse(this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

}
