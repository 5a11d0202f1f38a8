package kr.valuemall.report;

import java.util.ArrayList;
import java.util.List;

import kr.valuemall.shared.SpreadsheetFiles;

/**
 * A report table as a download: its column headings, then its rows, through the mall's
 * one spreadsheet writer (CSV with formulas defused, XLSX with numbers as numbers and
 * text as text).
 */
final class TableExport {

	private static final SpreadsheetFiles.Layout LAYOUT = new SpreadsheetFiles.Layout(true, List.of(18), false);

	private TableExport() {
	}

	static byte[] csv(ReportTable table) {
		return SpreadsheetFiles.csv(rows(table));
	}

	static byte[] xlsx(ReportTable table) {
		return SpreadsheetFiles.xlsx(table.title(), rows(table), LAYOUT);
	}

	private static List<List<Object>> rows(ReportTable table) {
		List<List<Object>> rows = new ArrayList<>();
		rows.add(table.columns().stream().map(ReportTable.Column::heading).map(Object.class::cast).toList());
		rows.addAll(table.rows());
		return rows;
	}

}
