package kr.valuemall.catalog.bulk;

import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;

import kr.valuemall.catalog.listing.ProductOptions;
import kr.valuemall.catalog.listing.ProductSkus;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import kr.valuemall.IntegrationTest;
import kr.valuemall.catalog.listing.Product;
import kr.valuemall.catalog.listing.ProductStatus;
import kr.valuemall.catalog.listing.SellerListings;
import kr.valuemall.seller.TestStores;
import kr.valuemall.seller.TestStores.OpenStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Bulk listing from the seller's side: the template, an upload of good and bad rows, the
 * progress page, the result file, updates by product number, and what another seller
 * cannot reach.
 */
@IntegrationTest
class BulkListingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestStores stores;

	@Autowired
	SellerListings listings;

	@Autowired
	ProductSkus skus;

	@Test
	void goodRowsAreListedAndBadRowsChangeNothingWithTheirReasonsPerColumn() throws Exception {
		OpenStore shop = this.stores.open("서귀포 감귤농원");
		List<List<String>> rows = new ArrayList<>();
		for (int i = 1; i <= 20; i++) {
			rows.add(BulkSheets.domestic("서귀포 노지 감귤 " + i + "kg 가정용", (10_000 + i * 1_000) + ""));
		}
		List<String> badPrice = BulkSheets.domestic("가격을 글로 쓴 한라봉", "삼만원");
		List<String> noName = BulkSheets.domestic("", "30000");
		List<String> imported = BulkSheets.domestic("미국산 오렌지 5kg", "25000");
		imported.set(7, "수입");
		imported.set(10, "글로벌청과");
		List<String> badRegion = BulkSheets.domestic("어느 지역 천혜향", "30000");
		badRegion.set(8, "화성시");
		List<String> draft = BulkSheets.domestic("준비 중인 레드향", "35000");
		draft.set(12, "");
		draft.set(13, "임시 저장");
		List<String> noNotice = BulkSheets.domestic("고시 없는 황금향", "31000");
		noNotice.set(14, "");
		List<String> halfNotice = BulkSheets.domestic("고시 반쪽 레드향", "32000");
		halfNotice.set(16, "");
		rows.addAll(List.of(badPrice, noName, imported, badRegion, draft, noNotice, halfNotice));

		Document done = uploadAndWait(shop, BulkSheets.workbook(BulkSheets.KOREAN_HEADINGS, rows));

		assertThat(done.select(".run-state").text()).isEqualTo("완료");
		assertThat(done.select(".run-count").text()).isEqualTo("27줄 중 27줄 처리");
		List<Product> own = own(shop);
		assertThat(own).hasSize(21);
		assertThat(own.stream().filter((p) -> p.getName().startsWith("서귀포 노지 감귤")))
			.allSatisfy((p) -> assertThat(p.getStatus()).isIn(ProductStatus.LIVE, ProductStatus.HELD))
			.hasSize(20);
		assertThat(own).filteredOn((p) -> p.getName().equals("준비 중인 레드향"))
			.singleElement()
			.satisfies((p) -> assertThat(p.getStatus()).isEqualTo(ProductStatus.DRAFT));
		assertThat(own).extracting(Product::getName).doesNotContain("가격을 글로 쓴 한라봉", "미국산 오렌지 5kg", "어느 지역 천혜향");

		assertThat(problems(done, 22)).contains("판매가: 숫자만 입력해 주세요. 예: 1,200,000");
		assertThat(problems(done, 23)).contains("상품명: 상품명을 입력해 주세요.");
		assertThat(problems(done, 24))
			.anySatisfy((problem) -> assertThat(problem).startsWith("원산지 구분: ").contains("국내에서 제조한 상품만"));
		assertThat(problems(done, 25)).contains("제조 지역: 목록에서 골라 주세요.");
		assertThat(row(done, 26).select(".status-label").text()).isEqualTo("임시 저장됨");
		assertThat(problems(done, 27)).singleElement().asString().startsWith("상품정보제공고시 분류: ");
		assertThat(problems(done, 28)).singleElement().asString().startsWith("고시: 포장단위별 내용물의 용량(중량), 수량, 크기: ");
		assertThat(own).extracting(Product::getName).doesNotContain("고시 없는 황금향", "고시 반쪽 레드향");

		byte[] result = this.mvc.perform(get(resultLink(done)).with(user(shop.owner())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(result))) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter text = new DataFormatter();
			assertThat(text.formatCellValue(sheet.getRow(0).getCell(0))).isEqualTo("결과");
			assertThat(text.formatCellValue(sheet.getRow(21).getCell(0))).isEqualTo("등록 안 됨");
			assertThat(text.formatCellValue(sheet.getRow(21).getCell(2))).contains("판매가");
			assertThat(text.formatCellValue(sheet.getRow(21).getCell(8))).as("the price as uploaded").isEqualTo("삼만원");
			assertThat(text.formatCellValue(sheet.getRow(1).getCell(1))).as("the new product number").isNotBlank();
		}
	}

	@Test
	void optionColumnsAsSmartStoreWritesThemMakeOneSkuPerCombinationAndWrongOnesChangeNothing() throws Exception {
		OpenStore shop = this.stores.open("옵션 일괄 농원");
		List<String> headings = new ArrayList<>(BulkSheets.KOREAN_HEADINGS);
		headings.addAll(List.of("옵션명", "옵션값", "옵션가", "옵션 재고수량"));
		List<String> tangerine = BulkSheets.domestic("제주 한라봉", "39,000");
		tangerine.set(5, "");
		tangerine.addAll(List.of("중량", "1kg,3kg,5kg", "-23000,0,+20000", "0,12,6"));
		List<String> shirt = BulkSheets.domestic("귤색 셔츠", "30000");
		shirt.addAll(List.of("색상\n사이즈", "귤색,흰색\nM,L", "", "1,2,3,4"));
		List<String> wrongCount = BulkSheets.domestic("개수 틀린 한라봉", "39000");
		wrongCount.addAll(List.of("중량", "1kg,3kg", "", "5"));
		List<String> belowZero = BulkSheets.domestic("공짜 한라봉", "10000");
		belowZero.addAll(List.of("중량", "1kg,3kg", "-10000,0", "5,5"));

		Document done = uploadAndWait(shop,
				BulkSheets.workbook(headings, List.of(tangerine, shirt, wrongCount, belowZero)));

		Map<String, Product> own = own(shop).stream()
			.collect(java.util.stream.Collectors.toMap(Product::getName, (product) -> product));
		assertThat(own).containsOnlyKeys("제주 한라봉", "귤색 셔츠");
		assertThat(own.get("제주 한라봉").getStock()).isEqualTo(18);
		ProductOptions options = this.skus.optionsOf(own.get("제주 한라봉").getId());
		assertThat(options.names()).isEqualTo("중량");
		assertThat(options.skus())
			.extracting(ProductOptions.Sku::label, ProductOptions.Sku::priceDelta, ProductOptions.Sku::stock)
			.containsExactly(tuple("1kg", -23_000L, 0), tuple("3kg", 0L, 12), tuple("5kg", 20_000L, 6));
		assertThat(this.skus.optionsOf(own.get("귤색 셔츠").getId()).skus()).extracting(ProductOptions.Sku::label)
			.containsExactly("귤색 / M", "귤색 / L", "흰색 / M", "흰색 / L");
		assertThat(problems(done, 4)).containsExactly("옵션 재고수량: 옵션 조합 2개마다 하나씩 쉼표로 나눠 적어 주세요.");
		assertThat(problems(done, 5)).containsExactly("옵션가: 이 옵션의 판매가가 0원이 됩니다. 옵션 판매가는 1원 이상이어야 합니다.");
	}

	@Test
	void aListingThatReadsLikeAnImportIsHeldAndListedWithItsReasons() throws Exception {
		OpenStore shop = this.stores.open("바다건너 상회");
		List<String> suspicious = BulkSheets.domestic("프리미엄 오렌지 선물세트", "39000");
		suspicious.set(3, "중국 광저우 공장에서 생산해 해외직구로 보내 드립니다. 통관에 개인통관고유부호가 필요합니다.");
		Document done = uploadAndWait(shop, BulkSheets.workbook(BulkSheets.KOREAN_HEADINGS, List.of(suspicious)));
		assertThat(row(done, 2).select(".status-label").text()).isEqualTo("검토 대기");
		assertThat(problems(done, 2)).isNotEmpty();
		assertThat(own(shop)).singleElement().satisfies((p) -> assertThat(p.getStatus()).isEqualTo(ProductStatus.HELD));
	}

	@Test
	void aResoldProductCannotGoOnSaleFromTheSheetWithoutItsMakersNumber() throws Exception {
		OpenStore shop = this.stores.open("재판매 상회");
		List<String> resold = BulkSheets.domestic("제주 감귤 선물 상자", "29000");
		resold.set(11, "유통·재판매");
		Document done = uploadAndWait(shop, BulkSheets.workbook(BulkSheets.KOREAN_HEADINGS, List.of(resold)));
		assertThat(problems(done, 2)).singleElement().asString().contains("재판매 상품은 제조사의 사업자등록번호가 있어야 판매할 수 있습니다");
		assertThat(own(shop)).isEmpty();
	}

	@Test
	void aProductNumberUpdatesThatListingAndOnlyTheSellersOwn() throws Exception {
		OpenStore shop = this.stores.open("한라 과수원");
		uploadAndWait(shop,
				BulkSheets.workbook(BulkSheets.KOREAN_HEADINGS, List.of(BulkSheets.domestic("한라봉 3kg 선물용", "39000"))));
		Product listed = own(shop).get(0);
		List<String> change = BulkSheets.domestic("한라봉 3kg 선물용", "42,000원");
		change.set(0, listed.getId().toString());
		Document updated = uploadAndWait(shop, BulkSheets.workbook(BulkSheets.KOREAN_HEADINGS, List.of(change)));
		assertThat(row(updated, 2).select(".status-label").text()).isIn("판매 중", "검토 대기", "수정됨");
		assertThat(own(shop)).singleElement().satisfies((p) -> assertThat(p.getPrice()).isEqualTo(42_000L));

		OpenStore other = this.stores.open("남의 상점");
		List<String> takeOver = BulkSheets.domestic("가로챈 한라봉", "1000");
		takeOver.set(0, listed.getId().toString());
		Document refused = uploadAndWait(other, BulkSheets.workbook(BulkSheets.KOREAN_HEADINGS, List.of(takeOver)));
		assertThat(problems(refused, 2)).contains("상품번호: 이 상점의 상품번호가 아닙니다. 새 상품이면 비워 두세요.");
		assertThat(own(shop)).singleElement().satisfies((p) -> assertThat(p.getPrice()).isEqualTo(42_000L));
		assertThat(own(other)).isEmpty();

		String uploadPage = refused.baseUri();
		this.mvc.perform(get(uploadPage).with(user(shop.owner()))).andExpect(status().isNotFound());
		this.mvc.perform(get(uploadPage + "/progress").with(user(shop.owner()))).andExpect(status().isNotFound());
		this.mvc.perform(get(uploadPage + "/progress").with(user(other.owner())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("DONE"))
			.andExpect(jsonPath("$.done").value(1))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.percent").value(100));
	}

	@Test
	void theTemplateCarriesColumnsChoicesAndGuideAndGoesBackInAsFilled() throws Exception {
		OpenStore shop = this.stores.open("양식 공방");
		byte[] template = this.mvc.perform(get("/seller/products/bulk/template.xlsx").with(user(shop.owner())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		byte[] filled;
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			DataFormatter text = new DataFormatter();
			List<String> headings = new ArrayList<>();
			sheet.getRow(0).forEach((cell) -> headings.add(text.formatCellValue(cell)));
			assertThat(headings.subList(0, 15)).isEqualTo(BulkSheets.KOREAN_HEADINGS.subList(0, 15));
			assertThat(headings).contains("고시: 포장단위별 내용물의 용량(중량), 수량, 크기", "고시: 제조국");
			assertThat(workbook.getSheet("고시 항목").getRow(1).getCell(0).getStringCellValue()).isEqualTo("의류");
			assertThat(sheet.getDataValidations()).hasSizeGreaterThanOrEqualTo(6);
			assertThat(workbook.getSheet("카테고리").getRow(1).getCell(0).getStringCellValue()).isNotBlank();
			Sheet guide = workbook.getSheet("작성 안내");
			boolean priceMapped = false;
			for (Row row : guide) {
				if ("판매가".equals(text.formatCellValue(row.getCell(0)))) {
					priceMapped = "판매가".equals(text.formatCellValue(row.getCell(4)));
				}
			}
			assertThat(priceMapped).as("the guide names Smart Store's column for the price").isTrue();
			Row row = sheet.createRow(1);
			List<String> cells = BulkSheets.domestic("양식으로 올린 원목 도마", "25000").subList(0, 15);
			cells.set(1, "kitchenware");
			cells.set(13, "임시 저장");
			cells.set(14, "");
			for (int c = 0; c < cells.size(); c++) {
				row.createCell(c).setCellValue(cells.get(c));
			}
			workbook.write(out);
			filled = out.toByteArray();
		}
		uploadAndWait(shop, filled);
		assertThat(own(shop)).extracting(Product::getName).containsExactly("양식으로 올린 원목 도마");
	}

	@Test
	void aFileThatIsNoSheetIsRefusedWithAMessageAndNothingIsListed() throws Exception {
		OpenStore shop = this.stores.open("씨에스브이 상점");
		MockMultipartFile csv = new MockMultipartFile("sheet", "products.csv", "text/csv",
				"상품명,판매가\n한라봉,39000\n".getBytes(StandardCharsets.UTF_8));
		Document page = page(multipart("/seller/products/bulk").file(csv).with(user(shop.owner())).with(csrf()));
		assertThat(page.getElementById("sheet-error").text()).startsWith("엑셀(.xlsx) 파일만 올릴 수 있습니다.");
		assertThat(own(shop)).isEmpty();
		Document none = page(multipart("/seller/products/bulk").with(user(shop.owner())).with(csrf()));
		assertThat(none.getElementById("sheet-error").text()).isEqualTo("올릴 엑셀 파일을 골라 주세요.");
	}

	@Test
	void aListingCanBeCopiedIntoANewFormButOnlyTheSellersOwn() throws Exception {
		OpenStore shop = this.stores.open("복사 공방");
		uploadAndWait(shop,
				BulkSheets.workbook(BulkSheets.KOREAN_HEADINGS, List.of(BulkSheets.domestic("복사할 감귤 5kg", "27000"))));
		long id = own(shop).get(0).getId();
		Document list = page(get("/seller/products").with(user(shop.owner())));
		assertThat(list.select("a.copy-link").attr("href")).isEqualTo("/seller/products/new?copy=" + id);
		Document copy = page(get("/seller/products/new?copy=" + id).with(user(shop.owner())));
		assertThat(copy.getElementById("name").val()).isEqualTo("복사할 감귤 5kg");
		assertThat(copy.getElementById("price").val()).isEqualTo("27000");
		assertThat(copy.getElementById("name").closest("form").attr("action")).isEqualTo("/seller/products");
		OpenStore other = this.stores.open("남의 복사");
		this.mvc.perform(get("/seller/products/new?copy=" + id).with(user(other.owner())))
			.andExpect(status().isNotFound());
	}

	private Document uploadAndWait(OpenStore shop, byte[] workbook) throws Exception {
		MockMultipartFile file = new MockMultipartFile("sheet", "listings.xlsx", BulkListingController.XLSX.toString(),
				workbook);
		String location = this.mvc
			.perform(multipart("/seller/products/bulk").file(file).with(user(shop.owner())).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Document first = page(get(location).with(user(shop.owner())));
		assertThat(first.select("meta[http-equiv=refresh]")).as("no page that reloads itself on a timer").isEmpty();
		assertThat(first.select(".run-progress").attr("data-progress-url")).isEqualTo(location + "/progress");
		await().atMost(Duration.ofSeconds(60))
			.until(() -> this.mvc.perform(get(location + "/progress").with(user(shop.owner())))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(), (json) -> !json.contains("\"state\":\"RUNNING\""));
		Document done = page(get(location).with(user(shop.owner())));
		assertThat(done.select(".run-progress").attr("data-state")).isEqualTo("DONE");
		done.setBaseUri(location);
		return done;
	}

	private List<Product> own(OpenStore shop) {
		return this.listings.listingsOf(shop.store()).stream().map((listing) -> listing.product()).toList();
	}

	private static Element row(Document page, int number) {
		for (Element row : page.select("table.bulk-rows tbody tr")) {
			if (row.child(0).text().equals(Integer.toString(number))) {
				return row;
			}
		}
		throw new AssertionError("No row " + number);
	}

	private static List<String> problems(Document page, int number) {
		return row(page, number).select(".reasons li").eachText();
	}

	private static String resultLink(Document page) {
		return page.select("a[href$=result.xlsx]").attr("href");
	}

	private Document page(RequestBuilder request) throws Exception {
		return Jsoup
			.parse(this.mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
