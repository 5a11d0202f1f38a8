package kr.valuemall.catalog.storefront;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import kr.valuemall.catalog.listing.Product;

/**
 * Drops the copies {@link ShopperPageCache} keeps of a listing whenever the listing is
 * saved through JPA (Hibernate creates this listener as a Spring bean).
 */
public class ProductPageEviction {

	private final ShopperPageCache cache;

	ProductPageEviction(ShopperPageCache cache) {
		this.cache = cache;
	}

	@PostPersist
	@PostUpdate
	@PostRemove
	void changed(Product product) {
		this.cache.listingChanged(product.getId());
	}

}
