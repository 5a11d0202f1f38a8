package kr.valuemall.catalog;

import java.time.Instant;

import kr.valuemall.shared.Region;

/**
 * A live listing as feeds and sitemaps describe it.
 *
 * @param id the product
 * @param sellerId the store (seller module's id)
 * @param storeSlug the store's address, {@code /stores/{slug}}
 * @param storeName the store's name
 * @param categorySlug the listing's category
 * @param topCategoryName the Korean name of the top-level category
 * @param subCategoryName the Korean name of the subcategory, or {@code null} when the
 * listing sits in a top-level category
 * @param name what the seller calls it
 * @param description the seller's description
 * @param price whole won
 * @param stock units in stock
 * @param shippingFee the product's own shipping fee in whole won, 0 for free shipping;
 * what a shopper pays also depends on the seller's free-shipping threshold, so feeds ask
 * the order module's {@code ShippingQuotes}
 * @param manufacturer who made it (the origin declaration's maker)
 * @param madeRegion where in Korea it was made
 * @param imagePath path of the main image (full size), or {@code null} without one
 * @param updatedAt when the listing last changed
 * @param reviewCount the listing's published reviews
 * @param variants its option combinations (SKUs), in the seller's order; empty without
 * options
 */
public record FeedListing(long id, long sellerId, String storeSlug, String storeName, String categorySlug,
		String topCategoryName, String subCategoryName, String name, String description, long price, int stock,
		long shippingFee, String manufacturer, Region madeRegion, String imagePath, Instant updatedAt, long reviewCount,
		java.util.List<Variant> variants) {

	public FeedListing {
		variants = (variants != null) ? java.util.List.copyOf(variants) : java.util.List.of();
	}

	public FeedListing(long id, long sellerId, String storeSlug, String storeName, String categorySlug,
			String topCategoryName, String subCategoryName, String name, String description, long price, int stock,
			long shippingFee, String manufacturer, Region madeRegion, String imagePath, Instant updatedAt) {
		this(id, sellerId, storeSlug, storeName, categorySlug, topCategoryName, subCategoryName, name, description,
				price, stock, shippingFee, manufacturer, madeRegion, imagePath, updatedAt, 0, java.util.List.of());
	}

	public boolean hasOptions() {
		return !this.variants.isEmpty();
	}

	/**
	 * The lowest price it sells at: the cheapest option in stock (of any, when all are
	 * sold out), the listing's price without options.
	 */
	public long lowestPrice() {
		return this.variants.stream()
			.filter(Variant::inStock)
			.mapToLong(Variant::price)
			.min()
			.orElse(this.variants.stream().mapToLong(Variant::price).min().orElse(this.price));
	}

	/**
	 * One option combination (SKU).
	 *
	 * @param label "블랙 / L"
	 * @param price the listing's price with the option's difference
	 * @param priceDelta the option's difference
	 */
	public record Variant(long skuId, String label, long price, long priceDelta, int stock) {

		public boolean inStock() {
			return this.stock > 0;
		}

	}

	/** The product page's path. */
	public String path() {
		return "/products/" + this.id;
	}

	public boolean inStock() {
		return this.stock > 0;
	}

}
