package kr.valuemall.seller.centre;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.valuemall.seller.application.ApplicationStatus;
import kr.valuemall.seller.application.SellerApplication;
import kr.valuemall.seller.application.SellerApplicationRepository;
import kr.valuemall.seller.application.StoreSummaries;
import kr.valuemall.seller.application.StoreProfile;

/**
 * An approved seller keeps the store's details up to date. The store's pages read them at
 * once; a new name or region is also announced ({@code StoreDetailsChanged}) to the
 * modules that keep a copy.
 */
@Service
public class StoreProfiles {

	private final SellerApplicationRepository stores;

	private final StoreSummaries summaries;

	private final Clock clock;

	StoreProfiles(SellerApplicationRepository stores, StoreSummaries summaries, Clock clock) {
		this.stores = stores;
		this.summaries = summaries;
		this.clock = clock;
	}

	/** The approved store the account runs, if any. */
	@Transactional(readOnly = true)
	public Optional<SellerApplication> storeOf(long accountId) {
		return this.stores.findByAccountId(accountId)
			.filter((store) -> store.getStatus() == ApplicationStatus.APPROVED);
	}

	@Transactional
	public void edit(long accountId, String actor, StoreProfile profile) {
		SellerApplication store = storeOf(accountId).orElseThrow(() -> StoreNotOpen.of(accountId));
		store.editStore(profile, actor, this.clock.instant());
		this.stores.save(store);
		this.summaries.edited(store.getId());
	}

}
