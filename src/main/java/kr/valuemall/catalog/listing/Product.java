package kr.valuemall.catalog.listing;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.valuemall.seller.BusinessRegistrationNumber;
import kr.valuemall.origin.ListingDeclaration;
import kr.valuemall.origin.MakerRole;
import kr.valuemall.origin.OriginKind;
import kr.valuemall.origin.ReviewStatus;
import kr.valuemall.shared.Region;
import kr.valuemall.catalog.RatingSummary;
import kr.valuemall.catalog.notice.NoticeGroup;
import kr.valuemall.catalog.notice.ProductNotice;

/**
 * A seller's listing. It knows which status changes make sense; origin screening and
 * staff decide between LIVE, HELD and REJECTED.
 */
@Entity
@Table(name = "product")
@EntityListeners(ProductSaveListener.class)
public class Product {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long sellerId;

	private String categorySlug;

	private String name;

	private String description;

	private long price;

	/**
	 * All its SKUs' units: written once at insert (the first SKU takes it, see
	 * V50__create_product_sku_table.sql), then kept by the database from the SKUs.
	 */
	@Column(updatable = false)
	private int stock;

	private long shippingFee;

	@Enumerated(EnumType.STRING)
	private OriginKind originKind;

	private String importer;

	private String manufacturer;

	@Column(name = "maker_business_number")
	private String makerBusinessNumber;

	@Enumerated(EnumType.STRING)
	private Region madeRegion;

	@Enumerated(EnumType.STRING)
	private MakerRole makerRole;

	private boolean attested;

	@Enumerated(EnumType.STRING)
	private ProductStatus status;

	private Instant createdAt;

	private Instant updatedAt;

	private Instant publishedAt;

	/** A copy of the seller module's store name, kept so search can match it. */
	private String storeName = "";

	/**
	 * A copy of the store's region (where the seller is based), for the region filter.
	 */
	@Enumerated(EnumType.STRING)
	private Region sellerRegion;

	/** Units sold; the order module will raise it. Best-selling sorts by it. */
	@Column(insertable = false, updatable = false)
	private long salesCount;

	/**
	 * Reviews and their stars, raised only by {@code catalog.reviews.ProductReviews} in
	 * the review's own transaction with one UPDATE; read-only here, so saving an edited
	 * listing never writes back a stale count.
	 */
	@Column(insertable = false, updatable = false)
	private int reviewCount;

	@Column(insertable = false, updatable = false)
	private long ratingSum;

	/**
	 * The options' names (colour, size; null without options), written with the options
	 * by {@link ProductSkus}; read here so that a product page needs no query for them.
	 */
	@Column(insertable = false, updatable = false)
	private String optionName1;

	@Column(insertable = false, updatable = false)
	private String optionName2;

	/** The product information notice's group; null until the seller chooses one. */
	@Enumerated(EnumType.STRING)
	private NoticeGroup noticeGroup;

	/** What the notice says, line by line (read only inside a transaction: lazy). */
	@ElementCollection
	@CollectionTable(name = "product_notice", joinColumns = @JoinColumn(name = "product_id"))
	@MapKeyColumn(name = "item", length = 40)
	@Column(name = "value", length = 1000, nullable = false)
	private Map<String, String> noticeValues = new HashMap<>();

	@Version
	private long version;

	protected Product() {
	}

	public Product(long sellerId, ProductDetails details, Instant now) {
		this.sellerId = sellerId;
		this.status = ProductStatus.DRAFT;
		this.createdAt = now;
		apply(details, now);
	}

	/** Changes what the listing says. A live listing must then be screened again. */
	void edit(ProductDetails details, Instant now) {
		apply(details, now);
	}

	/**
	 * Can this listing be offered as it is? Only domestic goods with a full, signed
	 * declaration.
	 */
	boolean declaresDomesticOrigin() {
		return this.originKind == OriginKind.DOMESTIC && this.attested && this.madeRegion != null
				&& this.makerRole != null && this.manufacturer != null && !this.manufacturer.isBlank();
	}

	/** Applies screening's answer to a publish or an edit of a live listing. */
	public void screened(ReviewStatus outcome, Instant now) {
		if (!declaresDomesticOrigin()) {
			throw new IllegalStateException("Listing " + this.id + " does not declare domestic origin");
		}
		this.status = (outcome == ReviewStatus.LIVE) ? ProductStatus.LIVE : ProductStatus.HELD;
		if (this.status == ProductStatus.LIVE && this.publishedAt == null) {
			this.publishedAt = now;
		}
		this.updatedAt = now;
	}

	public void unpublish(Instant now) {
		if (this.status == ProductStatus.LIVE || this.status == ProductStatus.HELD) {
			this.status = ProductStatus.UNPUBLISHED;
			this.updatedAt = now;
		}
	}

	/** Staff approved it after review. Only a held listing goes live this way. */
	void approvedByStaff(Instant now) {
		if (this.status == ProductStatus.HELD) {
			this.status = ProductStatus.LIVE;
			if (this.publishedAt == null) {
				this.publishedAt = now;
			}
			this.updatedAt = now;
		}
	}

	public void rejectedByStaff(Instant now) {
		if (this.status == ProductStatus.HELD || this.status == ProductStatus.LIVE) {
			this.status = ProductStatus.REJECTED;
			this.updatedAt = now;
		}
	}

	/** Shopper reports sent it back to review. */
	public void heldForReview(Instant now) {
		if (this.status == ProductStatus.LIVE) {
			this.status = ProductStatus.HELD;
			this.updatedAt = now;
		}
	}

	/**
	 * Keeps the copy of the store's name and region that search reads up to date; called
	 * on every create, edit and publish, when the seller's store is at hand.
	 */
	public void listedBy(String storeName, Region sellerRegion) {
		this.storeName = (storeName != null) ? storeName : "";
		this.sellerRegion = sellerRegion;
	}

	/**
	 * Replaces the product information notice. Whether it is complete matters only when
	 * the listing goes on sale ({@link SellerListings#publish}).
	 */
	void fillNotice(ProductNotice notice, Instant now) {
		this.noticeGroup = notice.group();
		this.noticeValues.clear();
		this.noticeValues.putAll(notice.values());
		this.updatedAt = now;
	}

	ListingDeclaration declaration(String storeName) {
		return new ListingDeclaration(this.id, this.sellerId, storeName, this.categorySlug, this.name, this.description,
				this.price, this.originKind, this.importer, this.manufacturer, this.madeRegion, this.makerRole,
				this.attested);
	}

	private void apply(ProductDetails details, Instant now) {
		this.categorySlug = details.categorySlug();
		this.name = details.name();
		this.description = details.description();
		this.price = details.price();
		if (this.id == null) {
			this.stock = details.stock();
		}
		this.shippingFee = details.shippingFee();
		this.originKind = details.originKind();
		this.importer = details.importer();
		this.manufacturer = details.manufacturer();
		this.madeRegion = details.madeRegion();
		this.makerRole = details.makerRole();
		this.attested = details.attested();
		this.updatedAt = now;
	}

	/** Counted up by every save of the listing through JPA (optimistic locking). */
	public long getVersion() {
		return this.version;
	}

	public Long getId() {
		return this.id;
	}

	public long getSellerId() {
		return this.sellerId;
	}

	public String getCategorySlug() {
		return this.categorySlug;
	}

	public String getName() {
		return this.name;
	}

	public String getDescription() {
		return this.description;
	}

	public long getPrice() {
		return this.price;
	}

	public int getStock() {
		return this.stock;
	}

	public long getShippingFee() {
		return this.shippingFee;
	}

	public OriginKind getOriginKind() {
		return this.originKind;
	}

	public String getImporter() {
		return this.importer;
	}

	/**
	 * The Korean maker a reseller names, by its business registration number; none
	 * cleared it.
	 */
	void nameMaker(BusinessRegistrationNumber number, Instant now) {
		String digits = (number != null) ? number.digits() : null;
		if (!Objects.equals(digits, this.makerBusinessNumber)) {
			this.makerBusinessNumber = digits;
			this.updatedAt = now;
		}
	}

	/** The maker's business registration number, when a reseller named one. */
	public BusinessRegistrationNumber getMakerBusinessNumber() {
		return (this.makerBusinessNumber != null) ? new BusinessRegistrationNumber(this.makerBusinessNumber) : null;
	}

	public String getManufacturer() {
		return this.manufacturer;
	}

	public Region getMadeRegion() {
		return this.madeRegion;
	}

	public MakerRole getMakerRole() {
		return this.makerRole;
	}

	public boolean isAttested() {
		return this.attested;
	}

	public ProductStatus getStatus() {
		return this.status;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public String getStoreName() {
		return this.storeName;
	}

	public Region getSellerRegion() {
		return this.sellerRegion;
	}

	public long getSalesCount() {
		return this.salesCount;
	}

	public int getReviewCount() {
		return this.reviewCount;
	}

	/** The review count and star sum, for the average shown beside the price. */
	public RatingSummary getRating() {
		return new RatingSummary(this.reviewCount, this.ratingSum);
	}

	/** The product information notice, copied (call inside a transaction). */
	public ProductNotice getNotice() {
		return ProductNotice.of(this.noticeGroup, new HashMap<>(this.noticeValues));
	}

	public boolean isInStock() {
		return this.stock > 0;
	}

	ProductSkus.Names optionNames() {
		return new ProductSkus.Names(this.optionName1, this.optionName2);
	}

}
