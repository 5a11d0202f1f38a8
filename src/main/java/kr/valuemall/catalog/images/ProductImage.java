package kr.valuemall.catalog.images;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A stored product image with its bytes in every size. Written once and never loaded
 * whole: lists read {@link StoredImage} and serving reads one size's column, so a page of
 * thumbnails never pulls megabytes of full images through the connection.
 */
@Entity
@Table(name = "product_image")
class ProductImage {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "product_id")
	private long productId;

	private short position;

	@Column(name = "content_type")
	private String contentType;

	private int width;

	private int height;

	@Column(name = "full_image")
	private byte[] fullImage;

	@Column(name = "full_size")
	private int fullSize;

	@Column(name = "medium_width")
	private int mediumWidth;

	@Column(name = "medium_height")
	private int mediumHeight;

	@Column(name = "medium_image")
	private byte[] mediumImage;

	@Column(name = "medium_size")
	private int mediumSize;

	@Column(name = "thumbnail_width")
	private int thumbnailWidth;

	@Column(name = "thumbnail_height")
	private int thumbnailHeight;

	@Column(name = "thumbnail_image")
	private byte[] thumbnailImage;

	@Column(name = "thumbnail_size")
	private int thumbnailSize;

	@Column(name = "full_webp")
	private byte[] fullWebp;

	@Column(name = "medium_webp")
	private byte[] mediumWebp;

	@Column(name = "thumbnail_webp")
	private byte[] thumbnailWebp;

	@Column(name = "content_hash")
	private String contentHash;

	@Column(name = "original_size")
	private int originalSize;

	@Column(name = "created_at")
	private Instant createdAt;

	protected ProductImage() {
	}

	ProductImage(long productId, int position, ProcessedImage image, Instant createdAt) {
		this.productId = productId;
		this.position = (short) position;
		this.contentType = image.contentType();
		this.width = image.full().width();
		this.height = image.full().height();
		this.fullImage = image.full().bytes();
		this.fullSize = image.full().size();
		this.mediumWidth = image.medium().width();
		this.mediumHeight = image.medium().height();
		this.mediumImage = image.medium().bytes();
		this.mediumSize = image.medium().size();
		this.thumbnailWidth = image.thumbnail().width();
		this.thumbnailHeight = image.thumbnail().height();
		this.thumbnailImage = image.thumbnail().bytes();
		this.thumbnailSize = image.thumbnail().size();
		this.fullWebp = image.full().webp();
		this.mediumWebp = image.medium().webp();
		this.thumbnailWebp = image.thumbnail().webp();
		this.contentHash = image.contentHash();
		this.originalSize = image.originalSize();
		this.createdAt = createdAt;
	}

	ProductImageRef ref() {
		return new StoredImage(this.id, this.productId, this.position, this.contentType, this.contentHash, this.width,
				this.height, this.mediumWidth, this.mediumHeight, this.thumbnailWidth, this.thumbnailHeight,
				this.thumbnailWebp != null)
			.ref();
	}

}
