package kr.valuemall.catalog.reviews;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import kr.valuemall.order.ShipmentConfirmed;

/**
 * A confirmed purchase may be reviewed: the order module says which lines, the catalog
 * keeps its own copy so it never reads order tables.
 */
@Component
class ReviewableLineRecorder {

	private final ReviewableLines lines;

	ReviewableLineRecorder(ReviewableLines lines) {
		this.lines = lines;
	}

	@ApplicationModuleListener
	void on(ShipmentConfirmed event) {
		this.lines.add(event);
	}

}
