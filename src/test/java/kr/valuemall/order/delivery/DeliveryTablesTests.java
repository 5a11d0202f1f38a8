package kr.valuemall.order.delivery;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import kr.valuemall.IntegrationTest;
import kr.valuemall.order.DeliveryOverride;
import kr.valuemall.order.fulfilment.Courier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The delivery tables as Flyway seeds them, on PostgreSQL: the postal-code ranges of Jeju
 * and the islands, the public holidays of 2026 and 2027, and sellers' terms with
 * listings' own.
 */
@IntegrationTest
class DeliveryTablesTests {

	@Autowired
	RemoteAreas areas;

	@Autowired
	HolidayCalendar holidays;

	@Autowired
	SellerDeliveryTerms terms;

	@Test
	void jejuIsTheWholeOfItsPostalRangeAndNothingBeside() {
		assertThat(this.areas.areaOf("63000")).contains(RemoteArea.JEJU);
		assertThat(this.areas.areaOf("63309")).contains(RemoteArea.JEJU);
		assertThat(this.areas.areaOf("63644")).contains(RemoteArea.JEJU);
		assertThat(this.areas.areaOf(" 63534 ")).as("typed with spaces").contains(RemoteArea.JEJU);
		assertThat(this.areas.areaOf("63645")).isEmpty();
		assertThat(this.areas.areaOf("62999")).isEmpty();
	}

	@Test
	void otherIslandsAreIslandsAndTheMainlandIsNeither() {
		assertThat(this.areas.areaOf("40200")).as("울릉도").contains(RemoteArea.ISLAND);
		assertThat(this.areas.areaOf("40240")).contains(RemoteArea.ISLAND);
		assertThat(this.areas.areaOf("40241")).isEmpty();
		assertThat(this.areas.areaOf("23100")).as("옹진군").contains(RemoteArea.ISLAND);
		assertThat(this.areas.areaOf("58826")).as("신안군").contains(RemoteArea.ISLAND);
		assertThat(this.areas.areaOf("58827")).isEmpty();
		assertThat(this.areas.areaOf("04524")).as("서울 중구").isEmpty();
		assertThat(this.areas.areaOf("30103")).as("세종").isEmpty();
		assertThat(this.areas.areaOf("6330")).isEmpty();
		assertThat(this.areas.areaOf("6330a")).isEmpty();
		assertThat(this.areas.areaOf(null)).isEmpty();
	}

	@Test
	void theHolidaysOf2026AreTheOfficialCalendarsWithTheirSubstitutes() {
		Set<String> expected = Set.of("2026-01-01", "2026-02-16", "2026-02-17", "2026-02-18", "2026-03-01",
				"2026-03-02", "2026-05-05", "2026-05-24", "2026-05-25", "2026-06-03", "2026-06-06", "2026-07-17",
				"2026-08-15", "2026-08-17", "2026-09-24", "2026-09-25", "2026-09-26", "2026-10-03", "2026-10-05",
				"2026-10-09", "2026-12-25");
		assertThat(days(2026)).containsExactlyElementsOf(new TreeSet<>(expected));
		// 추석's Saturday gives no substitute: Monday 28 September is a working day.
		assertThat(days(2026)).doesNotContain("2026-09-28");
	}

	@Test
	void theHolidaysOf2027FollowTheLunarCalendarAndTheSubstituteRules() {
		Set<String> expected = Set.of("2027-01-01", "2027-02-06", "2027-02-07", "2027-02-08", "2027-02-09",
				"2027-03-01", "2027-05-05", "2027-05-13", "2027-06-06", "2027-07-17", "2027-07-19", "2027-08-15",
				"2027-08-16", "2027-09-14", "2027-09-15", "2027-09-16", "2027-10-03", "2027-10-04", "2027-10-09",
				"2027-10-11", "2027-12-25", "2027-12-27");
		assertThat(days(2027)).containsExactlyElementsOf(new TreeSet<>(expected));
	}

	@Test
	void theSeededCalendarMovesADispatchPastTheLongWeekends() {
		Set<LocalDate> table = this.holidays.between(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
		// Friday 5 February 2027 after the cut-off, same-day dispatch: 설날 and its
		// substitute run to Tuesday 9 February.
		assertThat(DispatchDates.dispatchDate(LocalDate.of(2027, 2, 5).atTime(16, 0).atZone(java.time.ZoneOffset.UTC),
				14, 0, table::contains))
			.isEqualTo(LocalDate.of(2027, 2, 10));
	}

	@Test
	void aSellersTermsAreSavedAgainAndAListingsOwnTermsMayBeLeftHalfBlank() {
		long seller = System.nanoTime();
		DeliveryTerms first = new DeliveryTerms(2, 14, Courier.CJ, "(04524) 서울특별시 중구 세종대로 110", 3_000, 6_000, 3_000,
				5_000);
		this.terms.save(seller, first);
		assertThat(this.terms.of(seller)).contains(first);
		DeliveryTerms changed = new DeliveryTerms(0, 11, Courier.EPOST, "제주특별자치도 제주시 첨단로 242", 0, 0, 0, 0);
		this.terms.save(seller, changed);
		assertThat(this.terms.of(List.of(seller))).containsEntry(seller, changed);
		assertThat(this.terms.of(seller + 1)).isEqualTo(Optional.empty());

		long product = System.nanoTime();
		assertThat(this.terms.override(product)).isEqualTo(DeliveryOverride.NONE);
		DeliveryOverride own = new DeliveryOverride(7, null, null, 5_000L, null);
		this.terms.saveOverride(product, own);
		assertThat(this.terms.override(product)).isEqualTo(own);
		this.terms.saveOverride(product, DeliveryOverride.NONE);
		assertThat(this.terms.overrides(List.of(product))).isEmpty();
	}

	private List<String> days(int year) {
		return new TreeSet<>(this.holidays.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))).stream()
			.map(LocalDate::toString)
			.toList();
	}

}
