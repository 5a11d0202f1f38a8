package kr.valuemall.catalog;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import kr.valuemall.EventFlowTest;
import kr.valuemall.EventPublications;
import kr.valuemall.account.AccountApi;
import kr.valuemall.order.OrderPaid;
import kr.valuemall.order.OrderPaid.PaidShipment;
import kr.valuemall.order.OrderedLine;
import kr.valuemall.order.ShipmentConfirmed;
import kr.valuemall.order.ShipmentRefunded;
import kr.valuemall.origin.ListingHeld;
import kr.valuemall.origin.ListingReview;
import kr.valuemall.origin.MakerRole;
import kr.valuemall.origin.OriginApi;
import kr.valuemall.origin.OriginKind;
import kr.valuemall.origin.ReviewStatus;
import kr.valuemall.promotion.Spotlight;
import kr.valuemall.seller.SellerApi;
import kr.valuemall.web.DateTimeDisplay;
import kr.valuemall.shared.Region;
import kr.valuemall.web.SiteLinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import kr.valuemall.catalog.listing.Product;
import kr.valuemall.catalog.listing.ProductDetails;
import kr.valuemall.catalog.listing.ProductRepository;
import kr.valuemall.catalog.listing.ProductStatus;

/**
 * The catalog learns what was sold and what may be reviewed from the order module's
 * events, and which listings must leave the shop from the origin module's. Here the
 * catalog runs alone and gets those events as the other modules publish them: so these
 * tests show that the events by themselves move a product's sales count (the best-selling
 * sort), make a confirmed line reviewable for its shopper, and take a listing put on hold
 * off sale, while a hold announced after staff released it again changes nothing (origin
 * is asked where the listing stands now). Each test makes its own products of a seller no
 * other test uses.
 */
@EventFlowTest
// Origin's API answers where a listing stands; the others serve pages not used here.
@MockitoBean(types = { OriginApi.class, AccountApi.class, SellerApi.class, Spotlight.class, DateTimeDisplay.class,
		SiteLinks.class })
class CatalogModuleTests {

	@Autowired
	ProductRepository products;

	@Autowired
	ReviewApi reviews;

	@Autowired
	OriginApi origin;

	@Autowired
	EventPublicationRegistry publications;

	@Autowired
	Clock clock;

	@Test
	void aPaidOrderRaisesTheProductsSalesCountAndItsRefundTakesItBack(Scenario scenario) {
		long seller = id();
		long stool = liveProduct(seller, "참나무 스툴");
		long board = liveProduct(seller, "호두나무 도마");
		List<OrderedLine> lines = List.of(line(stool, 3, 59_000), line(board, 1, 18_000));
		OrderPaid paid = new OrderPaid(id(), "VM-C" + id(), id(), this.clock.instant(), 195_000,
				List.of(new PaidShipment(id(), seller, 0, lines)));

		scenario.publish(paid)
			.andWaitForStateChange(() -> salesOf(stool, board), (sales) -> sales.get(stool) > 0)
			.andVerify((sales) -> assertThat(sales).isEqualTo(Map.of(stool, 3L, board, 1L)));

		ShipmentRefunded refunded = new ShipmentRefunded(paid.shipments().get(0).shipmentId(), paid.orderId(),
				paid.orderNumber(), paid.shopperId(), seller, this.clock.instant(), ShipmentRefunded.Reason.CANCELLED,
				0, lines, 0);
		scenario.publish(refunded)
			.andWaitForStateChange(() -> salesOf(stool, board), (sales) -> sales.get(stool) != 3)
			.andVerify((sales) -> assertThat(sales).isEqualTo(Map.of(stool, 0L, board, 0L)));
	}

	@Test
	void aConfirmedShipmentMakesItsLinesReviewableByItsShopperOnly(Scenario scenario) {
		long seller = id();
		long shopper = id();
		OrderedLine stool = line(liveProduct(seller, "참나무 스툴"), 1, 59_000);
		OrderedLine board = line(liveProduct(seller, "호두나무 도마"), 2, 18_000);
		List<Long> lineIds = List.of(stool.orderLineId(), board.orderLineId());
		assertThat(this.reviews.statesOf(shopper, lineIds)).containsOnlyKeys(lineIds)
			.allSatisfy((line, state) -> assertThat(state).isEqualTo(ReviewState.NOT_REVIEWABLE));
		ShipmentConfirmed confirmed = new ShipmentConfirmed(id(), id(), "VM-C" + id(), shopper, seller,
				this.clock.instant(), 3_000, List.of(stool, board));

		scenario.publish(confirmed)
			.andWaitForStateChange(() -> this.reviews.statesOf(shopper, lineIds),
					(states) -> states.containsValue(ReviewState.REVIEWABLE))
			.andVerify((states) -> {
				assertThat(states).isEqualTo(Map.of(stool.orderLineId(), ReviewState.REVIEWABLE, board.orderLineId(),
						ReviewState.REVIEWABLE));
				assertThat(this.reviews.statesOf(id(), lineIds)).containsOnlyKeys(lineIds)
					.allSatisfy((line, state) -> assertThat(state).isEqualTo(ReviewState.NOT_REVIEWABLE));
			});
	}

	@Test
	void aListingPutOnHoldLeavesTheShop(Scenario scenario) {
		long listing = liveProduct(id(), "참나무 스툴");
		Instant now = this.clock.instant();
		given(this.origin.reviewOf(listing)).willReturn(review(listing, ReviewStatus.HELD, now));

		scenario.publish(new ListingHeld(listing, List.of("IMPORT_REPORTS"), now))
			.andWaitForStateChange(() -> statusOf(listing), (status) -> status != ProductStatus.LIVE)
			.andVerify((status) -> {
				assertThat(status).isEqualTo(ProductStatus.HELD);
				assertThat(this.products.findLive(listing)).isEmpty();
			});
	}

	@Test
	void aHoldAnnouncedAfterStaffReleasedTheListingLeavesItOnSale(Scenario scenario) {
		long listing = liveProduct(id(), "참나무 스툴");
		Instant now = this.clock.instant();
		// The hold's event comes late: staff have approved the listing since.
		given(this.origin.reviewOf(listing)).willReturn(review(listing, ReviewStatus.LIVE, now));
		ListingHeld held = new ListingHeld(listing, List.of("IMPORT_REPORTS"), now.minusSeconds(60));

		scenario.publish(held)
			.andWaitForStateChange(() -> EventPublications.handled(this.publications, held))
			.andVerify((handled) -> assertThat(this.products.findLive(listing)).isPresent());
	}

	/**
	 * A live listing at 12,000 won, below the price bands ProductSearchTests keeps to
	 * itself.
	 */
	private long liveProduct(long seller, String name) {
		Instant now = this.clock.instant();
		Product product = new Product(seller, new ProductDetails("chairs-stools", name, name + " - 국산 원목으로 만든 제품",
				12_000, 10, 0, OriginKind.DOMESTIC, null, "박공방", Region.GYEONGGI, MakerRole.MAKER, true), now);
		product.screened(ReviewStatus.LIVE, now);
		return this.products.save(product).getId();
	}

	private static OrderedLine line(long productId, int quantity, long unitPrice) {
		return new OrderedLine(id(), productId, "상품 " + productId, "chairs-stools", quantity, unitPrice,
				unitPrice * quantity, null);
	}

	private static Optional<ListingReview> review(long listing, ReviewStatus status, Instant decidedAt) {
		return Optional.of(new ListingReview(listing, status, 0, List.of(), null, decidedAt));
	}

	/** Ids far above what the sequences and the other tests hand out. */
	private static long id() {
		return ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
	}

	private Map<Long, Long> salesOf(long... productIds) {
		Map<Long, Long> sales = new java.util.HashMap<>();
		for (long productId : productIds) {
			sales.put(productId, this.products.findById(productId).orElseThrow().getSalesCount());
		}
		return sales;
	}

	private ProductStatus statusOf(long productId) {
		return this.products.findById(productId).orElseThrow().getStatus();
	}

}
