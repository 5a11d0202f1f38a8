package kr.valuemall.catalog;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

import kr.valuemall.origin.MakerRole;
import kr.valuemall.origin.OriginKind;
import kr.valuemall.web.Region;

/**
 * Reads a product form into details, with a message next to each field that cannot be
 * read; and, for publishing, says why a declaration cannot go on sale here.
 */
@Component
class ProductFormChecks {

	static final long MAX_PRICE = 100_000_000L;

	private final CategoryMenu categories;

	ProductFormChecks(CategoryMenu categories) {
		this.categories = categories;
	}

	Optional<ProductDetails> read(ProductForm form, Errors errors) {
		if (!errors.hasFieldErrors("categorySlug") && this.categories.find(form.categorySlug()).isEmpty()) {
			errors.rejectValue("categorySlug", "product.form.choice.invalid");
		}
		Long price = won(form.price(), "price", 1, MAX_PRICE, errors);
		Long stock = won(form.stock(), "stock", 0, 1_000_000, errors);
		Long shippingFee = won(form.shippingFee(), "shippingFee", 0, 1_000_000, errors);
		OriginKind originKind = choice(OriginKind.class, form.originKind(), "originKind", errors);
		Region region = choice(Region.class, form.madeRegion(), "madeRegion", errors);
		MakerRole makerRole = choice(MakerRole.class, form.makerRole(), "makerRole", errors);
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		return Optional.of(new ProductDetails(form.categorySlug(), form.name().strip(), form.description().strip(),
				price, stock.intValue(), shippingFee, originKind, blankToNull(form.importer()),
				blankToNull(form.manufacturer()), region, makerRole, form.attested()));
	}

	/** What keeps a declaration from going on sale, each next to its field. */
	void checkPublishable(ProductDetails details, Errors errors) {
		if (details.originKind() != OriginKind.DOMESTIC) {
			errors.rejectValue("originKind", "product.publish.notDomestic");
		}
		if (details.manufacturer() == null) {
			errors.rejectValue("manufacturer", "product.publish.manufacturerRequired");
		}
		if (details.madeRegion() == null) {
			errors.rejectValue("madeRegion", "product.publish.regionRequired");
		}
		if (details.makerRole() == null) {
			errors.rejectValue("makerRole", "product.publish.makerRoleRequired");
		}
		if (!details.attested()) {
			errors.rejectValue("attested", "product.publish.attestationRequired");
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String value, String field, Errors errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException ex) {
			errors.rejectValue(field, "product.form.choice.invalid");
			return null;
		}
	}

	/** Reads {@code 12,000}, {@code 12000원} alike, within the given bounds. */
	private static Long won(String typed, String field, long min, long max, Errors errors) {
		if (errors.hasFieldErrors(field)) {
			return null;
		}
		String digits = typed.replaceAll("[\\s,원개]", "");
		if (!digits.matches("\\d{1,12}")) {
			errors.rejectValue(field, "product.form.number.invalid");
			return null;
		}
		long value = Long.parseLong(digits);
		if (value < min || value > max) {
			errors.rejectValue(field, "product.form.number.range", new Object[] { min, max }, null);
			return null;
		}
		return value;
	}

}
