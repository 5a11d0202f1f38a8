package kr.valuemall.catalog.images;

/**
 * What lists of product images read from a row: everything but the bytes.
 *
 * @param webp whether the sizes are kept as WebP too
 */
public record StoredImage(long id, long productId, short position, String contentType, String contentHash, int width,
		int height, int mediumWidth, int mediumHeight, int thumbnailWidth, int thumbnailHeight, boolean webp) {

	static final String URL_PREFIX = "/images/products/";

	ProductImageRef ref() {
		return new ProductImageRef(this.id, this.productId, this.position,
				link(ImageSize.FULL, this.width, this.height),
				link(ImageSize.MEDIUM, this.mediumWidth, this.mediumHeight),
				link(ImageSize.THUMBNAIL, this.thumbnailWidth, this.thumbnailHeight), this.webp);
	}

	private ProductImageRef.Link link(ImageSize size, int linkWidth, int linkHeight) {
		return new ProductImageRef.Link(url(this.id, this.contentHash, size, this.contentType), linkWidth, linkHeight);
	}

	/**
	 * {@code /images/products/{id}/{hash}/{size}.{jpg|png}}, served by
	 * ProductImageController.
	 */
	public static String url(long id, String contentHash, ImageSize size, String contentType) {
		return URL_PREFIX + id + "/" + contentHash + "/" + size.pathName() + "." + extension(contentType);
	}

	/** {@code /images/products/{id}/{hash}/{size}.webp}: the same size as WebP. */
	static String webpUrl(String url) {
		return url.substring(0, url.lastIndexOf('.')) + "." + WEBP;
	}

	static final String WEBP = "webp";

	static String extension(String contentType) {
		return "image/png".equals(contentType) ? "png" : "jpg";
	}

}
