package kr.valuemall.promotion;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import kr.valuemall.order.PriceOffers.CouponOutcome;
import kr.valuemall.order.PriceOffers.CouponRefusal;

/**
 * Coupons and their use. A use takes one from the coupon's count and one from the
 * shopper's with conditional updates, so the limits hold however many checkouts use a
 * coupon at once; both happen in the checkout's transaction, so a checkout that does not
 * go through uses nothing. A checkout whose payment fails gives its use back.
 */
@Service
@Transactional
class Coupons {

	private static final String SELECT = "SELECT id, code, kind, amount, percent, max_discount, minimum_order, valid_from, valid_until, per_shopper_limit, total_limit, used, active FROM coupon ";

	private final JdbcClient jdbc;

	private final Clock clock;

	Coupons(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @throws org.springframework.dao.DuplicateKeyException when the code is taken
	 */
	long issue(Coupon coupon) {
		return this.jdbc.sql("""
				INSERT INTO coupon (code, kind, amount, percent, max_discount, minimum_order, valid_from, valid_until,
					per_shopper_limit, total_limit, active, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(coupon.code(), coupon.kind().name(), coupon.amount(), coupon.percent(), coupon.maxDiscount(),
					coupon.minimumOrder(), Timestamp.from(coupon.validFrom()), Timestamp.from(coupon.validUntil()),
					coupon.perShopperLimit(), coupon.totalLimit(), coupon.active(),
					Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single();
	}

	void activate(long id, boolean active) {
		this.jdbc.sql("UPDATE coupon SET active = ? WHERE id = ?").params(active, id).update();
	}

	@Transactional(readOnly = true)
	List<Coupon> all() {
		return this.jdbc.sql(SELECT + "ORDER BY valid_until DESC, id DESC").query(Coupons::coupon).list();
	}

	@Transactional(readOnly = true)
	Optional<Coupon> find(String code) {
		return this.jdbc.sql(SELECT + "WHERE code = ?").params(code).query(Coupons::coupon).optional();
	}

	/** What the coupon would take off now, without using it. */
	@Transactional(readOnly = true)
	CouponOutcome check(String code, long shopperId, long itemsTotal, Instant at) {
		Optional<Coupon> found = find(code);
		if (found.isEmpty()) {
			return refused(CouponRefusal.UNKNOWN);
		}
		Coupon coupon = found.get();
		CouponOutcome outcome = usable(coupon, itemsTotal, at);
		if (outcome instanceof CouponOutcome.Refused) {
			return outcome;
		}
		if (coupon.used() >= coupon.totalLimit()) {
			return refused(CouponRefusal.USED_UP);
		}
		if (usesBy(coupon.id(), shopperId) >= coupon.perShopperLimit()) {
			return refused(CouponRefusal.ALREADY_USED);
		}
		return outcome;
	}

	/**
	 * Uses the coupon for a checkout in the caller's transaction. The shopper's row and
	 * then the coupon's row are locked by the conditional updates, in that order for
	 * every checkout, until the checkout commits or rolls back.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	CouponOutcome use(String code, long shopperId, long itemsTotal, UUID checkoutKey, Instant at) {
		Optional<Coupon> found = find(code);
		if (found.isEmpty()) {
			return refused(CouponRefusal.UNKNOWN);
		}
		Coupon coupon = found.get();
		CouponOutcome outcome = usable(coupon, itemsTotal, at);
		if (!(outcome instanceof CouponOutcome.Applied applied)) {
			return outcome;
		}
		int mine = this.jdbc.sql("""
				INSERT INTO coupon_shopper_use (coupon_id, shopper_id, used) VALUES (?, ?, 1)
				ON CONFLICT (coupon_id, shopper_id) DO UPDATE SET used = coupon_shopper_use.used + 1
				WHERE coupon_shopper_use.used < ?""").params(coupon.id(), shopperId, coupon.perShopperLimit()).update();
		if (mine == 0) {
			return refused(CouponRefusal.ALREADY_USED);
		}
		int taken = this.jdbc.sql("UPDATE coupon SET used = used + 1 WHERE id = ? AND used < total_limit")
			.params(coupon.id())
			.update();
		if (taken == 0) {
			// The caller rolls back on a refusal; the shopper's count is put back anyway
			// so this method never leaves a use half taken.
			this.jdbc.sql("UPDATE coupon_shopper_use SET used = used - 1 WHERE coupon_id = ? AND shopper_id = ?")
				.params(coupon.id(), shopperId)
				.update();
			return refused(CouponRefusal.USED_UP);
		}
		this.jdbc.sql(
				"INSERT INTO coupon_redemption (coupon_id, shopper_id, checkout_key, discount, redeemed_at) VALUES (?, ?, ?, ?, ?)")
			.params(coupon.id(), shopperId, checkoutKey, applied.discount(), Timestamp.from(at))
			.update();
		return applied;
	}

	/** The checkout's use counts no more; a second call changes nothing. */
	void release(UUID checkoutKey, Instant at) {
		List<long[]> released = this.jdbc.sql(
				"UPDATE coupon_redemption SET released_at = ? WHERE checkout_key = ? AND released_at IS NULL RETURNING coupon_id, shopper_id")
			.params(Timestamp.from(at), checkoutKey)
			.query((row, n) -> new long[] { row.getLong(1), row.getLong(2) })
			.list();
		for (long[] use : released) {
			this.jdbc.sql("UPDATE coupon_shopper_use SET used = used - 1 WHERE coupon_id = ? AND shopper_id = ?")
				.params(use[0], use[1])
				.update();
			this.jdbc.sql("UPDATE coupon SET used = used - 1 WHERE id = ?").params(use[0]).update();
		}
	}

	private int usesBy(long couponId, long shopperId) {
		return this.jdbc.sql("SELECT used FROM coupon_shopper_use WHERE coupon_id = ? AND shopper_id = ?")
			.params(couponId, shopperId)
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	private static CouponOutcome usable(Coupon coupon, long itemsTotal, Instant at) {
		if (!coupon.active()) {
			return refused(CouponRefusal.UNKNOWN);
		}
		if (at.isBefore(coupon.validFrom())) {
			return refused(CouponRefusal.NOT_YET);
		}
		if (!at.isBefore(coupon.validUntil())) {
			return refused(CouponRefusal.EXPIRED);
		}
		if (itemsTotal < coupon.minimumOrder()) {
			return new CouponOutcome.Refused(CouponRefusal.BELOW_MINIMUM, coupon.minimumOrder());
		}
		long discount = coupon.discountOn(itemsTotal);
		return (discount > 0) ? new CouponOutcome.Applied(coupon.code(), discount)
				: new CouponOutcome.Refused(CouponRefusal.BELOW_MINIMUM, Math.max(1, coupon.minimumOrder()));
	}

	private static CouponOutcome refused(CouponRefusal reason) {
		return new CouponOutcome.Refused(reason, 0);
	}

	private static Coupon coupon(ResultSet row, int n) throws SQLException {
		return new Coupon(row.getLong(1), row.getString(2), Coupon.Kind.valueOf(row.getString(3)),
				row.getObject(4, Long.class), row.getObject(5, Integer.class), row.getObject(6, Long.class),
				row.getLong(7), row.getTimestamp(8).toInstant(), row.getTimestamp(9).toInstant(), row.getInt(10),
				row.getInt(11), row.getInt(12), row.getBoolean(13));
	}

}
