package kr.valuemall.origin.rules;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import kr.valuemall.origin.screening.ScreeningSettings;

/**
 * The screening settings as staff edit them.
 */
record SettingsForm(@NotNull @Min(1) @Max(1000) Integer holdThreshold,
		@NotNull @Min(1) @Max(100) Integer duplicateSellerCount, @NotNull @Min(1) @Max(100) Integer reportsToHold,
		@NotNull @Min(0) @Max(1000) Integer importerNamedPoints,
		@NotNull @Min(0) @Max(1000) Integer missingRegionPoints,
		@NotNull @Min(0) @Max(1000) Integer missingManufacturerPoints,
		@NotNull @Min(0) @Max(1000) Integer makerContradictionPoints,
		@NotNull @Min(0) @Max(1000) Integer duplicateTextPoints,
		@NotNull @Min(0) @Max(1000) Integer priceOutOfRangePoints,
		@NotNull @Min(0) @Max(1000) Integer importReportsPoints) {

	static SettingsForm of(ScreeningSettings settings) {
		return new SettingsForm(settings.holdThreshold(), settings.duplicateSellerCount(), settings.reportsToHold(),
				settings.importerNamedPoints(), settings.missingRegionPoints(), settings.missingManufacturerPoints(),
				settings.makerContradictionPoints(), settings.duplicateTextPoints(), settings.priceOutOfRangePoints(),
				settings.importReportsPoints());
	}

	ScreeningSettings settings() {
		return new ScreeningSettings(this.holdThreshold, this.duplicateSellerCount, this.reportsToHold,
				this.importerNamedPoints, this.missingRegionPoints, this.missingManufacturerPoints,
				this.makerContradictionPoints, this.duplicateTextPoints, this.priceOutOfRangePoints,
				this.importReportsPoints);
	}

}
