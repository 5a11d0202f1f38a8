package kr.valuemall.catalog.listing;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * Tells {@link ListingChanges} of every listing saved or removed through JPA (Hibernate
 * creates this listener as a Spring bean).
 */
public class ProductSaveListener {

	private final ListingChanges changes;

	ProductSaveListener(ListingChanges changes) {
		this.changes = changes;
	}

	@PostPersist
	@PostUpdate
	@PostRemove
	void changed(Product product) {
		this.changes.listingChanged(product.getId());
	}

}
