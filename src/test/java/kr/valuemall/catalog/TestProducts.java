package kr.valuemall.catalog;

import java.time.Clock;
import java.time.Instant;

import kr.valuemall.origin.MakerRole;
import kr.valuemall.origin.OriginKind;
import kr.valuemall.origin.ReviewStatus;
import kr.valuemall.shared.Region;
import kr.valuemall.catalog.listing.Product;
import kr.valuemall.catalog.listing.ProductDetails;
import kr.valuemall.catalog.listing.ProductRepository;

/**
 * Real product rows for tests that need one to hang pictures or orders on.
 */
public class TestProducts {

	private final ProductRepository products;

	private final Clock clock;

	TestProducts(ProductRepository products, Clock clock) {
		this.products = products;
		this.clock = clock;
	}

	/** A draft product of a seller no other test uses. */
	public long newProductId() {
		return this.products
			.save(new Product(System.nanoTime(),
					new ProductDetails("chairs-stools", "원목 스툴", "국산 참나무로 만든 스툴", 59_000, 10, 3_000,
							OriginKind.DOMESTIC, null, "박공방", Region.GYEONGGI, MakerRole.MAKER, true),
					this.clock.instant()))
			.getId();
	}

	/** A live listing of the seller, ready to be put in a cart. */
	public long live(long sellerId, String name, long price, int stock, long shippingFee) {
		Instant now = this.clock.instant();
		Product product = new Product(sellerId, new ProductDetails("chairs-stools", name, name + " - 국산 참나무로 만든 제품",
				price, stock, shippingFee, OriginKind.DOMESTIC, null, "박공방", Region.GYEONGGI, MakerRole.MAKER, true),
				now);
		product.screened(ReviewStatus.LIVE, now);
		return this.products.save(product).getId();
	}

	public int stockOf(long productId) {
		return this.products.findById(productId).orElseThrow().getStock();
	}

	public long salesOf(long productId) {
		return this.products.findById(productId).orElseThrow().getSalesCount();
	}

}
