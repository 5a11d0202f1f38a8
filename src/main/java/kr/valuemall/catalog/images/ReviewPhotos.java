package kr.valuemall.catalog.images;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.web.multipart.MultipartFile;

/**
 * Photos shoppers attach to reviews: up to {@value #MAX_PHOTOS} each, checked and
 * re-encoded by the same {@link ImageProcessing} as product images (sizes, WebP copies,
 * size and pixel limits, EXIF orientation, nothing of the original kept), and stored in
 * the database so any instance serves them.
 * <p>
 * In two steps, as product images: {@link #prepare} spends the CPU before any transaction
 * and refuses a bad file before the review is written, so the shopper gets the form back
 * with what they typed; {@link #attach} stores the prepared photos in the review's own
 * transaction.
 */
@Service
public class ReviewPhotos {

	public static final int MAX_PHOTOS = 3;

	static final String URL_PREFIX = "/images/reviews/";

	private final ImageProcessing processing;

	private final JdbcClient jdbc;

	private final Clock clock;

	ReviewPhotos(ImageProcessing processing, JdbcClient jdbc, Clock clock) {
		this.processing = processing;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Checks and re-encodes the chosen files (inputs left empty are skipped).
	 * @throws ImageRejected naming the file that is not an image the mall takes, or
	 * {@code image.invalid.tooMany} past {@value #MAX_PHOTOS}
	 */
	public Prepared prepare(List<MultipartFile> files) {
		List<MultipartFile> chosen = (files != null) ? files.stream()
			.filter((file) -> !file.isEmpty() || StringUtils.hasText(file.getOriginalFilename()))
			.toList() : List.of();
		if (chosen.size() > MAX_PHOTOS) {
			throw ImageRejected.tooMany();
		}
		List<ProcessedImage> processed = new ArrayList<>(chosen.size());
		for (MultipartFile file : chosen) {
			try {
				if (file.getSize() > ImageProcessing.MAX_UPLOAD_BYTES) {
					throw ImageRejected.of(ImageRejected.Reason.TOO_LARGE);
				}
				processed.add(this.processing.process(file.getBytes()));
			}
			catch (ImageRejected ex) {
				throw ex.forFile(file.getOriginalFilename());
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not read the upload " + file.getOriginalFilename(), ex);
			}
		}
		return new Prepared(List.copyOf(processed));
	}

	/** Stores prepared photos with the review, in the caller's transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void attach(long reviewId, Prepared photos) {
		Instant now = this.clock.instant();
		int position = 0;
		for (ProcessedImage image : photos.images()) {
			this.jdbc
				.sql("""
						INSERT INTO review_photo (review_id, position, content_type, width, height, full_image, full_webp,
						    medium_width, medium_height, medium_image, medium_webp, thumbnail_width, thumbnail_height,
						    thumbnail_image, thumbnail_webp, content_hash, original_size, created_at)
						VALUES (:review, :position, :type, :width, :height, :full, :fullWebp, :mediumWidth, :mediumHeight,
						    :medium, :mediumWebp, :thumbWidth, :thumbHeight, :thumb, :thumbWebp, :hash, :originalSize, :at)""")
				.param("review", reviewId)
				.param("position", position++)
				.param("type", image.contentType())
				.param("width", image.full().width())
				.param("height", image.full().height())
				.param("full", image.full().bytes())
				.param("fullWebp", image.full().webp(), java.sql.Types.BINARY)
				.param("mediumWidth", image.medium().width())
				.param("mediumHeight", image.medium().height())
				.param("medium", image.medium().bytes())
				.param("mediumWebp", image.medium().webp(), java.sql.Types.BINARY)
				.param("thumbWidth", image.thumbnail().width())
				.param("thumbHeight", image.thumbnail().height())
				.param("thumb", image.thumbnail().bytes())
				.param("thumbWebp", image.thumbnail().webp(), java.sql.Types.BINARY)
				.param("hash", image.contentHash())
				.param("originalSize", image.originalSize())
				.param("at", Timestamp.from(now))
				.update();
		}
	}

	/**
	 * The photos of each review that has some, in the shopper's order, with one query.
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<ReviewPhoto>> photosOf(Collection<Long> reviewIds) {
		Map<Long, List<ReviewPhoto>> photos = new LinkedHashMap<>();
		if (reviewIds.isEmpty()) {
			return photos;
		}
		this.jdbc.sql("""
				SELECT id, review_id, content_type, content_hash, width, height, thumbnail_width, thumbnail_height,
				       thumbnail_webp IS NOT NULL
				FROM review_photo WHERE review_id IN (:reviews) ORDER BY review_id, position""")
			.param("reviews", reviewIds)
			.query((rs) -> {
				long id = rs.getLong(1);
				String type = rs.getString(3);
				String hash = rs.getString(4);
				photos.computeIfAbsent(rs.getLong(2), (review) -> new ArrayList<>())
					.add(new ReviewPhoto(id, url(id, hash, ImageSize.FULL, type), rs.getInt(5), rs.getInt(6),
							url(id, hash, ImageSize.THUMBNAIL, type), rs.getInt(7), rs.getInt(8), rs.getBoolean(9)));
			});
		return photos;
	}

	/**
	 * One size's bytes (or its WebP copy) if the photo exists with this content.
	 */
	@Transactional(readOnly = true)
	Optional<ImageBytes> bytesOf(long photoId, String contentHash, ImageSize size, boolean webp) {
		String column = switch (size) {
			case FULL -> webp ? "full_webp" : "full_image";
			case MEDIUM -> webp ? "medium_webp" : "medium_image";
			case THUMBNAIL -> webp ? "thumbnail_webp" : "thumbnail_image";
		};
		return this.jdbc
			.sql("SELECT content_type, " + column + " FROM review_photo WHERE id = :id AND content_hash = :hash")
			.param("id", photoId)
			.param("hash", contentHash)
			.query((rs, n) -> new ImageBytes(webp ? "image/webp" : rs.getString(1), rs.getBytes(2)))
			.optional()
			.filter((image) -> image.bytes() != null);
	}

	/**
	 * {@code /images/reviews/{id}/{hash}/{size}.{jpg|png}}, served by
	 * ReviewPhotoController.
	 */
	static String url(long id, String contentHash, ImageSize size, String contentType) {
		return URL_PREFIX + id + "/" + contentHash + "/" + size.pathName() + "." + StoredImage.extension(contentType);
	}

	/** Photos checked and re-encoded, waiting for their review to be written. */
	public record Prepared(List<ProcessedImage> images) {

		public static final Prepared NONE = new Prepared(List.of());

		public boolean isEmpty() {
			return this.images.isEmpty();
		}

	}

	/**
	 * A review's photo as pages link it.
	 *
	 * @param webp whether a WebP copy of each size is kept too
	 */
	public record ReviewPhoto(long id, String fullUrl, int width, int height, String thumbnailUrl, int thumbnailWidth,
			int thumbnailHeight, boolean webp) {

		public String thumbnailWebpUrl() {
			return StoredImage.webpUrl(this.thumbnailUrl);
		}

	}

}
