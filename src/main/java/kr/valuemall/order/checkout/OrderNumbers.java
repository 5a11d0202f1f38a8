package kr.valuemall.order.checkout;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Order numbers as Korean shoppers know them: the date in Korea and the day's running
 * number, {@code 20261126-000123}. Each number is taken in its own short transaction, so
 * checkouts do not queue behind the counter; a failed checkout leaves a gap, never a
 * duplicate.
 */
@Component
public class OrderNumbers {

	private static final ZoneId KOREA = ZoneId.of("Asia/Seoul");

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private final JdbcClient jdbc;

	OrderNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public String next(Instant now) {
		LocalDate day = LocalDate.ofInstant(now, KOREA);
		Integer value = this.jdbc.sql("""
				INSERT INTO order_number_counter (day, last_value) VALUES (?, 1)
				ON CONFLICT (day) DO UPDATE SET last_value = order_number_counter.last_value + 1
				RETURNING last_value""").param(day).query(Integer.class).single();
		return day.format(DAY) + "-" + String.format("%06d", value);
	}

}
