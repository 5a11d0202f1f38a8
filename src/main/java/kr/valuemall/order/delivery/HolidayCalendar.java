package kr.valuemall.order.delivery;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Korea's public holidays as staff keep them in {@code public_holiday}: the days besides
 * weekends on which nothing is dispatched.
 */
@Component
@Transactional(readOnly = true)
public class HolidayCalendar {

	private final JdbcClient jdbc;

	HolidayCalendar(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The holidays from one date to another, both included. */
	public Set<LocalDate> between(LocalDate from, LocalDate to) {
		Set<LocalDate> days = new HashSet<>();
		this.jdbc.sql("SELECT day FROM public_holiday WHERE day BETWEEN ? AND ?")
			.params(Date.valueOf(from), Date.valueOf(to))
			.query((row) -> {
				days.add(row.getDate(1).toLocalDate());
			});
		return days;
	}

}
