package kr.valuemall.order;

/**
 * A product as a cart and a checkout see it.
 *
 * @param imageUrl the thumbnail's path on the mall, or null when it has no picture
 * @param live whether shoppers can buy it now
 */
public record ShelfProduct(long id, long sellerId, String name, String categorySlug, long price, int stock,
		long shippingFee, String imageUrl, boolean live) {

	public boolean available() {
		return this.live && this.stock > 0;
	}

}
