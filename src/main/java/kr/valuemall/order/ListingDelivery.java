package kr.valuemall.order;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.valuemall.order.delivery.DeliveryTerms;
import kr.valuemall.order.delivery.DispatchDates;
import kr.valuemall.order.delivery.HolidayCalendar;
import kr.valuemall.order.delivery.IslandFees;
import kr.valuemall.order.delivery.SellerDeliveryTerms;

/**
 * What the catalog needs of delivery terms: the promise a product page makes (dispatch
 * date, courier, island fees, returns and exchanges), and a listing's own terms where
 * they differ from its seller's, which the product form edits.
 */
@Service
@Transactional(readOnly = true)
public class ListingDelivery {

	private static final ZoneId KOREA = ZoneId.of("Asia/Seoul");

	/**
	 * Far enough ahead for the longest dispatch time over the longest run of holidays.
	 */
	private static final int LOOK_AHEAD_DAYS = 60;

	private final SellerDeliveryTerms terms;

	private final HolidayCalendar holidays;

	private final Clock clock;

	ListingDelivery(SellerDeliveryTerms terms, HolidayCalendar holidays, Clock clock) {
		this.terms = terms;
		this.holidays = holidays;
		this.clock = clock;
	}

	/** What a listing's page promises for an order placed now. */
	public DeliveryPromise promise(long sellerId, long productId) {
		SellerDeliveryTerms.OfListing read = this.terms.ofListing(sellerId, productId);
		DeliveryTerms seller = read.seller().orElse(null);
		DeliveryOverride listing = read.listing();
		int dispatchDays = (listing.dispatchDays() != null) ? listing.dispatchDays()
				: (seller != null) ? seller.dispatchDays() : DeliveryTerms.LEGAL_DISPATCH_DAYS;
		int cutoffHour = (seller != null) ? seller.cutoffHour() : DeliveryTerms.NO_CUTOFF;
		ZonedDateTime now = this.clock.instant().atZone(KOREA);
		LocalDate today = now.toLocalDate();
		Set<LocalDate> holidays = this.holidays.between(today, today.plusDays(LOOK_AHEAD_DAYS));
		IslandFees island = DeliveryTerms.islandFees(seller, listing);
		return new DeliveryPromise(DispatchDates.dispatchDate(now, cutoffHour, dispatchDays, holidays::contains),
				DispatchDates.countsFromToday(now, cutoffHour, holidays::contains), dispatchDays, cutoffHour,
				seller != null, (seller != null) ? seller.courier().name() : null,
				(seller != null) ? seller.returnAddress() : null,
				first(listing.returnFee(), (seller != null) ? seller.returnFee() : null),
				first(listing.exchangeFee(), (seller != null) ? seller.exchangeFee() : null), island.jeju(),
				island.island());
	}

	/**
	 * The listing's own terms, {@link DeliveryOverride#NONE} when it follows its seller.
	 */
	public DeliveryOverride overrideOf(long productId) {
		return this.terms.override(productId);
	}

	/**
	 * Sets the listing's own terms. The caller has checked that the listing is the
	 * seller's.
	 */
	@Transactional
	public void setOverride(long productId, DeliveryOverride override) {
		this.terms.saveOverride(productId, override);
	}

	private static Long first(Long preferred, Long fallback) {
		return (preferred != null) ? preferred : fallback;
	}

}
