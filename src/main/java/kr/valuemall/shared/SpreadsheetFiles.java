package kr.valuemall.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Every table the mall hands out as a file (settlement statements, bank transfer lists,
 * the ministry's reports), written one way, so that no export can forget the guard
 * against formula injection.
 * <ul>
 * <li>CSV: UTF-8 with a byte order mark (so Excel in Korea opens Hangul), RFC 4180
 * quoting, CRLF; a text cell that a spreadsheet would take for a formula (= + - @, tab,
 * carriage return) gets an apostrophe in front. Numbers are written as numbers.</li>
 * <li>XLSX: numbers are number cells ({@code #,##0} for whole won, {@code 0.0} for
 * decimals); text is always a text cell, which a spreadsheet never evaluates (and, where
 * the layout asks, defused like CSV's).</li>
 * </ul>
 * A cell is a {@link Long} or {@link Integer} (whole numbers, won), a {@link BigDecimal},
 * or text; anything else is written as its text.
 */
public final class SpreadsheetFiles {

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private SpreadsheetFiles() {
	}

	/**
	 * How a workbook looks.
	 *
	 * @param headingRow whether the first row is column headings: bold and frozen
	 * @param columnWidths widths in characters, column by column; columns beyond the list
	 * get the last width
	 * @param defuseText whether text cells that read like a formula also get the
	 * apostrophe in the workbook: a text cell is never evaluated, but one that a person
	 * edits and confirms is (statements, which sellers work on in their spreadsheets);
	 * tables only read (the ministry's reports) keep their text exactly
	 */
	public record Layout(boolean headingRow, List<Integer> columnWidths, boolean defuseText) {

		int width(int column) {
			return this.columnWidths.get(Math.min(column, this.columnWidths.size() - 1));
		}

	}

	public static byte[] csv(List<? extends List<?>> rows) {
		StringBuilder out = new StringBuilder();
		for (List<?> row : rows) {
			for (int i = 0; i < row.size(); i++) {
				if (i > 0) {
					out.append(',');
				}
				out.append(csvField(row.get(i)));
			}
			out.append("\r\n");
		}
		byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
		byte[] bytes = new byte[BOM.length + text.length];
		System.arraycopy(BOM, 0, bytes, 0, BOM.length);
		System.arraycopy(text, 0, bytes, BOM.length, text.length);
		return bytes;
	}

	private static String csvField(Object cell) {
		if (cell instanceof Long || cell instanceof Integer) {
			return cell.toString();
		}
		if (cell instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		String text = defused((cell != null) ? cell.toString() : "");
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

	/** A text that a spreadsheet would read as a formula gets an apostrophe in front. */
	static String defused(String text) {
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}

	public static byte[] xlsx(String sheetName, List<? extends List<?>> rows, Layout layout) {
		return xlsx(List.of(new Tab(sheetName, rows, layout, List.of())));
	}

	/**
	 * One sheet of a workbook with several.
	 *
	 * @param name the sheet's name (made safe for Excel)
	 * @param rows its rows, as for {@link #xlsx(String, List, Layout)}
	 * @param layout how it looks
	 * @param choices drop-down lists on its columns
	 */
	public record Tab(String name, List<? extends List<?>> rows, Layout layout, List<Choice> choices) {

	}

	/**
	 * A drop-down list on one column below the heading, offering the cells of a range
	 * (e.g. {@code '카테고리'!$A$2:$A$40}); a typed value that is not in the list is warned
	 * about, not refused, so a pasted export still goes in and is checked on upload.
	 */
	public record Choice(int column, int lastRow, String sourceRange) {

	}

	/**
	 * A workbook of several sheets, each written as {@link #xlsx(String, List, Layout)}.
	 */
	public static byte[] xlsx(List<Tab> tabs) {
		try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle heading = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			heading.setFont(bold);
			CellStyle whole = workbook.createCellStyle();
			whole.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
			CellStyle decimal = workbook.createCellStyle();
			decimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
			for (Tab tab : tabs) {
				Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(tab.name()));
				Layout layout = tab.layout();
				List<? extends List<?>> rows = tab.rows();
				int columns = 0;
				for (int r = 0; r < rows.size(); r++) {
					Row row = sheet.createRow(r);
					List<?> cells = rows.get(r);
					columns = Math.max(columns, cells.size());
					for (int c = 0; c < cells.size(); c++) {
						Cell cell = row.createCell(c);
						Object value = cells.get(c);
						if (value instanceof Long || value instanceof Integer) {
							cell.setCellValue(((Number) value).longValue());
							cell.setCellStyle(whole);
						}
						else if (value instanceof BigDecimal number) {
							cell.setCellValue(number.doubleValue());
							cell.setCellStyle(decimal);
						}
						else {
							// setCellValue(String) makes a text cell: never parsed as a
							// formula.
							String text = (value != null) ? value.toString() : "";
							cell.setCellValue(layout.defuseText() ? defused(text) : text);
							if (r == 0 && layout.headingRow()) {
								cell.setCellStyle(heading);
							}
						}
					}
				}
				for (int c = 0; c < columns; c++) {
					// Fixed widths: autoSizeColumn needs fonts the server may not have.
					sheet.setColumnWidth(c, layout.width(c) * 256);
				}
				if (layout.headingRow()) {
					sheet.createFreezePane(0, 1);
				}
				DataValidationHelper helper = sheet.getDataValidationHelper();
				for (Choice choice : tab.choices()) {
					DataValidation validation = helper.createValidation(
							helper.createFormulaListConstraint(choice.sourceRange()),
							new CellRangeAddressList(1, choice.lastRow(), choice.column(), choice.column()));
					validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
					validation.setShowErrorBox(true);
					sheet.addValidationData(validation);
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
