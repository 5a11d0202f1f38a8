package kr.valuemall.catalog.bulk;

import java.util.List;
import java.util.Map;

/**
 * One row of an uploaded sheet: its number as the spreadsheet shows it, what each known
 * column holds (trimmed, blank when empty), the product information notice's lines by
 * item key, and every cell as uploaded, for the result file.
 */
record BulkRow(int number, Map<BulkColumn, String> cells, Map<String, String> notice, List<String> asUploaded) {

	String get(BulkColumn column) {
		return this.cells.getOrDefault(column, "");
	}

}
