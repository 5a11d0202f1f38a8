package kr.valuemall.report;

import java.util.List;

/**
 * A bar chart drawn on the server as SVG: bars and their labels are placed here, so the
 * page needs no script. The title and description are the chart's text alternative; the
 * table beside it carries the figures.
 */
public record Chart(String id, String title, String description, int width, int height, List<Bar> bars,
		List<Tick> ticks) {

	/** A bar with its label and value text, in the chart's own coordinates. */
	public record Bar(String label, String valueText, int x, int y, int width, int height, boolean muted, int labelX,
			int labelY, int valueX, int valueY) {

	}

	/** A horizontal guide line with its value. */
	public record Tick(String text, int y) {

	}

}
