package kr.valuemall.catalog.images;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * Serves review photos from the database as product images are served: the URL names the
 * content by hash, so browsers and CDNs keep it for a year; a bare 404 for anything
 * unknown. Reviews are public, and so are their photos.
 */
@Controller
class ReviewPhotoController {

	private final ReviewPhotos photos;

	ReviewPhotoController(ReviewPhotos photos) {
		this.photos = photos;
	}

	@GetMapping(ReviewPhotos.URL_PREFIX + "{photoId:\\d{1,18}}/{contentHash:[0-9a-f]{64}}/{size}.{extension}")
	ResponseEntity<byte[]> photo(@PathVariable long photoId, @PathVariable String contentHash,
			@PathVariable String size, @PathVariable String extension,
			@RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch) {
		Optional<ImageSize> imageSize = ImageSize.fromPathName(size);
		if (imageSize.isEmpty()) {
			return ResponseEntity.notFound().build();
		}
		boolean webp = StoredImage.WEBP.equals(extension);
		String etag = webp ? contentHash + "-" + StoredImage.WEBP : contentHash;
		return this.photos.bytesOf(photoId, contentHash, imageSize.get(), webp)
			.filter((image) -> webp || StoredImage.extension(image.contentType()).equals(extension))
			.map((image) -> (ifNoneMatch != null && ProductImageController.matches(ifNoneMatch, etag))
					? ResponseEntity.status(HttpStatus.NOT_MODIFIED)
						.eTag(etag)
						.cacheControl(ProductImageController.CACHE_FOREVER)
						.<byte[]>build()
					: ResponseEntity.ok()
						.contentType(MediaType.parseMediaType(image.contentType()))
						.eTag(etag)
						.cacheControl(ProductImageController.CACHE_FOREVER)
						.body(image.bytes()))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

}
