package kr.valuemall.order;

/**
 * A product as a cart and a checkout see it: one SKU of a listing (the combination of
 * options a shopper chose, or a listing's only SKU when it has no options).
 *
 * @param price what one unit of this SKU costs: the listing's price with the option's
 * difference
 * @param stock this SKU's units (for a listing as a whole: all its SKUs' units)
 * @param imageUrl the thumbnail's path on the mall, or null when it has no picture or was
 * read without pictures ({@link ProductShelf#findSkusWithPictures})
 * @param live whether shoppers can buy it now
 * @param skuId the SKU; 0 where only the listing matters
 * @param optionLabel the option as shoppers read it ("블랙 / L"), or null without options
 * @param priceDelta the option's difference to the listing's price
 */
public record ShelfProduct(long id, long sellerId, String name, String categorySlug, long price, int stock,
		long shippingFee, String imageUrl, boolean live, long skuId, String optionLabel, long priceDelta) {

	public ShelfProduct(long id, long sellerId, String name, String categorySlug, long price, int stock,
			long shippingFee, String imageUrl, boolean live) {
		this(id, sellerId, name, categorySlug, price, stock, shippingFee, imageUrl, live, 0, null, 0);
	}

	public boolean available() {
		return this.live && this.stock > 0;
	}

	public boolean hasOption() {
		return this.optionLabel != null;
	}

	/**
	 * A campaign's price for the listing, moved by this option's difference (never below
	 * one won).
	 */
	public long withOption(long listingPrice) {
		return Math.max(1, listingPrice + this.priceDelta);
	}

}
