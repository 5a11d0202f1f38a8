package kr.valuemall.catalog.listing;

import org.springframework.stereotype.Component;

import kr.valuemall.seller.SellerCentrePanel;
import kr.valuemall.seller.StoreSummary;

/**
 * The seller centre's count of the seller's listings held for origin review, with the way
 * to them.
 */
@Component
class HeldListingsPanel implements SellerCentrePanel {

	private final ProductRepository products;

	HeldListingsPanel(ProductRepository products) {
		this.products = products;
	}

	@Override
	public String template() {
		return "catalog/sellerPanel :: held";
	}

	@Override
	public Object model(StoreSummary store) {
		return this.products.countBySellerIdAndStatus(store.sellerId(), ProductStatus.HELD);
	}

	@Override
	public int order() {
		return 20;
	}

}
