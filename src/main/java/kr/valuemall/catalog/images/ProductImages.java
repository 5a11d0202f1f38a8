package kr.valuemall.catalog.images;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;
import org.springframework.web.multipart.MultipartFile;

import kr.valuemall.catalog.listing.ProductStatus;

/**
 * The images of products: up to {@value #MAX_IMAGES_PER_PRODUCT} per product, in the
 * seller's order, position 0 being the one list pages show. Whether the caller may change
 * a product's images (is it the seller's own?) is for the caller to decide.
 */
@Service
public class ProductImages {

	static final int MAX_IMAGES_PER_PRODUCT = 5;

	private final ProductImageRepository images;

	private final ImageProcessing processing;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final JdbcClient jdbc;

	ProductImages(ProductImageRepository images, ImageProcessing processing,
			PlatformTransactionManager transactionManager, Clock clock, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.images = images;
		this.processing = processing;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/**
	 * Adds images after the product's existing ones, all or none: one refused file, or
	 * one too many, and nothing of the batch is stored. File inputs left empty are
	 * skipped.
	 * <p>
	 * Not one transaction: decoding a phone photo takes a good fraction of a second of
	 * CPU, and holding one of the instance's few pooled connections meanwhile would make
	 * page views wait. Images are processed first, then stored in one short transaction.
	 * @throws ImageRejected naming the file when one is not an image the mall takes, or
	 * with {@code image.invalid.tooMany} when the product would have more than five
	 */
	public List<ProductImageRef> store(long productId, List<MultipartFile> files) {
		List<MultipartFile> chosen = files.stream().filter(ProductImages::wasChosen).toList();
		if (chosen.isEmpty()) {
			return List.of();
		}
		// Refuse early, before spending CPU; checked again under the lock below.
		if (this.images.countByProductId(productId) + chosen.size() > MAX_IMAGES_PER_PRODUCT) {
			throw ImageRejected.tooMany();
		}
		List<ProcessedImage> processed = new ArrayList<>(chosen.size());
		for (MultipartFile file : chosen) {
			processed.add(process(file));
		}
		return this.transactions.execute((status) -> append(productId, processed));
	}

	private List<ProductImageRef> append(long productId, List<ProcessedImage> processed) {
		this.images.lockImagesOf(productId);
		int next = (int) this.images.countByProductId(productId);
		if (next + processed.size() > MAX_IMAGES_PER_PRODUCT) {
			throw ImageRejected.tooMany();
		}
		Instant now = this.clock.instant();
		List<ProductImageRef> stored = new ArrayList<>(processed.size());
		for (ProcessedImage image : processed) {
			stored.add(this.images.save(new ProductImage(productId, next++, image, now)).ref());
		}
		return stored;
	}

	private ProcessedImage process(MultipartFile file) {
		try {
			// The size first: a 2 GB upload is refused without being read into memory.
			if (file.getSize() > ImageProcessing.MAX_UPLOAD_BYTES) {
				throw ImageRejected.of(ImageRejected.Reason.TOO_LARGE);
			}
			return this.processing.process(file.getBytes());
		}
		catch (ImageRejected ex) {
			throw ex.forFile(file.getOriginalFilename());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the upload " + file.getOriginalFilename(), ex);
		}
	}

	/** A form's file input left empty arrives as a part with no name and no bytes. */
	private static boolean wasChosen(MultipartFile file) {
		return !file.isEmpty() || StringUtils.hasText(file.getOriginalFilename());
	}

	/** The product's images in the seller's order; empty when it has none. */
	@Transactional(readOnly = true)
	public List<ProductImageRef> imagesOf(long productId) {
		return this.images.findByProductId(productId).stream().map(StoredImage::ref).toList();
	}

	/**
	 * The main image of each product that has one, in one query, for list pages. Products
	 * without images are absent from the map.
	 * <p>
	 * In SQL rather than JPQL: Hibernate translates a JPQL query with a list parameter
	 * anew on every call (the SQL depends on the list's length), and this one runs for
	 * every card of every list, cart and checkout page.
	 */
	@Transactional(readOnly = true)
	public Map<Long, ProductImageRef> firstImagesOf(Collection<Long> productIds) {
		if (productIds.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql("""
				SELECT id, product_id, position, content_type, content_hash, width, height, medium_width,
				       medium_height, thumbnail_width, thumbnail_height, thumbnail_webp IS NOT NULL AS webp
				FROM product_image WHERE product_id IN (:productIds) AND position = 0""")
			.param("productIds", productIds)
			.query((row, number) -> new StoredImage(row.getLong("id"), row.getLong("product_id"),
					row.getShort("position"), row.getString("content_type"), row.getString("content_hash"),
					row.getInt("width"), row.getInt("height"), row.getInt("medium_width"), row.getInt("medium_height"),
					row.getInt("thumbnail_width"), row.getInt("thumbnail_height"), row.getBoolean("webp")))
			.list()
			.stream()
			.map(StoredImage::ref)
			.collect(Collectors.toMap(ProductImageRef::productId, Function.identity()));
	}

	/**
	 * Removes one image of the product; the ones after it move up, so the next becomes
	 * the main image when the first is removed.
	 * @throws ProductImageNotFound when the product has no such image
	 */
	@Transactional
	public void remove(long productId, long imageId) {
		this.images.lockImagesOf(productId);
		short position = this.images.findPosition(productId, imageId)
			.orElseThrow(() -> ProductImageNotFound.of(productId, imageId));
		this.images.deleteImage(imageId);
		this.images.closeGapAfter(productId, position);
	}

	/** Removes every image of the product, as when the product is deleted. */
	@Transactional
	public void removeAll(long productId) {
		this.images.lockImagesOf(productId);
		this.images.deleteByProductId(productId);
	}

	/**
	 * The WebP copy of one size, if the image exists, still has this content and was kept
	 * as WebP too.
	 */
	@Transactional(readOnly = true)
	public Optional<ImageBytes> webpOf(long imageId, String contentHash, ImageSize size) {
		return switch (size) {
			case FULL -> this.images.findFullWebp(imageId, contentHash);
			case MEDIUM -> this.images.findMediumWebp(imageId, contentHash);
			case THUMBNAIL -> this.images.findThumbnailWebp(imageId, contentHash);
		};
	}

	/** The stored bytes of one size, if the image exists and still has this content. */
	@Transactional(readOnly = true)
	public Optional<ImageBytes> bytesOf(long imageId, String contentHash, ImageSize size) {
		return switch (size) {
			case FULL -> this.images.findFullImage(imageId, contentHash);
			case MEDIUM -> this.images.findMediumImage(imageId, contentHash);
			case THUMBNAIL -> this.images.findThumbnailImage(imageId, contentHash);
		};
	}

	/**
	 * Whether the image may go to anyone, or only to staff and the listing's seller: a
	 * listing held for review, rejected or of a suspended store is off the mall, and so
	 * are its pictures (an imported product's photo, a rejected listing's banned text in
	 * an image). Empty when the image does not exist.
	 */
	@Transactional(readOnly = true)
	public Optional<Audience> audienceOf(long imageId) {
		return this.images.findListingOf(imageId)
			.map((listing) -> PRIVATE_STATUSES.contains(listing.getStatus()) ? Audience.ofListing(listing.getSellerId())
					: Audience.EVERYONE);
	}

	/** The statuses whose listing's images the public does not see. */
	static final java.util.Set<String> PRIVATE_STATUSES = java.util.Set.of(ProductStatus.HELD.name(),
			ProductStatus.REJECTED.name(), ProductStatus.SUSPENDED.name());

	/**
	 * Who may see an image.
	 *
	 * @param sellerId the seller who may see it besides staff, or null for everyone
	 */
	public record Audience(Long sellerId) {

		static final Audience EVERYONE = new Audience(null);

		static Audience ofListing(long sellerId) {
			return new Audience(sellerId);
		}

		public boolean isPublic() {
			return this.sellerId == null;
		}

	}

	/** The content type of an image that exists with this content, without its bytes. */
	@Transactional(readOnly = true)
	public Optional<String> contentTypeOf(long imageId, String contentHash) {
		return this.images.findContentType(imageId, contentHash);
	}

}
