package kr.valuemall.settlement.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Daily sales drawn as SVG bars on the server (no script needed), with the numbers for
 * the text alternative. Coordinates are in the SVG's own units.
 */
public record DailySalesChart(List<Day> days, long total, Day best) {

	public static final int WIDTH = 900;

	public static final int HEIGHT = 200;

	static DailySalesChart of(List<Day> days) {
		long max = days.stream().mapToLong(Day::amount).max().orElse(0);
		long total = days.stream().mapToLong(Day::amount).sum();
		Day best = days.stream().filter((day) -> day.amount() > 0 && day.amount() == max).findFirst().orElse(null);
		List<Day> placed = new ArrayList<>();
		int slot = (days.isEmpty()) ? WIDTH : WIDTH / days.size();
		for (int i = 0; i < days.size(); i++) {
			Day day = days.get(i);
			int height = (max <= 0 || day.amount() <= 0) ? 0
					: (int) Math.max(1, Math.round((double) day.amount() / max * (HEIGHT - 10)));
			placed.add(new Day(day.date(), day.amount(), i * slot, HEIGHT - height, Math.max(1, slot - 2), height));
		}
		return new DailySalesChart(List.copyOf(placed), total, best);
	}

	public String viewBox() {
		return "0 0 " + WIDTH + " " + HEIGHT;
	}

	public List<Day> daysWithSales() {
		return this.days.stream().filter((day) -> day.amount() != 0).toList();
	}

	public LocalDate first() {
		return this.days.isEmpty() ? null : this.days.get(0).date();
	}

	public LocalDate last() {
		return this.days.isEmpty() ? null : this.days.get(this.days.size() - 1).date();
	}

	/** One day's sales (refunds taken off on the day they happened) and its bar. */
	public record Day(LocalDate date, long amount, int x, int y, int width, int height) {

		Day(LocalDate date, long amount) {
			this(date, amount, 0, 0, 0, 0);
		}

	}

}
