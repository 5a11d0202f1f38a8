package kr.valuemall.catalog.images;

import java.time.Duration;
import java.util.Optional;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * Serves product images from the database, so any app instance can answer. An image URL
 * names its content by hash and that content never changes, so browsers and CDNs keep it
 * for a year without asking again; those that ask anyway get a 304 without the bytes
 * being read.
 */
@Controller
class ProductImageController {

	static final CacheControl CACHE_FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	private final ProductImages productImages;

	ProductImageController(ProductImages productImages) {
		this.productImages = productImages;
	}

	/**
	 * A bare 404 (no error page) for anything unknown: a browser shows no page for an
	 * image, and old image URLs keep being asked for by crawlers long after.
	 */
	@GetMapping(StoredImage.URL_PREFIX + "{imageId:\\d{1,18}}/{contentHash:[0-9a-f]{64}}/{size}.{extension}")
	ResponseEntity<byte[]> image(@PathVariable long imageId, @PathVariable String contentHash,
			@PathVariable String size, @PathVariable String extension,
			@RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch) {
		Optional<ImageSize> imageSize = ImageSize.fromPathName(size);
		if (imageSize.isEmpty()) {
			return ResponseEntity.notFound().build();
		}
		if (ifNoneMatch != null && matches(ifNoneMatch, contentHash)) {
			return this.productImages.contentTypeOf(imageId, contentHash)
				.filter((contentType) -> StoredImage.extension(contentType).equals(extension))
				.map((contentType) -> ResponseEntity.status(HttpStatus.NOT_MODIFIED)
					.eTag(contentHash)
					.cacheControl(CACHE_FOREVER)
					.<byte[]>build())
				.orElseGet(() -> ResponseEntity.notFound().build());
		}
		return this.productImages.bytesOf(imageId, contentHash, imageSize.get())
			.filter((image) -> StoredImage.extension(image.contentType()).equals(extension))
			.map((image) -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(image.contentType()))
				.eTag(contentHash)
				.cacheControl(CACHE_FOREVER)
				.body(image.bytes()))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	/**
	 * Whether an If-None-Match header ({@code "a", W/"b"} or {@code *}) names this hash.
	 */
	static boolean matches(String ifNoneMatch, String contentHash) {
		for (String tag : ifNoneMatch.split(",")) {
			String candidate = tag.strip();
			if (candidate.equals("*")) {
				return true;
			}
			if (candidate.startsWith("W/")) {
				candidate = candidate.substring(2);
			}
			if (candidate.length() >= 2 && candidate.startsWith("\"") && candidate.endsWith("\"")) {
				candidate = candidate.substring(1, candidate.length() - 1);
			}
			if (candidate.equals(contentHash)) {
				return true;
			}
		}
		return false;
	}

}
