package kr.valuemall.order;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kr.valuemall.order.delivery.DeliveryTerms;
import kr.valuemall.order.delivery.HolidayCalendar;
import kr.valuemall.order.delivery.SellerDeliveryTerms;
import kr.valuemall.order.fulfilment.Courier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The promise a product page makes, from the mall's clock (UTC) read in Korea's time, the
 * seller's terms and the listing's own: no database, the terms and holidays stubbed.
 */
class ListingDeliveryTests {

	private static final long SELLER = 7;

	private static final long PRODUCT = 70;

	private static final DeliveryTerms TERMS = new DeliveryTerms(1, 15, Courier.CJ, "(04524) 서울특별시 중구 세종대로 110", 3_000,
			6_000, 3_000, 5_000);

	SellerDeliveryTerms terms = mock(SellerDeliveryTerms.class);

	HolidayCalendar holidays = mock(HolidayCalendar.class);

	@BeforeEach
	void noHolidaysThatWeek() {
		given(this.holidays.between(any(), any())).willReturn(Set.of(LocalDate.of(2026, 12, 25)));
		given(this.terms.override(PRODUCT)).willReturn(DeliveryOverride.NONE);
		// The page reads both in one statement: what each test stubs for them, together.
		given(this.terms.ofListing(SELLER, PRODUCT)).willAnswer(
				(read) -> new SellerDeliveryTerms.OfListing(this.terms.of(SELLER), this.terms.override(PRODUCT)));
	}

	@Test
	void theIssuesExampleFridayAfterTheCutOffShipsOnTuesday() {
		given(this.terms.of(SELLER)).willReturn(Optional.of(TERMS));
		// 06:30 UTC on Friday 4 December is 15:30 in Seoul: after the 15:00 cut-off.
		DeliveryPromise promise = promiseAt("2026-12-04T06:30:00Z");
		assertThat(promise.dispatchDate()).isEqualTo(LocalDate.of(2026, 12, 8));
		assertThat(promise.countsFromToday()).isFalse();
		assertThat(promise.courier()).isEqualTo("CJ");
		assertThat(promise.returnAddress()).isEqualTo("(04524) 서울특별시 중구 세종대로 110");
		assertThat(promise.returnFee()).isEqualTo(3_000);
		assertThat(promise.exchangeFee()).isEqualTo(6_000);
		assertThat(promise.jejuFee()).isEqualTo(3_000);
		assertThat(promise.islandFee()).isEqualTo(5_000);
		// 05:59 UTC is 14:59 in Seoul: before the cut-off, so Friday counts.
		assertThat(promiseAt("2026-12-04T05:59:00Z").dispatchDate()).isEqualTo(LocalDate.of(2026, 12, 7));
	}

	@Test
	void theDayIsKoreasNotUtcs() {
		given(this.terms.of(SELLER)).willReturn(Optional.of(TERMS));
		// Sunday 6 December 16:00 UTC is already Monday 01:00 in Seoul: Monday counts.
		DeliveryPromise promise = promiseAt("2026-12-06T16:00:00Z");
		assertThat(promise.countsFromToday()).isTrue();
		assertThat(promise.dispatchDate()).isEqualTo(LocalDate.of(2026, 12, 8));
	}

	@Test
	void aListingsOwnTermsWinWhereItHasThem() {
		given(this.terms.of(SELLER)).willReturn(Optional.of(TERMS));
		given(this.terms.override(PRODUCT)).willReturn(new DeliveryOverride(7, null, 9_000L, 5_000L, null));
		// Monday 7 December 10:00 in Seoul, seven business days on: the Wednesday after.
		DeliveryPromise promise = promiseAt("2026-12-07T01:00:00Z");
		assertThat(promise.dispatchDays()).isEqualTo(7);
		assertThat(promise.dispatchDate()).isEqualTo(LocalDate.of(2026, 12, 16));
		assertThat(promise.returnFee()).isEqualTo(3_000);
		assertThat(promise.exchangeFee()).isEqualTo(9_000);
		assertThat(promise.jejuFee()).isEqualTo(5_000);
		assertThat(promise.islandFee()).isEqualTo(5_000);
		// From Friday 18 December: Christmas and two weekends skipped.
		assertThat(promiseAt("2026-12-18T01:00:00Z").dispatchDate()).isEqualTo(LocalDate.of(2026, 12, 30));
	}

	@Test
	void withoutTermsTheLegalThreeBusinessDaysFromThePaymentDayWhateverTheHour() {
		given(this.terms.of(SELLER)).willReturn(Optional.empty());
		// Wednesday 23 December 23:30 in Seoul: Thursday, (Christmas), Monday, Tuesday.
		DeliveryPromise promise = promiseAt("2026-12-23T14:30:00Z");
		assertThat(promise.termsSet()).isFalse();
		assertThat(promise.dispatchDays()).isEqualTo(3);
		assertThat(promise.dispatchDate()).isEqualTo(LocalDate.of(2026, 12, 29));
		assertThat(promise.courier()).isNull();
		assertThat(promise.returnAddress()).isNull();
		assertThat(promise.returnFee()).isNull();
		assertThat(promise.hasIslandFees()).isFalse();
	}

	private DeliveryPromise promiseAt(String utc) {
		Clock clock = Clock.fixed(Instant.parse(utc), ZoneOffset.UTC);
		return new ListingDelivery(this.terms, this.holidays, clock).promise(SELLER, PRODUCT);
	}

}
