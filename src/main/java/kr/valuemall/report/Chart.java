package kr.valuemall.report;

import java.util.List;

/**
 * A bar chart drawn on the server as SVG, one row a bar: the label and its value on a
 * line, the bar under them. The bars' lengths are shares of the chart's width, so the SVG
 * needs no viewBox: it is as wide as the page gives it and its text keeps its size in CSS
 * pixels, readable on a 390 px phone as on a desktop. The title and description are the
 * chart's text alternative; the table beside it carries the figures.
 */
public record Chart(String id, String title, String description, List<Bar> bars) {

	/** The height of one row (label line and bar) in CSS pixels. */
	public static final int ROW_HEIGHT = 44;

	public Chart {
		bars = List.copyOf(bars);
	}

	/** Where a row starts, from the SVG's top, in CSS pixels. */
	public int rowTop(int index) {
		return index * ROW_HEIGHT;
	}

	/** The SVG's height in CSS pixels. */
	public int height() {
		return Math.max(ROW_HEIGHT, this.bars.size() * ROW_HEIGHT);
	}

	/**
	 * One bar: its label, its value as shown, its length in hundredths of a percent of
	 * the chart's width, and whether it is greyed out (a month left out of the figures).
	 */
	public record Bar(String label, String valueText, int basisPoints, boolean muted) {

		/** The bar's length for the SVG's width attribute, e.g. {@code 42.17%}. */
		public String widthPercent() {
			return String.format(java.util.Locale.ROOT, "%d.%02d%%", this.basisPoints / 100, this.basisPoints % 100);
		}

	}

}
