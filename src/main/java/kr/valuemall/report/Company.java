package kr.valuemall.report;

import java.time.Instant;
import java.time.LocalDate;

import kr.valuemall.shared.Region;

/**
 * An approved store as the report counts it: when it opened (Korean date), how many
 * listings it has on sale now, and how staff reach it (its phone and e-mail, either
 * {@code null} when not given, and when its owner last signed in, {@code null} if never).
 */
record Company(long sellerId, String storeName, String slug, Region region, LocalDate openedOn, long liveListings,
		String phone, String email, Instant lastSignIn) {

	Company(long sellerId, String storeName, String slug, Region region, LocalDate openedOn, long liveListings) {
		this(sellerId, storeName, slug, region, openedOn, liveListings, null, null, null);
	}

}
