package kr.valuemall.catalog.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an uploaded bulk listing workbook: the first sheet, its first row the headings
 * (in Korean or English, in any order; unknown columns are kept for the result file but
 * not read), one listing per following row; blank rows are skipped. Cells are read as
 * their text: numbers as digits, formulas as their last computed value (a formula is
 * never evaluated here).
 */
final class BulkSheet {

	/** The most listing rows one upload may hold. */
	static final int MAX_ROWS = 1_000;

	private static final DataFormatter TEXT = new DataFormatter();

	private final List<String> headings;

	private final List<BulkRow> rows;

	private BulkSheet(List<String> headings, List<BulkRow> rows) {
		this.headings = headings;
		this.rows = rows;
	}

	List<String> headings() {
		return this.headings;
	}

	List<BulkRow> rows() {
		return this.rows;
	}

	/**
	 * Reads the workbook.
	 * @param columnOf the column a heading names, or null for one the mall does not read
	 * @param noticeKeyOf the notice item key a heading names, or null
	 * @throws BulkFileRejected when the file is no XLSX workbook, has no listing rows,
	 * more than {@link #MAX_ROWS}, or lacks a required column
	 */
	static BulkSheet read(InputStream in, Function<String, BulkColumn> columnOf, Function<String, String> noticeKeyOf) {
		try (Workbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			Row headingRow = sheet.getRow(sheet.getFirstRowNum());
			if (headingRow == null) {
				throw new BulkFileRejected("bulk.file.empty");
			}
			List<String> headings = new ArrayList<>();
			Map<Integer, BulkColumn> columns = new LinkedHashMap<>();
			Map<Integer, String> noticeColumns = new LinkedHashMap<>();
			for (int c = 0; c < headingRow.getLastCellNum(); c++) {
				String heading = text(headingRow.getCell(c));
				headings.add(heading);
				BulkColumn column = heading.isEmpty() ? null : columnOf.apply(heading);
				if (column != null && !columns.containsValue(column)) {
					columns.put(c, column);
				}
				String noticeKey = (column == null && !heading.isEmpty()) ? noticeKeyOf.apply(heading) : null;
				if (noticeKey != null && !noticeColumns.containsValue(noticeKey)) {
					noticeColumns.put(c, noticeKey);
				}
			}
			List<String> missing = new ArrayList<>();
			for (BulkColumn column : BulkColumn.values()) {
				if (column.required() && !columns.containsValue(column)) {
					missing.add(column.name());
				}
			}
			if (!missing.isEmpty()) {
				throw new BulkFileRejected("bulk.file.missingColumns", String.join(", ", missing));
			}
			List<BulkRow> rows = new ArrayList<>();
			for (int r = headingRow.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null) {
					continue;
				}
				List<String> uploaded = new ArrayList<>();
				for (int c = 0; c < headings.size(); c++) {
					uploaded.add(text(row.getCell(c)));
				}
				if (uploaded.stream().allMatch(String::isEmpty)) {
					continue;
				}
				if (rows.size() == MAX_ROWS) {
					throw new BulkFileRejected("bulk.file.tooManyRows", MAX_ROWS);
				}
				Map<BulkColumn, String> cells = new EnumMap<>(BulkColumn.class);
				columns.forEach((index, column) -> cells.put(column, uploaded.get(index)));
				Map<String, String> notice = new LinkedHashMap<>();
				noticeColumns.forEach((index, key) -> notice.put(key, uploaded.get(index)));
				rows.add(new BulkRow(r + 1, cells, notice, uploaded));
			}
			if (rows.isEmpty()) {
				throw new BulkFileRejected("bulk.file.noRows");
			}
			return new BulkSheet(headings, rows);
		}
		catch (POIXMLException | IOException | IllegalArgumentException ex) {
			// Not a workbook (a CSV, an old .xls, a renamed picture) or a damaged one.
			throw new BulkFileRejected("bulk.file.notXlsx");
		}
	}

	private static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		CellType type = (cell.getCellType() == CellType.FORMULA) ? cell.getCachedFormulaResultType()
				: cell.getCellType();
		String text = switch (type) {
			case STRING -> cell.getStringCellValue();
			case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? TEXT.formatCellValue(cell) : plainNumber(cell);
			case BOOLEAN -> cell.getBooleanCellValue() ? "Y" : "N";
			default -> "";
		};
		return text.strip();
	}

	/** Whole numbers without a decimal point or grouping; fractions as typed. */
	private static String plainNumber(Cell cell) {
		double value = cell.getNumericCellValue();
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return Long.toString((long) value);
		}
		return java.math.BigDecimal.valueOf(value).toPlainString();
	}

}
