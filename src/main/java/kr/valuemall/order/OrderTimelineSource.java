package kr.valuemall.order;

import java.time.Instant;
import java.util.List;

/**
 * What another module adds to the staff's timeline of an order (the notification module:
 * who was told what). The order module keeps its own part: states, payment and refunds.
 */
public interface OrderTimelineSource {

	List<Entry> entries(String orderNumber);

	/**
	 * One moment of an order's life.
	 *
	 * @param labelKey the message key that says what happened
	 * @param detail text shown after it (who, how much, why), or null
	 */
	record Entry(Instant at, String labelKey, String detail) {

	}

}
