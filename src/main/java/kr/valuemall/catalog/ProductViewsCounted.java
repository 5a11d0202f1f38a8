package kr.valuemall.catalog;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * How many times each product page was opened on a day (Korea's date), since the last
 * batch was sent (views of every instance, committed as they happened). Batches add up.
 *
 * @param day the day in Korea
 * @param views page views per product id
 * @param batchId this batch's own id, so a redelivered batch is added once; absent
 * ({@code null}) in events stored before it was added
 */
public record ProductViewsCounted(LocalDate day, Map<Long, Long> views, UUID batchId) {

	/** A new batch, with an id of its own. */
	public ProductViewsCounted(LocalDate day, Map<Long, Long> views) {
		this(day, views, UUID.randomUUID());
	}

}
