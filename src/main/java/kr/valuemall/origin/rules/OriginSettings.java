package kr.valuemall.origin.rules;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.valuemall.origin.screening.ScreeningSettings;

/**
 * The one row of screening settings staff edit.
 */
@Entity
@Table(name = "origin_settings")
class OriginSettings {

	static final int ID = 1;

	@Id
	private Integer id;

	@Column(name = "hold_threshold")
	private int holdThreshold;

	@Column(name = "duplicate_seller_count")
	private int duplicateSellerCount;

	@Column(name = "reports_to_hold")
	private int reportsToHold;

	@Column(name = "importer_named_points")
	private int importerNamedPoints;

	@Column(name = "missing_region_points")
	private int missingRegionPoints;

	@Column(name = "missing_manufacturer_points")
	private int missingManufacturerPoints;

	@Column(name = "maker_contradiction_points")
	private int makerContradictionPoints;

	@Column(name = "duplicate_text_points")
	private int duplicateTextPoints;

	@Column(name = "price_out_of_range_points")
	private int priceOutOfRangePoints;

	@Column(name = "import_reports_points")
	private int importReportsPoints;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private Long version;

	protected OriginSettings() {
	}

	ScreeningSettings settings() {
		return new ScreeningSettings(this.holdThreshold, this.duplicateSellerCount, this.reportsToHold,
				this.importerNamedPoints, this.missingRegionPoints, this.missingManufacturerPoints,
				this.makerContradictionPoints, this.duplicateTextPoints, this.priceOutOfRangePoints,
				this.importReportsPoints);
	}

	void change(ScreeningSettings settings, Instant now) {
		this.holdThreshold = settings.holdThreshold();
		this.duplicateSellerCount = settings.duplicateSellerCount();
		this.reportsToHold = settings.reportsToHold();
		this.importerNamedPoints = settings.importerNamedPoints();
		this.missingRegionPoints = settings.missingRegionPoints();
		this.missingManufacturerPoints = settings.missingManufacturerPoints();
		this.makerContradictionPoints = settings.makerContradictionPoints();
		this.duplicateTextPoints = settings.duplicateTextPoints();
		this.priceOutOfRangePoints = settings.priceOutOfRangePoints();
		this.importReportsPoints = settings.importReportsPoints();
		this.updatedAt = now;
	}

}
