package kr.valuemall.order.fulfilment;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import kr.valuemall.IntegrationTest;
import kr.valuemall.TestClock;
import kr.valuemall.account.MallUser;
import kr.valuemall.account.Role;
import kr.valuemall.account.TestAccounts;
import kr.valuemall.order.ProductShelf;
import kr.valuemall.order.ShipmentConfirmed;
import kr.valuemall.order.cart.Carts;
import kr.valuemall.order.checkout.Checkout;
import kr.valuemall.order.checkout.OrderFixtures;
import kr.valuemall.seller.TestStores.OpenStore;
import kr.valuemall.seller.TestStores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class OrderJobsAndDepositsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestStores stores;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Carts carts;

	@Autowired
	Checkout checkout;

	@Autowired
	ProductShelf shelf;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SellerShipments sellerShipments;

	@Autowired
	OrderJobs jobs;

	@Autowired
	TestClock clock;

	@Autowired
	AbstractApplicationContext context;

	OrderFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new OrderFixtures(this.mvc, this.carts, this.checkout, this.shelf, this.jdbc);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void purchasesDeliveredLongEnoughAgoAreConfirmedOnceAndRecentOnesAreNot() throws Exception {
		OpenStore store = this.stores.open("자동 확정 가게");
		long product = this.fixtures.liveProduct(store, "황토 찻잔", "15,000", "10", "3,000");
		long sellerId = store.store().sellerId();
		MallUser early = this.accounts.create("일찍 받은 손님");
		MallUser late = this.accounts.create("어제 받은 손님");
		this.fixtures.addToCart(early, product, 1);
		long old = delivered(sellerId, this.fixtures.payByCard(early));
		this.clock.advance(Duration.ofDays(7));
		this.fixtures.addToCart(late, product, 1);
		long recent = delivered(sellerId, this.fixtures.payByCard(late));
		this.clock.advance(Duration.ofDays(1));

		List<ShipmentConfirmed> confirmed = new CopyOnWriteArrayList<>();
		ApplicationListener<ApplicationEvent> listener = (event) -> {
			if (event instanceof PayloadApplicationEvent<?> payload
					&& payload.getPayload() instanceof ShipmentConfirmed shipmentConfirmed) {
				confirmed.add(shipmentConfirmed);
			}
		};
		ApplicationEventMulticaster multicaster = this.context.getBean(
				AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME, ApplicationEventMulticaster.class);
		multicaster.addApplicationListener(listener);
		try {
			this.jobs.confirmDelivered();
			assertThat(this.fixtures.shipmentStatus(old)).isEqualTo("CONFIRMED");
			assertThat(this.fixtures.shipmentStatus(recent)).isEqualTo("DELIVERED");
			Instant confirmedAt = confirmedAt(old);

			this.clock.advance(Duration.ofMinutes(10));
			this.jobs.confirmDelivered();
			assertThat(confirmedAt(old)).isEqualTo(confirmedAt);
			assertThat(confirmed.stream().filter((event) -> event.shipmentId() == old)).hasSize(1);
			assertThat(confirmed.stream().filter((event) -> event.shipmentId() == recent)).isEmpty();
		}
		finally {
			multicaster.removeApplicationListener(listener);
		}
	}

	@Test
	void staffConfirmTheDepositOfABankTransferOrderAndItGoesToTheSeller() throws Exception {
		OpenStore store = this.stores.open("입금 확인 가게");
		long product = this.fixtures.liveProduct(store, "한산 모시 스카프", "42,000", "5", "3,000");
		MallUser shopper = this.accounts.create("계좌이체 손님");
		this.fixtures.addToCart(shopper, product, 1);
		String orderNumber = this.fixtures.payByBankTransfer(shopper);
		long shipment = this.fixtures.shipmentOf(orderNumber, store.store().sellerId());

		Document waiting = this.fixtures.page(get("/orders/" + orderNumber).with(user(shopper)));
		assertThat(waiting.select(".deposit-box").text()).contains("가치은행", "45,000원");
		assertThat(waiting.select(".deposit-account").text()).matches("\\d{3}-\\d{6}-\\d{5}");
		assertThat(waiting.select(".deposit-deadline").text()).isNotBlank();
		assertThat(waiting.select(".shipment-status").text()).isEqualTo("입금 대기");
		assertThat(waiting.select("form[action$=/cancel]")).isEmpty();
		Document orders = this.fixtures.page(get("/orders").with(user(shopper)));
		assertThat(orders.select(".order-payment-state").text()).isEqualTo("입금 대기");
		assertThat(orders.select(".order-deposit-hint").text()).contains("주문 상세", "기한");

		MallUser staff = this.accounts.create("입금 담당", Role.ADMIN);
		Document deposits = this.fixtures.page(get("/admin/deposits").with(user(staff)));
		assertThat(deposits.select(".deposit-row .order-number").eachText()).contains(orderNumber);
		this.mvc.perform(get("/admin/deposits").with(user(shopper))).andExpect(status().isForbidden());
		assertThat(this.fixtures.page(get("/admin").with(user(staff))).select("a[href=/admin/deposits]")).isNotEmpty();

		this.mvc.perform(post("/admin/deposits/" + orderNumber + "/confirm").with(user(staff)).with(csrf()))
			.andExpect(redirectedUrl("/admin/deposits"))
			.andExpect(flash().attribute("notice", "deposits.confirmed"));
		assertThat(this.jdbc.queryForObject("SELECT status FROM customer_order WHERE order_number = ?", String.class,
				orderNumber))
			.isEqualTo("PAID");
		assertThat(this.fixtures.shipmentStatus(shipment)).isEqualTo("PAID");
		assertThat(this.fixtures.page(get("/admin/deposits").with(user(staff))).text()).doesNotContain(orderNumber);
		assertThat(this.fixtures.page(get("/seller/orders").with(user(store.owner())))
			.getElementById("shipment-" + shipment)).isNotNull();

		this.mvc.perform(post("/admin/deposits/" + orderNumber + "/confirm").with(user(staff)).with(csrf()))
			.andExpect(flash().attribute("notice", "deposits.alreadyHandled"));
	}

	@Test
	void aDepositThatDoesNotComeInTimeCancelsTheOrderAndReturnsTheStock() throws Exception {
		OpenStore store = this.stores.open("입금 기한 가게");
		long product = this.fixtures.liveProduct(store, "놋그릇 반상기", "120,000", "3", "5,000");
		MallUser shopper = this.accounts.create("잊어버린 손님");
		this.fixtures.addToCart(shopper, product, 2);
		String orderNumber = this.fixtures.payByBankTransfer(shopper);
		assertThat(this.fixtures.stock(product)).isEqualTo(1);

		this.clock.advance(Duration.ofDays(4));
		this.jobs.expireDeposits();

		assertThat(this.jdbc.queryForObject("SELECT status FROM customer_order WHERE order_number = ?", String.class,
				orderNumber))
			.isEqualTo("CANCELLED");
		assertThat(this.fixtures.stock(product)).isEqualTo(3);
		Document detail = this.fixtures.page(get("/orders/" + orderNumber).with(user(shopper)));
		assertThat(detail.select(".alert").text()).contains("입금 기한까지 입금이 확인되지 않아");
		assertThat(detail.select(".shipment-status").text()).isEqualTo("취소 완료");
		MallUser staff = this.accounts.create("입금 담당", Role.ADMIN);
		assertThat(this.fixtures.page(get("/admin/deposits").with(user(staff))).text()).doesNotContain(orderNumber);
	}

	private long delivered(long sellerId, String orderNumber) {
		long shipment = this.fixtures.shipmentOf(orderNumber, sellerId);
		this.sellerShipments.accept(sellerId, shipment);
		this.sellerShipments.ship(sellerId, shipment, Courier.EPOST, "1234567890123");
		this.sellerShipments.deliver(sellerId, shipment);
		return shipment;
	}

	private Instant confirmedAt(long shipment) {
		return this.jdbc.queryForObject("SELECT confirmed_at FROM shipment WHERE id = ?", Instant.class, shipment);
	}

}
