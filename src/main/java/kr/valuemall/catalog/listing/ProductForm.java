package kr.valuemall.catalog.listing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a seller types about a product. Numbers and choices arrive as text, so whatever
 * was typed can be shown again next to its message.
 */
record ProductForm(@NotBlank String categorySlug, @NotBlank @Size(max = 100) String name,
		@NotBlank @Size(max = 5000) String description, @NotBlank String price, @NotBlank String stock,
		@NotBlank String shippingFee, @NotBlank String originKind, @Size(max = 100) String importer,
		@Size(max = 100) String manufacturer, String madeRegion, String makerRole, Boolean attested) {

	/** An unticked box sends nothing: that means "not signed". */
	ProductForm {
		attested = Boolean.TRUE.equals(attested);
	}

	static ProductForm empty() {
		return new ProductForm("", "", "", "", "", "0", "DOMESTIC", "", "", "", "", false);
	}

	static ProductForm of(Product product) {
		return new ProductForm(product.getCategorySlug(), product.getName(), product.getDescription(),
				String.valueOf(product.getPrice()), String.valueOf(product.getStock()),
				String.valueOf(product.getShippingFee()), product.getOriginKind().name(),
				(product.getImporter() != null) ? product.getImporter() : "",
				(product.getManufacturer() != null) ? product.getManufacturer() : "",
				(product.getMadeRegion() != null) ? product.getMadeRegion().name() : "",
				(product.getMakerRole() != null) ? product.getMakerRole().name() : "", product.isAttested());
	}

}
