package kr.valuemall.catalog.listing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import kr.valuemall.FullStackTest;
import kr.valuemall.seller.SellerApi;
import kr.valuemall.seller.StoreSummary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo shows staff a review queue with something in it and shoppers a catalogue of
 * honest listings: the origin check, as the rules stand, first holds exactly the demo's
 * listings that read like imports and the mispriced one, passes every other, and the
 * listing shoppers report is held by their reports. A rule change that starts holding an
 * honest demo listing, or lets a planted import through, fails here.
 */
@FullStackTest
class DemoScreeningTests {

	private static final String MISPRICED = "KF94 마스크 50매 (가격 오류)";

	private static final String REPORTED = "아동 캐릭터 양말 6켤레";

	@Autowired
	SellerApi sellers;

	@Autowired
	ProductRepository products;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theFirstScreeningHoldsThePlantedImportsAndTheMispricedListingAndPassesEveryOther() {
		Map<String, String> firstDecision = new TreeMap<>();
		Set<String> stores = Stream
			.concat(DemoCatalog.ITEMS.keySet().stream(), DemoCatalog.SUSPICIOUS.keySet().stream())
			.collect(Collectors.toSet());
		for (String slug : stores) {
			StoreSummary store = this.sellers.storeBySlug(slug).orElseThrow();
			Set<String> seeded = Stream
				.concat(DemoCatalog.ITEMS.getOrDefault(slug, List.of()).stream(),
						DemoCatalog.SUSPICIOUS.getOrDefault(slug, List.of()).stream())
				.map(DemoCatalog.Item::name)
				.collect(Collectors.toSet());
			for (Product product : this.products.findBySellerIdOrderByUpdatedAtDesc(store.sellerId())) {
				if (seeded.contains(product.getName())) {
					firstDecision.put(product.getName(), firstScreening(product.getId()));
				}
			}
		}
		List<String> planted = new ArrayList<>();
		DemoCatalog.SUSPICIOUS.values().forEach((items) -> items.forEach((item) -> planted.add(item.name())));
		planted.add(MISPRICED);

		assertThat(firstDecision).hasSizeGreaterThan(50);
		assertThat(firstDecision.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().equals("AUTO_HOLD"))
			.map(Map.Entry::getKey)).containsExactlyInAnyOrderElementsOf(planted);
		assertThat(firstDecision.entrySet().stream().filter((entry) -> !planted.contains(entry.getKey())))
			.allSatisfy((entry) -> assertThat(entry.getValue()).as(entry.getKey()).isEqualTo("AUTO_PASS"));
		long reported = this.products
			.findBySellerIdOrderByUpdatedAtDesc(this.sellers.storeBySlug(storeOf(REPORTED)).orElseThrow().sellerId())
			.stream()
			.filter((product) -> product.getName().equals(REPORTED))
			.findFirst()
			.orElseThrow()
			.getId();
		assertThat(
				this.jdbc.sql("SELECT count(*) FROM listing_decision WHERE listing_id = ? AND action = 'REPORT_HOLD'")
					.param(reported)
					.query(Long.class)
					.single())
			.isPositive();
	}

	private String firstScreening(long listingId) {
		return this.jdbc.sql("""
				SELECT action FROM listing_decision WHERE listing_id = ? AND action IN ('AUTO_PASS', 'AUTO_HOLD')
				ORDER BY decided_at, id LIMIT 1""").param(listingId).query(String.class).optional().orElse("NONE");
	}

	private static String storeOf(String name) {
		return DemoCatalog.ITEMS.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().stream().anyMatch((item) -> item.name().equals(name)))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElseThrow();
	}

}
