package kr.valuemall.catalog.images;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Product images. No query here loads a whole row: each reads the metadata, or the one
 * size of bytes it serves.
 */
interface ProductImageRepository extends Repository<ProductImage, Long> {

	String STORED_IMAGE = "select new kr.valuemall.catalog.images.StoredImage(i.id, i.productId, i.position, i.contentType,"
			+ " i.contentHash, i.width, i.height, i.mediumWidth, i.mediumHeight, i.thumbnailWidth, i.thumbnailHeight,"
			+ " case when i.thumbnailWebp is not null then true else false end)" + " from ProductImage i";

	ProductImage save(ProductImage image);

	/**
	 * Serializes changes to one product's images across app instances until the
	 * transaction ends: two uploads at once must not both take the last free positions.
	 * The product row would be the natural lock; until the product table exists (V7) a
	 * transaction-scoped advisory lock, keyed in a space of its own, stands in.
	 */
	@Query(nativeQuery = true,
			value = "select 1 from pg_advisory_xact_lock(hashtextextended('product_image', :productId))")
	int lockImagesOf(long productId);

	@Query("select count(i) from ProductImage i where i.productId = :productId")
	long countByProductId(long productId);

	@Query(STORED_IMAGE + " where i.productId = :productId order by i.position")
	List<StoredImage> findByProductId(long productId);

	@Query("select i.contentType from ProductImage i where i.id = :id and i.contentHash = :contentHash")
	Optional<String> findContentType(long id, String contentHash);

	@Query("select new kr.valuemall.catalog.images.ImageBytes(i.contentType, i.fullImage) from ProductImage i"
			+ " where i.id = :id and i.contentHash = :contentHash")
	Optional<ImageBytes> findFullImage(long id, String contentHash);

	@Query("select new kr.valuemall.catalog.images.ImageBytes(i.contentType, i.mediumImage) from ProductImage i"
			+ " where i.id = :id and i.contentHash = :contentHash")
	Optional<ImageBytes> findMediumImage(long id, String contentHash);

	@Query("select new kr.valuemall.catalog.images.ImageBytes(i.contentType, i.thumbnailImage) from ProductImage i"
			+ " where i.id = :id and i.contentHash = :contentHash")
	Optional<ImageBytes> findThumbnailImage(long id, String contentHash);

	@Query("select new kr.valuemall.catalog.images.ImageBytes('image/webp', i.fullWebp) from ProductImage i"
			+ " where i.id = :id and i.contentHash = :contentHash and i.fullWebp is not null")
	Optional<ImageBytes> findFullWebp(long id, String contentHash);

	@Query("select new kr.valuemall.catalog.images.ImageBytes('image/webp', i.mediumWebp) from ProductImage i"
			+ " where i.id = :id and i.contentHash = :contentHash and i.mediumWebp is not null")
	Optional<ImageBytes> findMediumWebp(long id, String contentHash);

	@Query("select new kr.valuemall.catalog.images.ImageBytes('image/webp', i.thumbnailWebp) from ProductImage i"
			+ " where i.id = :id and i.contentHash = :contentHash and i.thumbnailWebp is not null")
	Optional<ImageBytes> findThumbnailWebp(long id, String contentHash);

	@Query("select i.position from ProductImage i where i.id = :id and i.productId = :productId")
	Optional<Short> findPosition(long productId, long id);

	/** The status and seller of the listing the image belongs to. */
	@Query(nativeQuery = true, value = "select p.status as status, p.seller_id as sellerId from product_image i"
			+ " join product p on p.id = i.product_id where i.id = :id")
	Optional<ImageListing> findListingOf(long id);

	interface ImageListing {

		String getStatus();

		long getSellerId();

	}

	@Modifying
	@Query("delete from ProductImage i where i.id = :id")
	int deleteImage(long id);

	/** Closes the gap a removal leaves, so positions stay 0, 1, 2, … */
	@Modifying
	@Query(nativeQuery = true,
			value = "update product_image set position = position - 1 where product_id = :productId and position > :removed")
	int closeGapAfter(long productId, int removed);

	@Modifying
	@Query("delete from ProductImage i where i.productId = :productId")
	int deleteByProductId(long productId);

}
