package kr.valuemall.catalog.listing;

import java.util.Optional;

import kr.valuemall.seller.BusinessRegistrationNumber;

/**
 * The business registration number of the Korean maker a reseller names, as typed: a form
 * of its own beside {@link ProductForm}, so the bulk sheet's columns stay as they are. A
 * reseller needs one to publish; whoever types one must type a valid one.
 */
public record MakerForm(String makerBusinessNumber) {

	static MakerForm empty() {
		return new MakerForm("");
	}

	static MakerForm of(Product product) {
		return new MakerForm(
				(product.getMakerBusinessNumber() != null) ? product.getMakerBusinessNumber().formatted() : "");
	}

	boolean blank() {
		return this.makerBusinessNumber == null || this.makerBusinessNumber.isBlank();
	}

	/** The number when one was typed and its check digit holds. */
	Optional<BusinessRegistrationNumber> number() {
		return blank() ? Optional.empty() : BusinessRegistrationNumber.parse(this.makerBusinessNumber);
	}

}
