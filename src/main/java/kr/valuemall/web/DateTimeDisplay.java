package kr.valuemall.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/**
 * Instants are stored in UTC and shown in Korea's time. Used from templates as
 * {@code @dates.dateTime(instant)}.
 */
@Component("dates")
public class DateTimeDisplay {

	public static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(SEOUL);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(SEOUL);

	private static final DateTimeFormatter MACHINE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX")
		.withZone(SEOUL);

	public String dateTime(Instant instant) {
		return (instant != null) ? DATE_TIME.format(instant) : "";
	}

	public String date(Instant instant) {
		return (instant != null) ? DATE.format(instant) : "";
	}

	/**
	 * For a {@code <time datetime>}: to the second, in Korea's offset. HTML takes at most
	 * three digits of a second, and PostgreSQL keeps six.
	 */
	public String machine(Instant instant) {
		return (instant != null) ? MACHINE.format(instant) : "";
	}

}
