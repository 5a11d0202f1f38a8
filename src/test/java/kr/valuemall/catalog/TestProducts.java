package kr.valuemall.catalog;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Product ids no other test uses, as tests share one database. The product table does not
 * exist yet (V7), so any id will do.
 */
final class TestProducts {

	private static final AtomicLong nextId = new AtomicLong(900_000_000L + (System.nanoTime() & 0xFFFFF) * 1000);

	private TestProducts() {
	}

	static long newProductId() {
		return nextId.incrementAndGet();
	}

}
