package kr.valuemall.order.delivery;

import org.springframework.stereotype.Component;

import kr.valuemall.seller.SellerCentrePanel;
import kr.valuemall.seller.StoreSummary;

/**
 * The seller centre's summary of the store's delivery terms, with the way to edit them; a
 * store without terms is asked to set them, since its product pages cannot say where
 * returns go.
 */
@Component
class DeliveryTermsPanel implements SellerCentrePanel {

	private final SellerDeliveryTerms terms;

	DeliveryTermsPanel(SellerDeliveryTerms terms) {
		this.terms = terms;
	}

	@Override
	public String template() {
		return "order/deliveryPanel :: terms";
	}

	@Override
	public Object model(StoreSummary store) {
		return this.terms.of(store.sellerId()).orElse(null);
	}

	@Override
	public int order() {
		return 25;
	}

}
