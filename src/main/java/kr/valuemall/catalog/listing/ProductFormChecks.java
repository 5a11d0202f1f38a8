package kr.valuemall.catalog.listing;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

import kr.valuemall.origin.MakerRole;
import kr.valuemall.origin.OriginKind;
import kr.valuemall.web.Region;
import kr.valuemall.web.TypedInput;
import kr.valuemall.catalog.CategoryMenu;

/**
 * Reads a product form into details, with a message next to each field that cannot be
 * read; and, for publishing, says why a declaration cannot go on sale here.
 */
@Component
public class ProductFormChecks {

	static final long MAX_PRICE = 100_000_000L;

	private final CategoryMenu categories;

	ProductFormChecks(CategoryMenu categories) {
		this.categories = categories;
	}

	Optional<ProductDetails> read(ProductForm form, Errors errors) {
		if (!errors.hasFieldErrors("categorySlug") && this.categories.find(form.categorySlug()).isEmpty()) {
			errors.rejectValue("categorySlug", "form.choice.invalid");
		}
		Long price = TypedInput.wholeNumber(form.price(), "price", 1, MAX_PRICE, errors);
		Long stock = TypedInput.wholeNumber(form.stock(), "stock", 0, 1_000_000, errors);
		Long shippingFee = TypedInput.wholeNumber(form.shippingFee(), "shippingFee", 0, 1_000_000, errors);
		OriginKind originKind = TypedInput.choice(OriginKind.class, form.originKind(), "originKind", errors);
		Region region = TypedInput.choice(Region.class, form.madeRegion(), "madeRegion", errors);
		MakerRole makerRole = TypedInput.choice(MakerRole.class, form.makerRole(), "makerRole", errors);
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

}
