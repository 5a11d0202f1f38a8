package kr.valuemall.seller.centre;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import kr.valuemall.seller.application.SellerApplication;
import kr.valuemall.shared.PhoneNumbers;
import kr.valuemall.shared.Region;
import kr.valuemall.web.forms.OneOf;

/**
 * What an approved seller may change of the store, as typed: the region arrives as text
 * so that whatever was chosen comes back with its message. Bean Validation checks every
 * field; nothing needs more than its field.
 */
record StoreProfileForm(@NotBlank @Size(max = 60) String storeName, @NotBlank @Size(max = 1000) String introduction,
		@NotBlank @Pattern(regexp = PhoneNumbers.PATTERN) String phone, @NotBlank @Email @Size(max = 254) String email,
		@NotBlank @Size(max = 200) String businessAddress, @NotBlank @OneOf(Region.class) String region) {

	/**
	 * The store as it is; a store without a contact e-mail yet is offered the address the
	 * seller signs in with.
	 */
	static StoreProfileForm of(SellerApplication store, String accountEmail) {
		return new StoreProfileForm(store.getStoreName(), store.getIntroduction(), store.getPhone(),
				(store.getContactEmail() != null) ? store.getContactEmail() : accountEmail, store.getBusinessAddress(),
				store.getRegion().name());
	}

}
