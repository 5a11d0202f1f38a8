package kr.valuemall.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import kr.valuemall.catalog.listing.ProductOptions;
import kr.valuemall.catalog.listing.ProductSkus;

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

	private final ProductSkus skus;

	private final TransactionTemplate transaction;

	TestProducts(ProductRepository products, Clock clock, ProductSkus skus, PlatformTransactionManager transactions) {
		this.products = products;
		this.clock = clock;
		this.skus = skus;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * A live listing with options: one SKU per combination, as the seller's form saves
	 * them.
	 */
	public long liveWithOptions(long sellerId, String name, long price, long shippingFee, ProductOptions options) {
		long id = live(sellerId, name, price, 0, shippingFee);
		this.transaction.executeWithoutResult((status) -> this.skus.replace(id, options));
		return id;
	}

	/** The SKU of a listing's combination, by its label ("블랙 / L"). */
	public long skuOf(long productId, String label) {
		return this.skus.storedOf(List.of(productId))
			.get(productId)
			.stream()
			.filter((stored) -> label.equals(stored.sku().label()))
			.findFirst()
			.orElseThrow()
			.id();
	}

	/** Each SKU's stock by its label. */
	public Map<String, Integer> skuStocks(long productId) {
		Map<String, Integer> stocks = new LinkedHashMap<>();
		this.skus.storedOf(List.of(productId))
			.get(productId)
			.forEach((stored) -> stocks.put(stored.sku().label(), stored.sku().stock()));
		return stocks;
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
