package kr.valuemall.catalog;

import java.time.Instant;

import kr.valuemall.origin.MakerRole;
import kr.valuemall.origin.OriginKind;
import kr.valuemall.web.Region;

/**
 * Real product rows for tests that need one to hang pictures or orders on.
 */
public class TestProducts {

	private final ProductRepository products;

	TestProducts(ProductRepository products) {
		this.products = products;
	}

	/** A draft product of a seller no other test uses. */
	public long newProductId() {
		return this.products
			.save(new Product(System.nanoTime(),
					new ProductDetails("chairs-stools", "원목 스툴", "국산 참나무로 만든 스툴", 59_000, 10, 3_000,
							OriginKind.DOMESTIC, null, "박공방", Region.GYEONGGI, MakerRole.MAKER, true),
					Instant.now()))
			.getId();
	}

}
