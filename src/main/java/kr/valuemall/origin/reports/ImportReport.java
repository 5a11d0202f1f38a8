package kr.valuemall.origin.reports;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A shopper's report that a listing is imported. One per shopper per listing.
 */
@Entity
@Table(name = "import_report")
public class ImportReport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "listing_id")
	private long listingId;

	@Column(name = "shopper_account_id")
	private long shopperAccountId;

	private String reason;

	@Column(name = "created_at")
	private Instant createdAt;

	protected ImportReport() {
	}

	long getListingId() {
		return this.listingId;
	}

	long getShopperAccountId() {
		return this.shopperAccountId;
	}

	String getReason() {
		return this.reason;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

}
