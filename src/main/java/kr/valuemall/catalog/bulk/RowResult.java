package kr.valuemall.catalog.bulk;

import java.util.List;

/**
 * A row's outcome with the listing it made or changed, and every problem (why it was
 * refused, or why it was held) as a column heading and a message, in the uploader's
 * language.
 */
record RowResult(RowOutcome outcome, Long productId, String productName, List<Problem> problems) {

	RowResult {
		problems = List.copyOf(problems);
	}

	/**
	 * One problem: the column it is about (blank for the whole row) and what is wrong.
	 */
	record Problem(String column, String message) {

		@Override
		public String toString() {
			return this.column.isEmpty() ? this.message : this.column + ": " + this.message;
		}

	}

}
