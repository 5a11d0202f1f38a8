package kr.valuemall.notification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One thing the mall told one account. Written once by {@link NotificationRepository}'s
 * insert (which ignores a repeat), read here.
 */
@Entity
@Table(name = "notification")
class Notification {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "account_id")
	private long accountId;

	@Enumerated(EnumType.STRING)
	private NotificationKind kind;

	@Column(name = "order_number")
	private String orderNumber;

	@Column(name = "shipment_id")
	private Long shipmentId;

	@Column(name = "store_name")
	private String storeName;

	@Column(name = "product_name")
	private String productName;

	@Column(name = "other_items")
	private int otherItems;

	private Long amount;

	private String detail;

	private String link;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "read_at")
	private Instant readAt;

	protected Notification() {
	}

	NotificationView view() {
		NotificationKind kind = this.kind;
		return new NotificationView(this.id, kind.messageKey(), this.orderNumber, this.storeName, this.productName,
				this.otherItems, kind.amountKey(), this.amount, kind.detailKey(), this.detail, this.link,
				this.createdAt, this.readAt == null);
	}

}
