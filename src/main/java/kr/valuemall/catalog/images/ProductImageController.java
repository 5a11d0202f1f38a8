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
import org.springframework.security.core.annotation.AuthenticationPrincipal;

import kr.valuemall.account.MallUser;
import kr.valuemall.account.Role;
import kr.valuemall.seller.SellerApi;

/**
 * Serves product images from the database, so any app instance can answer. An image URL
 * names its content by hash and that content never changes, so browsers and CDNs keep it
 * for a year without asking again; those that ask anyway get a 304 without the bytes
 * being read.
 */
@Controller
class ProductImageController {

	static final CacheControl CACHE_FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	/**
	 * An image of a listing that is off the mall goes only to staff and its seller, and
	 * no shared cache (a CDN, a proxy) may keep it for others.
	 */
	static final CacheControl PRIVATE = CacheControl.noStore().cachePrivate();

	private final ProductImages productImages;

	private final SellerApi sellers;

	ProductImageController(ProductImages productImages, SellerApi sellers) {
		this.productImages = productImages;
		this.sellers = sellers;
	}

	/**
	 * A bare 404 (no error page) for anything unknown: a browser shows no page for an
	 * image, and old image URLs keep being asked for by crawlers long after.
	 */
	@GetMapping(StoredImage.URL_PREFIX + "{imageId:\\d{1,18}}/{contentHash:[0-9a-f]{64}}/{size}.{extension}")
	ResponseEntity<byte[]> image(@PathVariable long imageId, @PathVariable String contentHash,
			@PathVariable String size, @PathVariable String extension,
			@RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch,
			@AuthenticationPrincipal MallUser viewer) {
		Optional<ImageSize> imageSize = ImageSize.fromPathName(size);
		Optional<ProductImages.Audience> audience = this.productImages.audienceOf(imageId);
		if (imageSize.isEmpty() || audience.isEmpty() || !mayView(audience.get(), viewer)) {
			// The same bare 404 as for an image that does not exist: nothing tells the
			// public that a held listing's picture is there.
			return ResponseEntity.notFound().build();
		}
		CacheControl caching = audience.get().isPublic() ? CACHE_FOREVER : PRIVATE;
		if (StoredImage.WEBP.equals(extension)) {
			// The WebP copy is another body of the same picture: its own ETag.
			String etag = contentHash + "-" + StoredImage.WEBP;
			return this.productImages.webpOf(imageId, contentHash, imageSize.get())
				.map((image) -> (ifNoneMatch != null && matches(ifNoneMatch, etag))
						? ResponseEntity.status(HttpStatus.NOT_MODIFIED)
							.eTag(etag)
							.cacheControl(caching)
							.<byte[]>build()
						: ResponseEntity.ok()
							.contentType(MediaType.parseMediaType(image.contentType()))
							.eTag(etag)
							.cacheControl(caching)
							.body(image.bytes()))
				.orElseGet(() -> ResponseEntity.notFound().build());
		}
		if (ifNoneMatch != null && matches(ifNoneMatch, contentHash)) {
			return this.productImages.contentTypeOf(imageId, contentHash)
				.filter((contentType) -> StoredImage.extension(contentType).equals(extension))
				.map((contentType) -> ResponseEntity.status(HttpStatus.NOT_MODIFIED)
					.eTag(contentHash)
					.cacheControl(caching)
					.<byte[]>build())
				.orElseGet(() -> ResponseEntity.notFound().build());
		}
		return this.productImages.bytesOf(imageId, contentHash, imageSize.get())
			.filter((image) -> StoredImage.extension(image.contentType()).equals(extension))
			.map((image) -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(image.contentType()))
				.eTag(contentHash)
				.cacheControl(caching)
				.body(image.bytes()))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	private boolean mayView(ProductImages.Audience audience, MallUser viewer) {
		if (audience.isPublic()) {
			return true;
		}
		if (viewer == null) {
			return false;
		}
		boolean staff = viewer.getAuthorities()
			.stream()
			.anyMatch((authority) -> Role.STAFF.stream()
				.anyMatch((role) -> role.authority().equals(authority.getAuthority())));
		return staff || this.sellers.storeOfAccount(viewer.getId())
			.map((store) -> store.sellerId() == audience.sellerId())
			.orElse(false);
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
