package kr.valuemall.order.checkout;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import kr.valuemall.IntegrationTest;
import kr.valuemall.TestCards;
import kr.valuemall.TestClock;
import kr.valuemall.account.MallUser;
import kr.valuemall.account.Role;
import kr.valuemall.account.TestAccounts;
import kr.valuemall.catalog.TestProducts;
import kr.valuemall.order.OrderPaid;
import kr.valuemall.order.OrderedLine;
import kr.valuemall.order.cart.Basket;
import kr.valuemall.order.cart.CartOwner;
import kr.valuemall.order.cart.Carts;
import kr.valuemall.order.fulfilment.OrderRepository;
import kr.valuemall.order.payment.PaymentGateway;
import kr.valuemall.order.payment.PaymentMethod;
import kr.valuemall.order.payment.SandboxCardGateway;
import kr.valuemall.promotion.TestCampaigns;
import kr.valuemall.seller.TestStores.OpenStore;
import kr.valuemall.seller.TestStores;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Campaign prices in the cart and at checkout: only while the campaign runs, recorded on
 * the order line with the campaign, and a campaign that ends between the page and the
 * payment asks the shopper again.
 */
@IntegrationTest
@RecordApplicationEvents
class CampaignCheckoutTests {

	@Autowired
	Checkout checkout;

	@Autowired
	Carts carts;

	@Autowired
	OrderRepository orders;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestStores stores;

	@Autowired
	TestProducts products;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestCampaigns campaigns;

	@Autowired
	TestClock clock;

	@Autowired
	ApplicationEvents events;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theCampaignPriceAppliesFromItsStartUpToItsEndOnly() {
		OpenStore shop = this.stores.open("기획전 공방");
		long stool = this.products.live(shop.store().sellerId(), "기획전 스툴", 59_999, 10, 3_000);
		Instant now = this.clock.instant();
		long campaign = this.campaigns.create("기간 세일", now.plus(Duration.ofHours(1)), now.plus(Duration.ofDays(2)), 30);
		this.campaigns.joinAtPercent(campaign, stool, shop.store().sellerId(), 15);
		MallUser shopper = this.accounts.create("박기간", Role.SHOPPER);
		this.carts.add(CartOwner.account(shopper.getId()), stool, 2).orElseThrow();

		// Before the start: the list price.
		Basket.Item before = item(shopper);
		assertThat(before.discounted()).isFalse();
		assertThat(before.amount()).isEqualTo(119_998);

		// From the first instant: 59,999 × 85% = 50,999.15, rounded down.
		this.clock.advance(Duration.ofHours(1));
		Basket.Item during = item(shopper);
		assertThat(during.unitPrice()).isEqualTo(50_999);
		assertThat(during.listPrice()).isEqualTo(59_999);
		assertThat(during.offer().campaignId()).isEqualTo(campaign);
		assertThat(this.checkout.basket(shopper.getId()).total()).isEqualTo(2 * 50_999 + 3_000);

		// At the end instant it no longer applies.
		this.clock.advance(Duration.ofDays(2).minus(Duration.ofHours(1)));
		assertThat(item(shopper).discounted()).isFalse();
		assertThat(item(shopper).unitPrice()).isEqualTo(59_999);
	}

	@Test
	void anOrderLineRecordsTheCampaignAndThePriceSoldAtAndTheEventCarriesThem() {
		OpenStore shop = this.stores.open("기록 공방");
		long tray = this.products.live(shop.store().sellerId(), "원목 쟁반", 20_000, 10, 3_000);
		long cup = this.products.live(shop.store().sellerId(), "백자 컵", 10_000, 10, 3_000);
		Instant now = this.clock.instant();
		long campaign = this.campaigns.create("기록 세일", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(1)), 20);
		this.campaigns.joinAtPrice(campaign, tray, shop.store().sellerId(), 17_000);
		MallUser shopper = this.accounts.create("최기록", Role.SHOPPER);
		this.carts.add(CartOwner.account(shopper.getId()), tray, 1).orElseThrow();
		this.carts.add(CartOwner.account(shopper.getId()), cup, 1).orElseThrow();
		long total = this.checkout.basket(shopper.getId()).total();
		assertThat(total).isEqualTo(17_000 + 10_000 + 3_000);

		String number = pay(shopper, total);

		List<java.util.Map<String, Object>> lines = this.jdbc.queryForList("""
				SELECT l.product_id, l.unit_price, l.list_price, l.campaign_id, l.amount FROM order_line l
				JOIN shipment s ON s.id = l.shipment_id JOIN customer_order o ON o.id = s.order_id
				WHERE o.order_number = ? ORDER BY l.position""", number);
		assertThat(lines).hasSize(2);
		assertThat(lines.get(0)).containsEntry("unit_price", 17_000L)
			.containsEntry("list_price", 20_000L)
			.containsEntry("campaign_id", campaign)
			.containsEntry("amount", 17_000L);
		assertThat(lines.get(1)).containsEntry("unit_price", 10_000L).containsEntry("campaign_id", null);
		OrderPaid paid = this.events.stream(OrderPaid.class)
			.filter((event) -> event.orderNumber().equals(number))
			.findFirst()
			.orElseThrow();
		assertThat(paid.shipments().get(0).lines()).extracting(OrderedLine::campaignId, OrderedLine::amount)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(campaign, 17_000L),
					org.assertj.core.groups.Tuple.tuple(null, 10_000L));
	}

	@Test
	void aCampaignThatEndsBetweenThePageAndThePaymentAsksAgainAndTakesNothing() {
		OpenStore shop = this.stores.open("마감 공방");
		long stool = this.products.live(shop.store().sellerId(), "마감 스툴", 50_000, 5, 0);
		Instant now = this.clock.instant();
		long campaign = this.campaigns.create("마감 세일", now.minus(Duration.ofDays(3)), now.plus(Duration.ofMinutes(5)),
				30);
		this.campaigns.joinAtPercent(campaign, stool, shop.store().sellerId(), 20);
		MallUser shopper = this.accounts.create("정마감", Role.SHOPPER);
		this.carts.add(CartOwner.account(shopper.getId()), stool, 1).orElseThrow();
		long seen = this.checkout.basket(shopper.getId()).total();
		assertThat(seen).isEqualTo(40_000);

		this.clock.advance(Duration.ofMinutes(5));
		Checkout.Placement placement = this.checkout.place(shopper.getId(),
				new Checkout.PlaceOrder(UUID.randomUUID(), OrderFixtures.address(), PaymentMethod.CARD,
						new PaymentGateway.CardDetails(SandboxCardGateway.APPROVE, TestCards.EXPIRY), seen));

		assertThat(placement).isEqualTo(new Checkout.Placement.PriceChanged());
		assertThat(this.products.stockOf(stool)).isEqualTo(5);
		assertThat(this.checkout.basket(shopper.getId()).total()).isEqualTo(50_000);
	}

	@Test
	void aCampaignNeverTakesMoreThanItsMaximumEvenWhenTheListPriceRises() {
		OpenStore shop = this.stores.open("상한 공방");
		long stool = this.products.live(shop.store().sellerId(), "상한 스툴", 10_000, 5, 0);
		Instant now = this.clock.instant();
		long campaign = this.campaigns.create("상한 세일", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(1)), 10);
		this.campaigns.joinAtPrice(campaign, stool, shop.store().sellerId(), 9_000);
		MallUser shopper = this.accounts.create("한상한", Role.SHOPPER);
		this.carts.add(CartOwner.account(shopper.getId()), stool, 1).orElseThrow();
		assertThat(item(shopper).unitPrice()).isEqualTo(9_000);

		this.jdbc.update("UPDATE product SET price = 20000 WHERE id = ?", stool);

		assertThat(item(shopper).unitPrice()).isEqualTo(18_000);
	}

	private Basket.Item item(MallUser shopper) {
		return this.checkout.basket(shopper.getId()).parts().get(0).items().get(0);
	}

	private String pay(MallUser shopper, long total) {
		Checkout.Placement placement = this.checkout.place(shopper.getId(),
				new Checkout.PlaceOrder(UUID.randomUUID(), OrderFixtures.address(), PaymentMethod.CARD,
						new PaymentGateway.CardDetails(SandboxCardGateway.APPROVE, TestCards.EXPIRY), total));
		assertThat(placement).isInstanceOf(Checkout.Placement.Placed.class);
		return ((Checkout.Placement.Placed) placement).orderNumber();
	}

}
