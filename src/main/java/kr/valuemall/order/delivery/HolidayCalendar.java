package kr.valuemall.order.delivery;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kr.valuemall.shared.ShortLived;

/**
 * Korea's public holidays as staff keep them in {@code public_holiday}: the days besides
 * weekends on which nothing is dispatched.
 * <p>
 * The table is a few dozen rows a year and changes a few times a year, months ahead,
 * while every product page asks for the next two months of it: it is read whole at most
 * once a minute and kept in memory meanwhile.
 */
@Component
public class HolidayCalendar {

	private static final Duration KEPT = Duration.ofMinutes(1);

	private final JdbcClient jdbc;

	private final ShortLived<Boolean, NavigableSet<LocalDate>> table = new ShortLived<>(KEPT, 1);

	HolidayCalendar(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The holidays from one date to another, both included. */
	public Set<LocalDate> between(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			return Set.of();
		}
		// A view of the table kept, which is unmodifiable.
		return this.table.get(true, (all) -> all()).subSet(from, true, to, true);
	}

	private NavigableSet<LocalDate> all() {
		NavigableSet<LocalDate> days = new TreeSet<>();
		this.jdbc.sql("SELECT day FROM public_holiday").query((row) -> {
			days.add(row.getDate(1).toLocalDate());
		});
		return Collections.unmodifiableNavigableSet(days);
	}

}
