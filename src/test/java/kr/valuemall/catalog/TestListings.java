package kr.valuemall.catalog;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;

import kr.valuemall.origin.MakerRole;
import kr.valuemall.origin.OriginKind;
import kr.valuemall.origin.ReviewStatus;
import kr.valuemall.seller.StoreSummary;
import kr.valuemall.shared.Region;
import kr.valuemall.catalog.images.ProductImages;
import kr.valuemall.catalog.images.TestImages;
import kr.valuemall.catalog.listing.Product;
import kr.valuemall.catalog.listing.ProductDetails;
import kr.valuemall.catalog.listing.ProductRepository;

/**
 * Listings in any status, made directly (without the seller's form and screening), for
 * tests of what other modules see of the catalog: feeds, sitemaps, the spotlight.
 */
public final class TestListings {

	private final ProductRepository products;

	private final ProductImages images;

	private final Clock clock;

	private TestListings(ProductRepository products, ProductImages images, Clock clock) {
		this.products = products;
		this.images = images;
		this.clock = clock;
	}

	/** Looked up in the test's application context, so that no test context differs. */
	public static TestListings in(ApplicationContext context) {
		return new TestListings(context.getBean(ProductRepository.class), context.getBean(ProductImages.class),
				context.getBean(Clock.class));
	}

	/** A live listing of the store with a picture. */
	public long live(StoreSummary store, String name, long price, int stock, long shippingFee) {
		long id = draft(store, name, price, stock, shippingFee);
		this.images.store(id, List.of(new MockMultipartFile("images", "main.jpg", "image/jpeg",
				TestImages.jpeg(TestImages.picture(120, 120)))));
		return publish(id);
	}

	/** A live listing without any picture. */
	public long liveWithoutImage(StoreSummary store, String name, long price) {
		return publish(draft(store, name, price, 5, 0));
	}

	public void hold(long id) {
		Product product = this.products.findById(id).orElseThrow();
		product.heldForReview(this.clock.instant());
		this.products.saveAndFlush(product);
	}

	public void unpublish(long id) {
		Product product = this.products.findById(id).orElseThrow();
		product.unpublish(this.clock.instant());
		this.products.saveAndFlush(product);
	}

	public void reject(long id) {
		Product product = this.products.findById(id).orElseThrow();
		product.rejectedByStaff(this.clock.instant());
		this.products.saveAndFlush(product);
	}

	private long draft(StoreSummary store, String name, long price, int stock, long shippingFee) {
		Product product = new Product(store.sellerId(),
				new ProductDetails("chairs-stools", name, name + " 설명: 국산 참나무로 만들었습니다.", price, stock, shippingFee,
						OriginKind.DOMESTIC, null, "박공방", Region.GYEONGGI, MakerRole.MAKER, true),
				this.clock.instant());
		product.listedBy(store.storeName(), store.region());
		return this.products.saveAndFlush(product).getId();
	}

	private long publish(long id) {
		Product product = this.products.findById(id).orElseThrow();
		product.screened(ReviewStatus.LIVE, this.clock.instant());
		return this.products.saveAndFlush(product).getId();
	}

}
