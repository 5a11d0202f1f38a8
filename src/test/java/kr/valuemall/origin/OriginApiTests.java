package kr.valuemall.origin;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

import kr.valuemall.IntegrationTest;
import kr.valuemall.origin.review.DecisionAction;
import kr.valuemall.origin.review.DecisionRow;
import kr.valuemall.origin.review.IllegalReviewTransition;
import kr.valuemall.origin.review.ListingReviewDesk;
import kr.valuemall.origin.review.ListingReviewNotFound;
import kr.valuemall.origin.rules.OriginRules;
import kr.valuemall.origin.rules.OriginTerm;
import kr.valuemall.origin.screening.RuleBook;
import kr.valuemall.origin.screening.ScreeningSettings;
import kr.valuemall.origin.screening.TermKind;
import kr.valuemall.origin.screening.TermRule;
import kr.valuemall.shared.Region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@IntegrationTest
@RecordApplicationEvents
class OriginApiTests {

	private static final AtomicLong ids = new AtomicLong(8_000_000);

	@Autowired
	OriginApi origin;

	@Autowired
	OriginRules rules;

	@Autowired
	ListingReviewDesk desk;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	static ListingDeclaration domestic(long listingId, long sellerId, String name, String description, long price,
			String category) {
		return new ListingDeclaration(listingId, sellerId, "상점" + sellerId, category, name, description, price,
				OriginKind.DOMESTIC, null, "가치공방", Region.GYEONGGI, MakerRole.MAKER, true);
	}

	static ListingDeclaration clean(long listingId) {
		return domestic(listingId, listingId, "원목 트레이 " + listingId, "경기 공방에서 직접 만든 원목 트레이 " + listingId, 25000,
				"kitchenware");
	}

	static ListingDeclaration chinese(long listingId) {
		return domestic(listingId, listingId, "텀블러 " + listingId, "중국산 보온 텀블러 " + listingId, 9900, "kitchenware");
	}

	/** Held by a foreign brand alone: a signal whose points staff can outweigh. */
	static ListingDeclaration branded(long listingId) {
		return domestic(listingId, listingId, "칫솔 " + listingId, "Philips 음파 칫솔 " + listingId, 29000, "bath-body");
	}

	private static List<String> codes(ScreeningOutcome outcome) {
		return outcome.reasons().stream().map(ScreeningReason::code).toList();
	}

	@Test
	void theSameTextFromManySellersIsHeldFromTheThirdSellerOn() {
		long first = ids.incrementAndGet();
		String name = "무선 블루투스 이어폰 " + first;
		String description = "초경량, 고음질! 30시간 재생 가능한 무선 이어폰";
		assertThat(this.origin.screen(domestic(first, first, name, description, 19000, "digital-accessories")).status())
			.isEqualTo(ReviewStatus.LIVE);
		long again = ids.incrementAndGet();
		assertThat(this.origin.screen(domestic(again, first, name, description, 19000, "digital-accessories")).status())
			.as("one seller listing its own text twice is not a duplicate")
			.isEqualTo(ReviewStatus.LIVE);
		long second = ids.incrementAndGet();
		assertThat(this.origin
			.screen(domestic(second, second, name.toUpperCase(), description.replace(" ", ""), 19000,
					"digital-accessories"))
			.status()).isEqualTo(ReviewStatus.LIVE);
		long third = ids.incrementAndGet();
		ScreeningOutcome outcome = this.origin
			.screen(domestic(third, third, name + "!!", "  " + description, 19000, "digital-accessories"));
		assertThat(outcome.status()).isEqualTo(ReviewStatus.HELD);
		assertThat(outcome.reasons()).contains(new ScreeningReason("DUPLICATE_TEXT", "2", 50));
	}

	@Test
	void pricesOutsideTheCategoryRangeAreHeldAndChildrenUseTheirParentsRange() {
		long masks = ids.incrementAndGet();
		assertThat(codes(this.origin
			.screen(domestic(masks, masks, "KF94 마스크 50매 " + masks, "식약처 허가", 150_000, "masks-hygiene"))))
			.containsExactly("PRICE_OUT_OF_RANGE");
		long cheapMasks = ids.incrementAndGet();
		assertThat(this.origin
			.screen(domestic(cheapMasks, cheapMasks, "KF94 마스크 50매 " + cheapMasks, "식약처 허가", 29_000, "masks-hygiene"))
			.status()).isEqualTo(ReviewStatus.LIVE);
		long leash = ids.incrementAndGet();
		ScreeningOutcome expensive = this.origin
			.screen(domestic(leash, leash, "가죽 리드줄 " + leash, "직접 만든 리드줄", 600_000, "pet-supplies"));
		assertThat(expensive.status()).as("pet-supplies has no max of its own: pets' 500,000 applies")
			.isEqualTo(ReviewStatus.HELD);
		assertThat(expensive.reasons()).singleElement()
			.satisfies((reason) -> assertThat(reason.detail()).isEqualTo("600,000 / 500 ~ 500,000"));
		long cheap = ids.incrementAndGet();
		assertThat(this.origin.screen(domestic(cheap, cheap, "가죽 리드줄 " + cheap, "직접 만든 리드줄", 100, "pet-supplies"))
			.status()).as("below the parent's min").isEqualTo(ReviewStatus.HELD);
	}

	@Test
	void editingARuleChangesTheNextOutcome() {
		long first = ids.incrementAndGet();
		ListingDeclaration listing = domestic(first, first, "바람막이 재킷 " + first, "가볍고 따뜻한 재킷, 큐브몬 원단", 59000,
				"clothing");
		assertThat(this.origin.screen(listing).status()).isEqualTo(ReviewStatus.LIVE);
		assertThat(this.rules.addTerm(TermKind.FOREIGN_BRAND, "큐브몬", 70)).isTrue();
		assertThat(this.rules.addTerm(TermKind.FOREIGN_BRAND, "큐브몬", 70)).as("no duplicate words").isFalse();
		OriginTerm added = this.rules.terms().stream().filter((term) -> term.getTerm().equals("큐브몬")).findFirst().get();
		try {
			ScreeningOutcome held = this.origin.screen(listing);
			assertThat(held.status()).isEqualTo(ReviewStatus.HELD);
			assertThat(held.reasons()).containsExactly(new ScreeningReason("FOREIGN_BRAND", "큐브몬", 70));
			this.rules.toggleTerm(added.getId());
			long second = ids.incrementAndGet();
			assertThat(this.origin
				.screen(domestic(second, second, "바람막이 재킷 " + second, "가볍고 따뜻한 재킷, 큐브몬 원단", 59000, "clothing"))
				.status()).as("a word turned off no longer fires").isEqualTo(ReviewStatus.LIVE);
			assertThat(this.origin.screen(listing).status()).as("but a listing already held waits for staff")
				.isEqualTo(ReviewStatus.HELD);
		}
		finally {
			this.rules.removeTerm(added.getId());
		}
	}

	@Test
	void theRuleBookIsReadAgainOnlyWhenItChanged() {
		assertThat(this.rules.ruleBook()).as("nothing changed: the copy of the last read")
			.isSameAs(this.rules.ruleBook());
	}

	@Test
	void aWordAddedOutsideThisInstanceCountsFromTheNextListingAndOneRolledBackNever() {
		String word = "Zorvexa" + Long.toString(ids.incrementAndGet(), 36).replaceAll("[0-9]", "q");
		TermRule rule = new TermRule(TermKind.FOREIGN_BRAND, word, 70);
		String insert = "INSERT INTO origin_term (kind, term, points) VALUES ('FOREIGN_BRAND', :word, 70)";
		RuleBook before = this.rules.ruleBook();
		assertThat(this.origin.screen(withWord(word)).status()).isEqualTo(ReviewStatus.LIVE);

		// Another instance, or a statement run by hand, that rolls back: read inside its
		// transaction, the word must not stay once it is gone.
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc.sql(insert).param("word", word).update();
			assertThat(this.rules.ruleBook().terms()).contains(rule);
			status.setRollbackOnly();
		});
		assertThat(this.rules.ruleBook().terms()).doesNotContain(rule);
		assertThat(this.origin.screen(withWord(word)).status()).isEqualTo(ReviewStatus.LIVE);

		this.jdbc.sql(insert).param("word", word).update();
		try {
			ScreeningOutcome held = this.origin.screen(withWord(word));
			assertThat(held.status()).isEqualTo(ReviewStatus.HELD);
			assertThat(held.reasons()).containsExactly(new ScreeningReason("FOREIGN_BRAND", word, 70));
		}
		finally {
			this.jdbc.sql("DELETE FROM origin_term WHERE term = :word").param("word", word).update();
		}
		assertThat(this.origin.screen(withWord(word)).status()).isEqualTo(ReviewStatus.LIVE);
		assertThat(this.rules.ruleBook()).isEqualTo(before);
	}

	private static ListingDeclaration withWord(String word) {
		long id = ids.incrementAndGet();
		return domestic(id, id, "바람막이 재킷 " + id, "가볍고 따뜻한 재킷, " + word + " 원단", 59000, "clothing");
	}

	@Test
	void raisingTheThresholdLetsAListingThrough() {
		ScreeningSettings original = this.rules.settings();
		long id = ids.incrementAndGet();
		try {
			assertThat(this.origin.screen(branded(id)).status()).isEqualTo(ReviewStatus.HELD);
			this.rules.changeSettings(new ScreeningSettings(100, original.duplicateSellerCount(),
					original.reportsToHold(), original.importerNamedPoints(), original.missingRegionPoints(),
					original.missingManufacturerPoints(), original.makerContradictionPoints(),
					original.duplicateTextPoints(), original.priceOutOfRangePoints(), original.importReportsPoints()));
			ScreeningOutcome outcome = this.origin.screen(branded(ids.incrementAndGet()));
			assertThat(outcome.status()).isEqualTo(ReviewStatus.LIVE);
			assertThat(outcome.threshold()).isEqualTo(100);
			assertThat(this.origin.screen(branded(id)).status()).as("the held one still waits for staff")
				.isEqualTo(ReviewStatus.HELD);
			assertThat(this.origin.screen(chinese(ids.incrementAndGet())).status())
				.as("a stated foreign manufacture holds at any threshold")
				.isEqualTo(ReviewStatus.HELD);
		}
		finally {
			this.rules.changeSettings(original);
		}
	}

	@Test
	void aDeclarationThatIsNotDomesticOrNotAttestedIsNeverLive() {
		long imported = ids.incrementAndGet();
		ListingDeclaration clean = clean(imported);
		ScreeningOutcome outcome = this.origin.screen(new ListingDeclaration(imported, imported, clean.storeName(),
				clean.categorySlug(), clean.name(), clean.description(), clean.price(), OriginKind.IMPORTED, "수입상사",
				clean.manufacturer(), null, MakerRole.RESELLER, true));
		assertThat(outcome.status()).isEqualTo(ReviewStatus.HELD);
		assertThat(codes(outcome)).contains("NOT_DOMESTIC", "IMPORTER_NAMED", "MISSING_REGION");

		long unattested = ids.incrementAndGet();
		clean = clean(unattested);
		outcome = this.origin.screen(new ListingDeclaration(unattested, unattested, clean.storeName(),
				clean.categorySlug(), clean.name(), clean.description(), clean.price(), OriginKind.DOMESTIC, null,
				clean.manufacturer(), clean.region(), clean.makerRole(), false));
		assertThat(outcome.status()).isEqualTo(ReviewStatus.HELD);
		assertThat(codes(outcome)).containsExactly("NOT_ATTESTED");
	}

	@Test
	void staffApprovalPublishesAndIsAudited(ApplicationEvents events) {
		long id = ids.incrementAndGet();
		this.origin.screen(chinese(id));

		this.desk.approve(id, "staff@example.com");

		assertThat(this.origin.reviewOf(id)).hasValueSatisfying((review) -> {
			assertThat(review.status()).isEqualTo(ReviewStatus.LIVE);
			assertThat(review.reasons()).extracting(ScreeningReason::code).contains("FOREIGN_MADE");
		});
		assertThat(events.stream(ListingApproved.class)).singleElement()
			.satisfies((event) -> assertThat(event.listingId()).isEqualTo(id));
		assertThat(this.desk.trail(id)).extracting(DecisionRow::action, DecisionRow::actor)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(DecisionAction.AUTO_HOLD, "RULES"),
					org.assertj.core.groups.Tuple.tuple(DecisionAction.APPROVED, "staff@example.com"));
		assertThatExceptionOfType(IllegalReviewTransition.class).as("a live listing cannot be approved again")
			.isThrownBy(() -> this.desk.approve(id, "staff@example.com"));
	}

	@Test
	void staffRejectionPublishesTheReasonAndAnEditGoesBackToStaff(ApplicationEvents events) {
		long id = ids.incrementAndGet();
		this.origin.screen(chinese(id));

		this.desk.reject(id, "staff@example.com", "  중국산 표기가 있어 판매할 수 없습니다. ");

		assertThat(this.origin.reviewOf(id)).hasValueSatisfying((review) -> {
			assertThat(review.status()).isEqualTo(ReviewStatus.REJECTED);
			assertThat(review.staffReason()).isEqualTo("중국산 표기가 있어 판매할 수 없습니다.");
		});
		assertThat(events.stream(ListingRejected.class)).singleElement()
			.satisfies((event) -> assertThat(event.reason()).isEqualTo("중국산 표기가 있어 판매할 수 없습니다."));
		assertThatExceptionOfType(IllegalReviewTransition.class)
			.isThrownBy(() -> this.desk.reject(id, "staff@example.com", "again"));
		assertThatExceptionOfType(IllegalReviewTransition.class)
			.isThrownBy(() -> this.desk.approve(id, "staff@example.com"));

		ScreeningOutcome edited = this.origin.screen(clean(id));

		assertThat(edited.status()).as("a rejected listing goes back to staff, however it now reads")
			.isEqualTo(ReviewStatus.HELD);
		assertThat(edited.reasons()).extracting(ScreeningReason::code).containsExactly("AWAITING_STAFF");
		assertThat(this.desk.trail(id)).extracting(DecisionRow::action)
			.containsExactly(DecisionAction.AUTO_HOLD, DecisionAction.REJECTED, DecisionAction.AUTO_HOLD);
		this.desk.approve(id, "staff@example.com");
		assertThat(this.origin.reviewOf(id).get().status()).isEqualTo(ReviewStatus.LIVE);
	}

	@Test
	void reportsCountOncePerShopperAndEnoughOfThemPutALiveListingBackOnHold(ApplicationEvents events) {
		long id = ids.incrementAndGet();
		assertThat(this.origin.screen(clean(id)).status()).isEqualTo(ReviewStatus.LIVE);

		assertThat(this.origin.reportImport(id, 501, "Made in China 스티커가 붙어 있어요")).isTrue();
		assertThat(this.origin.reportImport(id, 501, "다시 신고")).as("one report per shopper").isFalse();
		assertThat(this.origin.reportImport(id, 502, "수입품 같아요")).isTrue();
		assertThat(this.origin.reviewOf(id).get().status()).isEqualTo(ReviewStatus.LIVE);
		assertThat(events.stream(ListingHeld.class)).isEmpty();

		assertThat(this.origin.reportImport(id, 503, "해외 쇼핑몰과 같은 사진")).isTrue();

		ListingReview review = this.origin.reviewOf(id).get();
		assertThat(review.status()).isEqualTo(ReviewStatus.HELD);
		assertThat(review.reasons()).contains(new ScreeningReason("IMPORT_REPORTS", "3", 50));
		assertThat(events.stream(ListingHeld.class)).singleElement().satisfies((event) -> {
			assertThat(event.listingId()).isEqualTo(id);
			assertThat(event.reasons()).containsExactly("IMPORT_REPORTS");
		});
		assertThat(this.desk.trail(id)).extracting(DecisionRow::action)
			.containsExactly(DecisionAction.AUTO_PASS, DecisionAction.REPORT_HOLD);
		assertThat(this.desk.heldQueue()).anySatisfy((row) -> {
			assertThat(row.listingId()).isEqualTo(id);
			assertThat(row.reports()).isEqualTo(3);
		});

		this.desk.approve(id, "staff@example.com");
		assertThat(this.origin.screen(clean(id)).status()).as("reports answered by staff no longer hold an edit")
			.isEqualTo(ReviewStatus.LIVE);
		assertThat(this.origin.reportImport(id, 504, "또 수입품 같아요")).isTrue();
		assertThat(this.origin.reviewOf(id).get().status()).as("counting starts again after the approval")
			.isEqualTo(ReviewStatus.LIVE);
	}

	@Test
	void aListingHeldByReportsStaysHeldWhenTheSellerEditsIt() {
		long id = ids.incrementAndGet();
		this.origin.screen(clean(id));
		for (long shopper = 601; shopper <= 603; shopper++) {
			this.origin.reportImport(id, shopper, "수입품 같아요");
		}
		assertThat(this.origin.reviewOf(id).get().status()).isEqualTo(ReviewStatus.HELD);

		ScreeningOutcome edited = this.origin.screen(clean(id));

		assertThat(edited.status()).isEqualTo(ReviewStatus.HELD);
		assertThat(edited.reasons()).containsExactly(new ScreeningReason("IMPORT_REPORTS", "3", 50));
	}

	@Test
	void onlyAListingOnSaleCanBeReported() {
		long unpublished = ids.incrementAndGet();
		assertThatExceptionOfType(ListingReviewNotFound.class)
			.isThrownBy(() -> this.origin.reportImport(unpublished, 701, "수입품 같아요"));
		long held = ids.incrementAndGet();
		this.origin.screen(chinese(held));
		assertThatExceptionOfType(ListingReviewNotFound.class)
			.isThrownBy(() -> this.origin.reportImport(held, 701, "수입품 같아요"));
		assertThat(this.origin.reviewOf(unpublished)).isEmpty();
	}

	@Test
	void reviewsOfAnswersForManyListingsAtOnce() {
		long live = ids.incrementAndGet();
		long held = ids.incrementAndGet();
		this.origin.screen(clean(live));
		this.origin.screen(chinese(held));

		Map<Long, ListingReview> reviews = this.origin.reviewsOf(List.of(live, held, 99_999_999L));

		assertThat(reviews).containsOnlyKeys(live, held);
		assertThat(reviews.get(live).status()).isEqualTo(ReviewStatus.LIVE);
		assertThat(reviews.get(held).status()).isEqualTo(ReviewStatus.HELD);
		assertThat(this.origin.reviewsOf(List.of())).isEmpty();
		assertThat(this.origin.reviewOf(99_999_999L)).isEmpty();
	}

}
