package kr.valuemall.catalog.listing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import kr.valuemall.origin.OriginApi;
import kr.valuemall.origin.ScreeningOutcome;
import kr.valuemall.seller.StoreSummary;
import kr.valuemall.catalog.images.ImageRejected;
import kr.valuemall.catalog.images.ProductImageRef;
import kr.valuemall.catalog.images.ProductImages;
import kr.valuemall.catalog.notice.ProductNotice;

/**
 * A seller's own listings. Every method takes the seller's store and only ever touches
 * that store's products: another seller's product id answers "not found".
 */
@Service
public class SellerListings {

	private final ProductRepository products;

	private final ProductImages images;

	private final OriginApi origin;

	private final Clock clock;

	private final ProductSkus skus;

	SellerListings(ProductRepository products, ProductImages images, OriginApi origin, Clock clock, ProductSkus skus) {
		this.skus = skus;
		this.products = products;
		this.images = images;
		this.origin = origin;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<SellerListing> listingsOf(StoreSummary store) {
		List<Product> own = this.products.findBySellerIdOrderByUpdatedAtDesc(store.sellerId());
		List<Long> ids = own.stream().map(Product::getId).toList();
		Map<Long, ProductImageRef> firstImages = this.images.firstImagesOf(ids);
		var reviews = this.origin.reviewsOf(ids);
		return own.stream()
			.map((product) -> new SellerListing(product, firstImages.get(product.getId()),
					reviews.get(product.getId())))
			.toList();
	}

	@Transactional(readOnly = true)
	public Product find(StoreSummary store, long productId) {
		return own(store, productId);
	}

	@Transactional
	public Product create(StoreSummary store, ProductDetails details) {
		Product product = new Product(store.sellerId(), details, this.clock.instant());
		product.listedBy(store.storeName(), store.region());
		return this.products.save(product);
	}

	/**
	 * A new listing with its product information notice (complete or not: a draft may
	 * wait for it).
	 */
	@Transactional
	public Product create(StoreSummary store, ProductDetails details, ProductNotice notice) {
		Product product = create(store, details);
		product.fillNotice(notice, this.clock.instant());
		return product;
	}

	/**
	 * A new listing with its notice and options: each combination a SKU with its own
	 * stock and price difference (the caller checked that every SKU's price stays above
	 * zero).
	 */
	@Transactional
	public Product create(StoreSummary store, ProductDetails details, ProductNotice notice, ProductOptions options) {
		Product product = create(store, details, notice);
		if (options.hasOptions()) {
			this.products.flush();
			this.skus.replace(product.getId(), options);
		}
		return product;
	}

	/** Saves changes, the notice and the options (see {@link #create}). */
	@Transactional
	public Product edit(StoreSummary store, long productId, ProductDetails details, ProductNotice notice,
			ProductOptions options) {
		own(store, productId);
		this.skus.replace(productId, options);
		return edit(store, productId, details, notice);
	}

	/** A listing's options and SKUs. */
	@Transactional(readOnly = true)
	public ProductOptions optionsOf(StoreSummary store, long productId) {
		own(store, productId);
		return this.skus.optionsOf(productId);
	}

	/**
	 * Saves changes and the notice; a listing on sale or waiting for review is screened
	 * again as it now reads. The caller checks that a listing staying on sale keeps a
	 * complete notice ({@link kr.valuemall.catalog.notice.NoticeRules}).
	 */
	@Transactional
	public Product edit(StoreSummary store, long productId, ProductDetails details, ProductNotice notice) {
		own(store, productId).fillNotice(notice, this.clock.instant());
		return edit(store, productId, details);
	}

	/**
	 * Replaces only the notice (the bulk upload's notice columns, the demo). The caller
	 * checks it ({@link kr.valuemall.catalog.notice.NoticeCatalogue#check}); a listing on
	 * sale must keep a complete one.
	 */
	@Transactional
	public void fillNotice(StoreSummary store, long productId, ProductNotice notice) {
		own(store, productId).fillNotice(notice, this.clock.instant());
	}

	/**
	 * The listing's product information notice; {@link ProductNotice#NONE} before one.
	 */
	@Transactional(readOnly = true)
	public ProductNotice noticeOf(StoreSummary store, long productId) {
		return own(store, productId).getNotice();
	}

	/**
	 * Saves changes; a listing on sale or waiting for review is screened again as it now
	 * reads.
	 */
	@Transactional
	public Product edit(StoreSummary store, long productId, ProductDetails details) {
		Product product = own(store, productId);
		Instant now = this.clock.instant();
		// Without options the one SKU holds the stock typed; with options each SKU keeps
		// its own (the options form or sheet sets them).
		if (!this.skus.namesOf(productId).hasOptions()) {
			this.skus.replace(productId, ProductOptions.none(details.stock()));
		}
		product.edit(details, now);
		product.listedBy(store.storeName(), store.region());
		if ((product.getStatus() == ProductStatus.LIVE || product.getStatus() == ProductStatus.HELD)
				&& product.declaresDomesticOrigin()) {
			this.products.flush();
			product.screened(this.origin.screen(product.declaration(store.storeName())).status(), now);
		}
		else if (product.getStatus() == ProductStatus.LIVE || product.getStatus() == ProductStatus.HELD) {
			// The declaration no longer allows sale here: take it off sale at once.
			product.unpublish(now);
		}
		return product;
	}

	/**
	 * Offers the listing: screening decides whether it goes live or waits for staff. It
	 * must declare domestic origin and carry a complete product information notice (the
	 * form says which lines are missing before it gets here).
	 */
	@Transactional
	public ScreeningOutcome publish(StoreSummary store, long productId) {
		Product product = own(store, productId);
		if (!product.declaresDomesticOrigin()) {
			throw new IllegalStateException("Only a full domestic declaration can be published");
		}
		if (!product.getNotice().isComplete()) {
			throw new IllegalStateException(
					"Only a listing with a complete product information notice can be published");
		}
		product.listedBy(store.storeName(), store.region());
		ScreeningOutcome outcome = this.origin.screen(product.declaration(store.storeName()));
		product.screened(outcome.status(), this.clock.instant());
		return outcome;
	}

	@Transactional
	public void unpublish(StoreSummary store, long productId) {
		own(store, productId).unpublish(this.clock.instant());
	}

	/**
	 * Checks and stores pictures; refused pictures throw {@link ImageRejected}, storing
	 * none.
	 */
	public List<ProductImageRef> addImages(StoreSummary store, long productId, List<MultipartFile> files) {
		find(store, productId);
		return this.images.store(productId, files);
	}

	@Transactional
	public void removeImage(StoreSummary store, long productId, long imageId) {
		own(store, productId);
		this.images.remove(productId, imageId);
	}

	@Transactional(readOnly = true)
	public List<ProductImageRef> imagesOf(StoreSummary store, long productId) {
		own(store, productId);
		return this.images.imagesOf(productId);
	}

	private Product own(StoreSummary store, long productId) {
		return this.products.findByIdAndSellerId(productId, store.sellerId())
			.orElseThrow(() -> ProductNotFound.of(productId));
	}

}
