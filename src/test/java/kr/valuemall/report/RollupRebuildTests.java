package kr.valuemall.report;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import kr.valuemall.IntegrationTest;
import kr.valuemall.TestCards;
import kr.valuemall.account.MallUser;
import kr.valuemall.account.Role;
import kr.valuemall.account.TestAccounts;
import kr.valuemall.account.TestUsers;
import kr.valuemall.catalog.TestProducts;
import kr.valuemall.order.OrderPaid;
import kr.valuemall.seller.StoreSummary;
import kr.valuemall.seller.TestStores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Real orders (two paid by card, one of them cancelled) reach the roll-ups through their
 * events; a rebuild from the order history gives the same rows, and a redelivered event
 * afterwards adds nothing.
 */
@IntegrationTest
@RecordApplicationEvents
class RollupRebuildTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestStores stores;

	@Autowired
	TestProducts products;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SalesRollup salesRollup;

	@Autowired
	RollupRebuild rebuild;

	@Test
	void rebuildingFromTheOrdersGivesTheSameRollups(ApplicationEvents events) throws Exception {
		StoreSummary store = this.stores.open("집계 다시 만들기 공방").store();
		long product = this.products.live(store.sellerId(), "재집계 원목 쟁반", 20_000, 50, 3_000);
		MallUser shopper = this.accounts.create("재집계 구매자", Role.SHOPPER);
		String first = buy(shopper, product, 2, 43_000);
		String second = buy(shopper, product, 1, 23_000);
		OrderPaid secondPaid = events.stream(OrderPaid.class)
			.filter((paid) -> paid.orderNumber().equals(second))
			.findFirst()
			.orElseThrow();
		long shipment = secondPaid.shipments().get(0).shipmentId();
		this.mvc
			.perform(post("/orders/" + second + "/shipments/" + shipment + "/cancel").with(user(shopper)).with(csrf()))
			.andExpect(status().is3xxRedirection());

		await().atMost(Duration.ofSeconds(15))
			.until(() -> rows(store.sellerId()).size() == 1 && rows(store.sellerId()).get(0).get(1) == 60_000
					&& rows(store.sellerId()).get(0).get(2) == 20_000);
		List<List<Long>> live = rows(store.sellerId());
		assertThat(live.get(0)).containsExactly(40_000L, 60_000L, 20_000L, 2L, 60_000L, 20_000L);
		assertThat(first).isNotEqualTo(second);

		// Started in the background; the reports page shows how far it has got.
		this.mvc.perform(post("/admin/reports/rebuild").with(user(TestUsers.admin())).with(csrf()))
			.andExpect(redirectedUrl("/admin/reports"));
		await().atMost(Duration.ofSeconds(60))
			.until(() -> this.rebuild.latest().filter((view) -> view.state() == RebuildView.State.DONE).isPresent());
		assertThat(this.rebuild.latest().orElseThrow().ordersDone()).isPositive();
		this.mvc.perform(get("/admin/reports").with(user(TestUsers.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("rebuild-progress")));
		assertThat(rows(store.sellerId())).isEqualTo(live);

		// The listener hears the payment again (a redelivery): nothing changes.
		this.salesRollup.add(secondPaid);
		assertThat(rows(store.sellerId())).isEqualTo(live);
	}

	@Test
	void onlyStaffRebuild() throws Exception {
		this.mvc.perform(post("/admin/reports/rebuild").with(user(TestUsers.seller())).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/reports/rebuild").with(user(TestUsers.admin())))
			.andExpect(status().isForbidden());
	}

	/** Per day, the seller's sales row and the month's, side by side. */
	private List<List<Long>> rows(long sellerId) {
		return this.jdbc.sql("""
				SELECT d.paid - d.refunded, d.paid, d.refunded, d.shipments, m.paid, m.refunded
				FROM report_seller_daily d JOIN report_seller_monthly m
					ON m.seller_id = d.seller_id AND m.month = date_trunc('month', d.day)::date
				WHERE d.seller_id = :seller ORDER BY d.day
				""")
			.param("seller", sellerId)
			.query((row, n) -> List.of(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5),
					row.getLong(6)))
			.list();
	}

	private String buy(MallUser shopper, long product, int quantity, long expectedTotal) throws Exception {
		this.mvc
			.perform(post("/cart/items").param("productId", Long.toString(product))
				.param("quantity", Integer.toString(quantity))
				.with(user(shopper))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		String location = this.mvc
			.perform(post("/checkout").param("key", UUID.randomUUID().toString())
				.param("expectedTotal", Long.toString(expectedTotal))
				.param("addressId", "")
				.param("recipient", "김가치")
				.param("phone", "010-1234-5678")
				.param("postalCode", "04524")
				.param("address1", "서울특별시 중구 세종대로 110")
				.param("address2", "3층")
				.param("deliveryNote", "")
				.param("paymentMethod", "CARD")
				.param("cardNumber", "4242424242424242")
				.param("cardExpiry", TestCards.EXPIRY)
				.with(user(shopper))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/orders/");
		return location.replaceAll("^/orders/([^/?]+).*$", "$1");
	}

}
