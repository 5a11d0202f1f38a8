package kr.valuemall.settlement.ledger;

import java.time.Instant;

import kr.valuemall.settlement.ledger.JournalEntry.Kind;

import static kr.valuemall.settlement.ledger.LedgerAccount.BANK;
import static kr.valuemall.settlement.ledger.LedgerAccount.COMMISSION_REVENUE;
import static kr.valuemall.settlement.ledger.LedgerAccount.MALL_DISCOUNT;
import static kr.valuemall.settlement.ledger.LedgerAccount.SELLER_CARRIED;
import static kr.valuemall.settlement.ledger.LedgerAccount.SELLER_PAYABLE;
import static kr.valuemall.settlement.ledger.LedgerAccount.SHOPPER_CLEARING;

/**
 * How each money movement is journalled. Pure functions, so the property tests check the
 * very rules the mall books with.
 */
public final class Bookkeeping {

	private Bookkeeping() {
	}

	/**
	 * The shopper paid: the bank receives what was charged, the clearing account holds
	 * the full price of the goods, and a mall-paid discount covers any difference.
	 */
	public static JournalEntry paymentCaptured(long orderId, String orderNumber, Instant paidAt, long paidTotal,
			long gross) {
		return new JournalEntry.Builder().debit(BANK, paidTotal)
			.debit(MALL_DISCOUNT, gross - paidTotal)
			.credit(SHOPPER_CLEARING, gross)
			.build(Kind.PAYMENT_CAPTURED, "paid:order:" + orderId, null, paidAt, orderNumber);
	}

	/**
	 * A shipment was confirmed: its money leaves clearing, the commission is earned and
	 * the rest (with shipping) is owed to the seller.
	 */
	public static JournalEntry commissionEarned(long shipmentId, long sellerId, String orderNumber, Instant confirmedAt,
			long amount, long sellerShare, long commission) {
		return new JournalEntry.Builder().debit(SHOPPER_CLEARING, amount)
			.credit(SELLER_PAYABLE, sellerId, sellerShare)
			.credit(COMMISSION_REVENUE, commission)
			.build(Kind.COMMISSION_EARNED, "confirmed:shipment:" + shipmentId, sellerId, confirmedAt, orderNumber);
	}

	/**
	 * A confirmed shipment was refunded: the seller's share and the commission go back to
	 * clearing.
	 */
	public static JournalEntry refundReversal(long shipmentId, long sellerId, String orderNumber, Instant refundedAt,
			long amount, long sellerShare, long commission) {
		return refundReversal("shipment:" + shipmentId, sellerId, orderNumber, refundedAt, amount, sellerShare,
				commission);
	}

	/**
	 * Refunded lines of a confirmed shipment: their seller's share and commission go back
	 * to clearing.
	 * @param refundKey the refund (or, before refunds had their own key, the shipment)
	 */
	public static JournalEntry refundReversal(String refundKey, long sellerId, String orderNumber, Instant refundedAt,
			long amount, long sellerShare, long commission) {
		return new JournalEntry.Builder().debit(SELLER_PAYABLE, sellerId, sellerShare)
			.debit(COMMISSION_REVENUE, commission)
			.credit(SHOPPER_CLEARING, amount)
			.build(Kind.REFUND_REVERSAL, "reversal:" + refundKey, sellerId, refundedAt, orderNumber);
	}

	/**
	 * The money went back to the shopper: clearing gives up the shipment's full price,
	 * the bank pays what the shopper paid, and the coupon's share, never paid by the
	 * shopper, comes off the mall's discount expense.
	 */
	public static JournalEntry refundPaid(long shipmentId, long sellerId, String orderNumber, Instant refundedAt,
			long total, long couponDiscount) {
		return refundPaid("shipment:" + shipmentId, sellerId, orderNumber, refundedAt, total, couponDiscount);
	}

	/**
	 * Money went back for some of a shipment's lines (and its shipping with the last).
	 * @param refundKey the refund (or, before refunds had their own key, the shipment)
	 */
	public static JournalEntry refundPaid(String refundKey, long sellerId, String orderNumber, Instant refundedAt,
			long total, long couponDiscount) {
		return new JournalEntry.Builder().debit(SHOPPER_CLEARING, total)
			.credit(BANK, total - couponDiscount)
			.credit(MALL_DISCOUNT, couponDiscount)
			.build(Kind.REFUND_PAID, "refund:" + refundKey, sellerId, refundedAt, orderNumber);
	}

	/** A statement took over the seller's carried negative balance. */
	public static JournalEntry carryIn(long statementId, long sellerId, Instant at, long amount) {
		return new JournalEntry.Builder().debit(SELLER_PAYABLE, sellerId, amount)
			.credit(SELLER_CARRIED, sellerId, amount)
			.build(Kind.CARRY_IN, "carry-in:statement:" + statementId, sellerId, at, null);
	}

	/**
	 * A statement ended negative: the seller owes it, to be taken from the next
	 * statement.
	 */
	public static JournalEntry carryForward(long statementId, long sellerId, Instant at, long amount) {
		return new JournalEntry.Builder().debit(SELLER_CARRIED, sellerId, amount)
			.credit(SELLER_PAYABLE, sellerId, amount)
			.build(Kind.CARRY_FORWARD, "carry-forward:statement:" + statementId, sellerId, at, null);
	}

	/** The seller was paid. */
	public static JournalEntry payout(long statementId, long sellerId, Instant paidAt, long amount, String reference) {
		return new JournalEntry.Builder().debit(SELLER_PAYABLE, sellerId, amount)
			.credit(BANK, amount)
			.build(Kind.PAYOUT, "payout:statement:" + statementId, sellerId, paidAt, reference);
	}

}
