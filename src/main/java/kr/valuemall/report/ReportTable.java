package kr.valuemall.report;

import java.util.List;

/**
 * One table of the report as the page shows it and the downloads carry it: a name used in
 * its download address, a title and column headings already in the reader's language, and
 * cells that are text, whole numbers (won or counts), dates, months or percentages.
 */
public record ReportTable(String name, String title, List<Column> columns, List<List<Object>> rows) {

	public ReportTable {
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
	}

	public record Column(String heading, Kind kind) {

		public boolean numeric() {
			return this.kind != Kind.TEXT && this.kind != Kind.DATE && this.kind != Kind.MONTH;
		}

	}

	public enum Kind {

		TEXT, MONEY, COUNT, PERCENT, DATE, MONTH

	}

}
