package kr.valuemall.catalog.bulk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the workbooks a seller would upload: headings and rows of text, as typed into a
 * spreadsheet.
 */
final class BulkSheets {

	static final List<String> KOREAN_HEADINGS = List.of("상품번호", "카테고리", "상품명", "상품 상세정보", "판매가", "재고수량", "기본배송비",
			"원산지 구분", "제조 지역", "제조사", "수입사", "직접 제조 여부", "원산지 확인", "등록 방식", "상품정보제공고시 분류", "itemName", "packContents",
			"producer", "고시: 「농수산물의 원산지 표시 등에 관한 법률」에 따른 원산지", "packedDateAndExpiry", "packComposition", "storage",
			"safetyCautions", "consumerPhone");

	/**
	 * The product information notice of a box of citrus, as the agricultural group asks.
	 */
	static final List<String> CITRUS_NOTICE = List.of("농수산물", "감귤", "5kg 1상자", "한라농장(제주 서귀포)", "국산(제주)",
			"2026년 12월 수확, 수령 후 10일", "감귤 5kg", "서늘한 곳에 보관", "흠과는 교환해 드립니다", "064-123-4567");

	private BulkSheets() {
	}

	/** A domestic listing row in the Korean template's column order. */
	static List<String> domestic(String name, String price) {
		return withNoticeColumns(List.of("", "agricultural", name, "제주 서귀포 농장에서 직접 수확해 선별했습니다. 산지에서 바로 보내 드립니다.", price,
				"50", "3,000", "국산", "제주", "한라농장", "", "직접 제조", "Y", "판매 신청"));
	}

	private static List<String> withNoticeColumns(List<String> row) {
		List<String> filled = new ArrayList<>(row);
		filled.addAll(CITRUS_NOTICE);
		return filled;
	}

	static byte[] workbook(List<String> headings, List<List<String>> rows) {
		try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("상품등록");
			Row heading = sheet.createRow(0);
			for (int c = 0; c < headings.size(); c++) {
				heading.createCell(c).setCellValue(headings.get(c));
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				List<String> cells = rows.get(r);
				for (int c = 0; c < cells.size(); c++) {
					row.createCell(c).setCellValue(cells.get(c));
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
