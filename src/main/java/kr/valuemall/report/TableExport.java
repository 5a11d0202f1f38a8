package kr.valuemall.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A report table as a download. CSV is UTF-8 with a byte order mark (so Excel in Korea
 * opens Hangul correctly) and RFC 4180 quoting; a text cell that a spreadsheet would take
 * for a formula (= + - @, tab, carriage return) is prefixed with an apostrophe. In XLSX,
 * numbers are numbers and text is always a text cell, so nothing is ever evaluated.
 */
final class TableExport {

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private TableExport() {
	}

	static byte[] csv(ReportTable table) {
		StringBuilder out = new StringBuilder();
		line(out, table.columns().stream().map(ReportTable.Column::heading).map(Object.class::cast).toList());
		table.rows().forEach((row) -> line(out, row));
		byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
		byte[] bytes = new byte[BOM.length + text.length];
		System.arraycopy(BOM, 0, bytes, 0, BOM.length);
		System.arraycopy(text, 0, bytes, BOM.length, text.length);
		return bytes;
	}

	private static void line(StringBuilder out, List<Object> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			Object cell = cells.get(i);
			String text = (cell instanceof String string) ? safeText(string) : String.valueOf(cell);
			if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
				text = '"' + text.replace("\"", "\"\"") + '"';
			}
			out.append(text);
		}
		out.append("\r\n");
	}

	/** A text that a spreadsheet would read as a formula gets an apostrophe in front. */
	static String safeText(String text) {
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}

	static byte[] xlsx(ReportTable table) {
		try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
			CellStyle heading = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			heading.setFont(bold);
			CellStyle whole = workbook.createCellStyle();
			whole.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
			CellStyle decimal = workbook.createCellStyle();
			decimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
			Row head = sheet.createRow(0);
			for (int i = 0; i < table.columns().size(); i++) {
				Cell cell = head.createCell(i);
				cell.setCellValue(table.columns().get(i).heading());
				cell.setCellStyle(heading);
			}
			for (int r = 0; r < table.rows().size(); r++) {
				Row row = sheet.createRow(r + 1);
				List<Object> cells = table.rows().get(r);
				for (int i = 0; i < cells.size(); i++) {
					Cell cell = row.createCell(i);
					Object value = cells.get(i);
					if (value instanceof Long number) {
						cell.setCellValue(number);
						cell.setCellStyle(whole);
					}
					else if (value instanceof BigDecimal number) {
						cell.setCellValue(number.doubleValue());
						cell.setCellStyle(decimal);
					}
					else {
						// setCellValue(String) makes a text cell: never parsed as a
						// formula.
						cell.setCellValue(String.valueOf(value));
					}
				}
			}
			for (int i = 0; i < table.columns().size(); i++) {
				// Fixed widths: autoSizeColumn needs fonts the server may not have.
				sheet.setColumnWidth(i, 18 * 256);
			}
			sheet.createFreezePane(0, 1);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
