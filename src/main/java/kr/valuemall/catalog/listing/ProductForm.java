package kr.valuemall.catalog.listing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import kr.valuemall.origin.MakerRole;
import kr.valuemall.origin.OriginKind;
import kr.valuemall.shared.Region;
import kr.valuemall.web.forms.OneOf;
import kr.valuemall.web.forms.WholeNumber;

/**
 * What a seller types about a product. Numbers and choices arrive as text, so whatever
 * was typed can be shown again next to its message; Bean Validation checks them and
 * {@link ProductFormChecks} reads them.
 */
record ProductForm(@NotBlank String categorySlug, @NotBlank @Size(max = 100) String name,
		@NotBlank @Size(max = 5000) String description,
		@NotBlank @WholeNumber(min = 1, max = ProductForm.MAX_PRICE) String price,
		@NotBlank @WholeNumber(max = ProductForm.MAX_STOCK) String stock,
		@NotBlank @WholeNumber(max = ProductForm.MAX_SHIPPING_FEE) String shippingFee,
		@NotBlank @OneOf(OriginKind.class) String originKind, @Size(max = 100) String importer,
		@Size(max = 100) String manufacturer, @OneOf(Region.class) String madeRegion,
		@OneOf(MakerRole.class) String makerRole, Boolean attested) {

	static final long MAX_PRICE = 100_000_000L;

	static final long MAX_STOCK = 1_000_000L;

	static final long MAX_SHIPPING_FEE = 1_000_000L;

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
