package kr.valuemall.catalog.bulk;

/**
 * What became of one row: waiting, a draft created or updated, on sale, held for staff
 * review, or refused (nothing changed). Shown through {@code bulk.outcome.<NAME>}.
 */
enum RowOutcome {

	PENDING, CREATED, UPDATED, LIVE, HELD, REFUSED;

	public String messageKey() {
		return "bulk.outcome." + name();
	}

}
