package kr.valuemall.catalog.bulk;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reading an uploaded sheet: headings in any order, cells as the seller sees them, and
 * the files that are refused before anything is listed.
 */
class BulkSheetTests {

	private static final Map<String, BulkColumn> HEADINGS = Map.ofEntries(Map.entry("상품번호", BulkColumn.PRODUCT_ID),
			Map.entry("카테고리", BulkColumn.CATEGORY), Map.entry("상품명", BulkColumn.NAME),
			Map.entry("상품 상세정보", BulkColumn.DESCRIPTION), Map.entry("판매가", BulkColumn.PRICE),
			Map.entry("재고수량", BulkColumn.STOCK), Map.entry("기본배송비", BulkColumn.SHIPPING_FEE),
			Map.entry("원산지 구분", BulkColumn.ORIGIN_KIND), Map.entry("제조 지역", BulkColumn.MADE_REGION),
			Map.entry("제조사", BulkColumn.MANUFACTURER), Map.entry("수입사", BulkColumn.IMPORTER),
			Map.entry("직접 제조 여부", BulkColumn.MAKER_ROLE), Map.entry("원산지 확인", BulkColumn.ATTESTED),
			Map.entry("등록 방식", BulkColumn.ACTION));

	@Test
	void rowsAreReadByTheirHeadingsWithBlankRowsSkipped() {
		List<List<String>> rows = new ArrayList<>();
		rows.add(BulkSheets.domestic("한라봉 3kg", "39,000"));
		rows.add(List.of());
		rows.add(BulkSheets.domestic("천혜향 2kg", "29000원"));
		BulkSheet sheet = read(BulkSheets.workbook(BulkSheets.KOREAN_HEADINGS, rows));
		assertThat(sheet.rows()).hasSize(2);
		assertThat(sheet.rows().get(0).number()).isEqualTo(2);
		assertThat(sheet.rows().get(1).number()).as("the spreadsheet's own row number").isEqualTo(4);
		assertThat(sheet.rows().get(1).get(BulkColumn.NAME)).isEqualTo("천혜향 2kg");
		assertThat(sheet.rows().get(1).get(BulkColumn.PRICE)).isEqualTo("29000원");
		assertThat(sheet.headings()).isEqualTo(BulkSheets.KOREAN_HEADINGS);
	}

	@Test
	void numbersAreReadAsDigitsAndFormulasByTheirLastValue() throws IOException {
		try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet();
			Row heading = sheet.createRow(0);
			for (int c = 0; c < BulkSheets.KOREAN_HEADINGS.size(); c++) {
				heading.createCell(c).setCellValue(BulkSheets.KOREAN_HEADINGS.get(c));
			}
			Row row = sheet.createRow(1);
			row.createCell(2).setCellValue("숫자 칸");
			row.createCell(4).setCellValue(39000d);
			row.createCell(5).setCellFormula("10*5");
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			workbook.write(out);
			BulkRow read = read(out.toByteArray()).rows().get(0);
			assertThat(read.get(BulkColumn.PRICE)).isEqualTo("39000");
			assertThat(read.get(BulkColumn.STOCK)).isEqualTo("50");
		}
	}

	@Test
	void aSheetWithoutARequiredColumnIsRefusedNamingIt() {
		List<String> headings = new ArrayList<>(BulkSheets.KOREAN_HEADINGS);
		headings.set(4, "가격(원)");
		assertThatThrownBy(() -> read(BulkSheets.workbook(headings, List.of(BulkSheets.domestic("a", "1")))))
			.isInstanceOfSatisfying(BulkFileRejected.class, (ex) -> {
				assertThat(ex.messageKey()).isEqualTo("bulk.file.missingColumns");
				assertThat(ex.args()).containsExactly("PRICE");
			});
	}

	@Test
	void moreThanAThousandRowsAreRefusedBeforeAnyIsListed() {
		List<List<String>> rows = new ArrayList<>();
		for (int i = 0; i < BulkSheet.MAX_ROWS; i++) {
			rows.add(BulkSheets.domestic("상품 " + i, "1000"));
		}
		assertThat(read(BulkSheets.workbook(BulkSheets.KOREAN_HEADINGS, rows)).rows()).hasSize(BulkSheet.MAX_ROWS);
		rows.add(BulkSheets.domestic("하나 더", "1000"));
		assertThatThrownBy(() -> read(BulkSheets.workbook(BulkSheets.KOREAN_HEADINGS, rows))).isInstanceOfSatisfying(
				BulkFileRejected.class, (ex) -> assertThat(ex.messageKey()).isEqualTo("bulk.file.tooManyRows"));
	}

	@Test
	void filesThatAreNoWorkbookOrHoldNoRowsAreRefused() {
		assertThatThrownBy(() -> read("상품명,판매가\n한라봉,39000\n".getBytes(StandardCharsets.UTF_8))).isInstanceOfSatisfying(
				BulkFileRejected.class, (ex) -> assertThat(ex.messageKey()).isEqualTo("bulk.file.notXlsx"));
		assertThatThrownBy(() -> read(new byte[] { 'P', 'K', 3, 4, 0, 0 })).isInstanceOf(BulkFileRejected.class);
		assertThatThrownBy(() -> read(BulkSheets.workbook(BulkSheets.KOREAN_HEADINGS, List.of())))
			.isInstanceOfSatisfying(BulkFileRejected.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("bulk.file.noRows"));
	}

	private static BulkSheet read(byte[] bytes) {
		return BulkSheet.read(new ByteArrayInputStream(bytes), HEADINGS::get, (heading) -> null);
	}

}
