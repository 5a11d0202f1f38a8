package kr.valuemall.catalog.images;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A product image as pages and feeds link to it. The URLs are paths on the mall (in a
 * template: {@code th:src="@{${image.thumbnail.url}}"}); they carry the content hash, so
 * browsers and CDNs may cache them forever. Width and height let an {@code <img>} reserve
 * its space before the image arrives.
 *
 * @param id the image
 * @param productId the product it shows
 * @param position 0 for the main image, then 1 to 4 in the seller's order
 * @param full at most 1600 px on the long side, for zooming in
 * @param medium at most 800 px on the long side, for the product page
 * @param thumbnail at most 400 px on the long side, for list pages
 * @param webp whether every size is also served as WebP, at the same URL ending in
 * {@code .webp}
 */
public record ProductImageRef(long id, long productId, int position, Link full, Link medium, Link thumbnail,
		boolean webp) {

	/**
	 * For {@code srcset}: every size with its width, so the browser picks what the screen
	 * needs. A photo smaller than a size is stored at its own width, so two sizes can
	 * have the same width; each width is listed once (HTML forbids two), with its
	 * smallest file.
	 */
	public String srcset() {
		return srcset(Function.identity());
	}

	/**
	 * For a {@code <source type="image/webp">}: the WebP copies with their widths, or
	 * null when the image has none (the {@code <img>} then serves alone).
	 */
	public String webpSrcset() {
		return this.webp ? srcset(StoredImage::webpUrl) : null;
	}

	private String srcset(Function<String, String> url) {
		Map<Integer, String> byWidth = new LinkedHashMap<>();
		for (Link size : List.of(this.thumbnail, this.medium, this.full)) {
			byWidth.putIfAbsent(size.width(), url.apply(size.url()) + " " + size.width() + "w");
		}
		return String.join(", ", byWidth.values());
	}

	/** One size of the image. */
	public record Link(String url, int width, int height) {

	}

}
