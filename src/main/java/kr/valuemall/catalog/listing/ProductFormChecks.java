package kr.valuemall.catalog.listing;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

import kr.valuemall.origin.MakerRole;
import kr.valuemall.origin.OriginKind;
import kr.valuemall.shared.Region;

import kr.valuemall.web.forms.TypedChoices;
import kr.valuemall.web.forms.TypedNumbers;
import kr.valuemall.catalog.CategoryMenu;

/**
 * Reads a checked product form into details, with a message next to a category that does
 * not exist; and, for publishing, says why a declaration cannot go on sale here.
 */
@Component
public class ProductFormChecks {

	private final CategoryMenu categories;

	ProductFormChecks(CategoryMenu categories) {
		this.categories = categories;
	}

	/**
	 * The details of a form Bean Validation has checked, once the category is known to
	 * exist; empty with the errors otherwise.
	 */
	Optional<ProductDetails> read(ProductForm form, Errors errors) {
		if (!errors.hasFieldErrors("categorySlug") && this.categories.find(form.categorySlug()).isEmpty()) {
			errors.rejectValue("categorySlug", "form.choice.invalid");
		}
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		return Optional.of(new ProductDetails(form.categorySlug(), form.name().strip(), form.description().strip(),
				TypedNumbers.value(form.price()), (int) TypedNumbers.value(form.stock()),
				TypedNumbers.value(form.shippingFee()), TypedChoices.value(OriginKind.class, form.originKind()),
				blankToNull(form.importer()), blankToNull(form.manufacturer()),
				TypedChoices.value(Region.class, form.madeRegion()),
				TypedChoices.value(MakerRole.class, form.makerRole()), form.attested()));
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
