package kr.valuemall.seller.application;

import kr.valuemall.shared.Region;

/**
 * What an approved seller may change of the store, checked and ready to be stored: its
 * name, introduction, contact (phone and e-mail) and business address with its region.
 */
public record StoreProfile(String storeName, String introduction, String phone, String email, String businessAddress,
		Region region) {

}
