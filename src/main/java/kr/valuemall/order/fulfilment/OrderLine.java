package kr.valuemall.order.fulfilment;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kr.valuemall.order.cart.Basket;
import kr.valuemall.order.OrderedLine;
import kr.valuemall.order.ShelfProduct;

/**
 * One product in a seller's shipment, with its name, category and price copied at
 * checkout: what was sold stays what it was, whatever the listing says later.
 */
@Entity
@Table(name = "order_line")
public class OrderLine {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long productId;

	/** The SKU sold: stock goes back to it on cancellation or return. */
	private Long skuId;

	/** The option as the shopper chose it ("블랙 / L"), or null without options. */
	private String optionLabel;

	private String productName;

	private String categorySlug;

	private long unitPrice;

	private long listPrice;

	private int quantity;

	private long amount;

	private Long campaignId;

	private int position;

	/** The refund that gave this line's money back, or null. */
	private Long refundId;

	protected OrderLine() {
	}

	/** The item at the price it sells for now, and the campaign that price came from. */
	OrderLine(Basket.Item item, int position) {
		ShelfProduct product = item.product();
		this.productId = product.id();
		this.skuId = (product.skuId() != 0) ? product.skuId() : null;
		this.optionLabel = product.optionLabel();
		this.productName = product.name();
		this.categorySlug = product.categorySlug();
		this.unitPrice = item.unitPrice();
		this.listPrice = item.listPrice();
		this.campaignId = (item.offer() != null) ? item.offer().campaignId() : null;
		this.quantity = item.quantity();
		this.amount = Math.multiplyExact(this.unitPrice, (long) this.quantity);
		this.position = position;
	}

	public OrderedLine toEvent() {
		return new OrderedLine(this.id, this.productId, this.productName, this.categorySlug, this.quantity,
				this.unitPrice, this.amount, this.campaignId, this.optionLabel);
	}

	void refunded(long refundId) {
		this.refundId = refundId;
	}

	public boolean isRefunded() {
		return this.refundId != null;
	}

	/** The refund that gave this line back, or null. */
	public Long getRefundId() {
		return this.refundId;
	}

	public Long getId() {
		return this.id;
	}

	public long getProductId() {
		return this.productId;
	}

	/**
	 * The SKU, or the listing's id for a line from before SKUs (nothing to give back).
	 */
	public long getSkuId() {
		return (this.skuId != null) ? this.skuId : 0L;
	}

	public String getOptionLabel() {
		return this.optionLabel;
	}

	public String getProductName() {
		return this.productName;
	}

	public long getUnitPrice() {
		return this.unitPrice;
	}

	/**
	 * The product's list price at checkout; above the unit price when a campaign applied.
	 */
	public long getListPrice() {
		return this.listPrice;
	}

	public Long getCampaignId() {
		return this.campaignId;
	}

	public int getQuantity() {
		return this.quantity;
	}

	public long getAmount() {
		return this.amount;
	}

}
