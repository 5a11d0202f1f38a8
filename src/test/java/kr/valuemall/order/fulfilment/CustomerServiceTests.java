package kr.valuemall.order.fulfilment;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import kr.valuemall.IntegrationTest;
import kr.valuemall.TestClock;
import kr.valuemall.account.MallUser;
import kr.valuemall.account.Role;
import kr.valuemall.account.TestAccounts;
import kr.valuemall.order.ProductShelf;
import kr.valuemall.order.cart.Carts;
import kr.valuemall.order.checkout.Checkout;
import kr.valuemall.order.checkout.DeliveryAddress;
import kr.valuemall.order.checkout.OrderFixtures;
import kr.valuemall.order.payment.RefundDesk;
import kr.valuemall.order.payment.SandboxCardGateway;
import kr.valuemall.seller.TestStores;
import kr.valuemall.seller.TestStores.OpenStore;
import kr.valuemall.settlement.TestPayouts;
import kr.valuemall.settlement.runs.SettlementPeriods;
import kr.valuemall.settlement.runs.SettlementRuns;
import kr.valuemall.web.DateTimeDisplay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Customer service and refunds as staff and shoppers meet them: finding an order, its
 * timeline, refunding one line after the seller was paid (settlement takes it back on the
 * next statement), card refunds the gateway fails or times out (retried until it answers,
 * refunded once), and bank-transfer refunds paid from a bank file.
 */
@IntegrationTest
class CustomerServiceTests {

	private static final AtomicInteger phones = new AtomicInteger(4000);

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
	TestClock clock;

	@Autowired
	RefundDesk refunds;

	@Autowired
	SettlementRuns runs;

	@Autowired
	SettlementPeriods periods;

	@Autowired
	ApplicationContext context;

	OrderFixtures fixtures;

	MallUser staff;

	@BeforeEach
	void fixtures() {
		this.fixtures = new OrderFixtures(this.mvc, this.carts, this.checkout, this.shelf, this.jdbc);
		this.staff = this.accounts.create("상담원", Role.ADMIN);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void staffFindAnOrderByPhoneAndRefundOneLineAfterPayoutAndTheNextStatementTakesItBack() throws Exception {
		// April 2017: no other test settles that month.
		moveTo("2017-04-10T10:00");
		OpenStore store = this.stores.open("하동 녹차원");
		long tea = this.fixtures.liveProduct(store, "하동 우전 녹차 50g", "30,000", "10", "3,000");
		long cup = this.fixtures.liveProduct(store, "하동 찻잔", "12,000", "10", "3,000");
		MallUser shopper = this.accounts.create("차사랑");
		this.fixtures.addToCart(shopper, tea, 1);
		this.fixtures.addToCart(shopper, cup, 1);
		String phone = uniquePhone();
		String orderNumber = this.fixtures.payByCard(shopper, SandboxCardGateway.APPROVE, address(phone));
		long shipment = this.fixtures.shipmentOf(orderNumber, store.store().sellerId());
		deliverAndConfirm(store, shopper, orderNumber, shipment);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> count("SELECT count(*) FROM settlement_line WHERE shipment_id = ?", shipment) == 3);

		moveTo("2017-05-10T10:00");
		this.runs.run(this.periods.startingOn(LocalDate.of(2017, 4, 1)).orElseThrow(), "test");
		TestPayouts.payOut(this.context, this.periods.startingOn(LocalDate.of(2017, 4, 1)).orElseThrow());
		assertThat(this.jdbc.queryForObject(
				"SELECT payout FROM settlement_statement WHERE seller_id = ? AND period_start = DATE '2017-04-01'",
				Long.class, store.store().sellerId()))
			.as("30,000 and 12,000 less 3%%, and the shipping fee")
			.isEqualTo(29_100 + 11_640 + 3_000);

		// The shopper phones: staff find the order by the number, typed with dashes or
		// not.
		moveTo("2017-05-12T15:00");
		for (String typed : List.of(phone, phone.replace("-", ""))) {
			Document found = this.fixtures.page(get("/admin/orders").param("q", typed).with(user(this.staff)));
			assertThat(found.select(".staff-order-row .order-number").eachText()).containsExactly(orderNumber);
		}
		assertThat(this.fixtures.page(get("/admin/orders").param("q", shopper.getUsername()).with(user(this.staff)))
			.select(".staff-order-row .order-number")
			.eachText()).containsExactly(orderNumber);
		assertThat(this.fixtures.page(get("/admin/orders").param("q", "하동 녹차").with(user(this.staff)))
			.select(".staff-order-row .order-number")
			.eachText()).contains(orderNumber);
		this.mvc.perform(get("/admin/orders").param("q", phone).with(user(shopper))).andExpect(status().isForbidden());

		Document opened = this.fixtures.page(get("/admin/orders/" + orderNumber).with(user(this.staff)));
		assertThat(opened.select(".shopper-email").text()).isEqualTo(shopper.getUsername());
		assertThat(opened.select(".staff-timeline li").eachText()).anyMatch((e) -> e.contains("결제 승인"))
			.anyMatch((e) -> e.contains("발송"))
			.anyMatch((e) -> e.contains("구매 확정"))
			.anyMatch((e) -> e.contains("✉ " + shopper.getUsername()));

		// A reason is required, and nothing typed is lost.
		long cupLine = this.jdbc.queryForObject("SELECT id FROM order_line WHERE shipment_id = ? AND product_id = ?",
				Long.class, shipment, cup);
		Document noReason = this.fixtures
			.page(post("/admin/orders/" + orderNumber + "/shipments/" + shipment + "/refund")
				.param("lineIds", String.valueOf(cupLine))
				.param("reason", " ")
				.with(user(this.staff))
				.with(csrf()));
		assertThat(noReason.select("#refund-reason-" + shipment + "-error").text()).contains("환불 사유를 적어");
		assertThat(noReason.select("input[name=lineIds][value=" + cupLine + "]").attr("checked")).isEqualTo("checked");

		this.mvc
			.perform(post("/admin/orders/" + orderNumber + "/shipments/" + shipment + "/refund")
				.param("lineIds", String.valueOf(cupLine))
				.param("reason", "찻잔 금이 간 채 배송되어 환불")
				.with(user(this.staff))
				.with(csrf()))
			.andExpect(flash().attribute("notice", "staffOrders.notice.refunded"));

		// The card company gave back the cup alone; the tea stays bought.
		assertThat(this.jdbc.queryForMap("SELECT amount, status, cause FROM refund WHERE shipment_id = ?", shipment))
			.containsEntry("amount", 12_000L)
			.containsEntry("status", "DONE")
			.containsEntry("cause", "RETURNED");
		assertThat(this.fixtures.shipmentStatus(shipment)).isEqualTo("CONFIRMED");
		assertThat(this.jdbc.queryForObject(
				"SELECT refunded FROM payment p JOIN customer_order o ON o.id = p.order_id WHERE o.order_number = ?",
				Long.class, orderNumber))
			.isEqualTo(12_000);
		Document shopperView = this.fixtures.page(get("/orders/" + orderNumber).with(user(shopper)));
		assertThat(shopperView.select(".refund-reason").text()).contains("찻잔 금이 간 채 배송되어 환불");
		assertThat(shopperView.select(".refund-status").text()).isEqualTo("환불 완료");
		assertThat(shopperView.select(".line-refunded")).hasSize(1);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> count("SELECT count(*) FROM notification WHERE order_number = ? AND kind = 'ORDER_REFUNDED'",
					orderNumber) == 1);

		// The seller was paid for the cup in April: May's statement takes its share back.
		await().atMost(Duration.ofSeconds(30))
			.until(() -> count("SELECT count(*) FROM settlement_adjustment WHERE seller_id = ?",
					store.store().sellerId()) == 1);
		assertThat(this.jdbc.queryForObject("SELECT amount FROM settlement_adjustment WHERE seller_id = ?", Long.class,
				store.store().sellerId()))
			.isEqualTo(-11_640);
		moveTo("2017-06-10T10:00");
		this.runs.run(this.periods.startingOn(LocalDate.of(2017, 5, 1)).orElseThrow(), "test");
		assertThat(this.jdbc.queryForMap(
				"SELECT adjustment_total, payout, carried_out FROM settlement_statement WHERE seller_id = ? AND period_start = DATE '2017-05-01'",
				store.store().sellerId()))
			.containsEntry("adjustment_total", -11_640L)
			.containsEntry("payout", 0L)
			.containsEntry("carried_out", -11_640L);
		// The ledger booked the refund and its reversal under the refund's own key, and
		// balances.
		long refund = this.jdbc.queryForObject("SELECT id FROM refund WHERE shipment_id = ?", Long.class, shipment);
		assertThat(count("SELECT count(*) FROM settlement_journal_entry WHERE source_key IN (?, ?)",
				"refund:refund:" + refund, "reversal:refund:" + refund))
			.isEqualTo(2);
		assertThat(this.jdbc
			.queryForObject("SELECT coalesce(sum(debit) - sum(credit), 0) FROM settlement_journal_posting", Long.class))
			.isZero();
	}

	@Test
	void aCardRefundTheGatewayFailsOrTimesOutIsTriedAgainUntilItAnswersAndRefundedOnce() throws Exception {
		OpenStore store = this.stores.open("순창 장독대");
		long paste = this.fixtures.liveProduct(store, "순창 고추장 1kg", "18,000", "10", "3,000");
		for (String card : List.of(SandboxCardGateway.REFUND_GATEWAY_DOWN, SandboxCardGateway.REFUND_TIMES_OUT)) {
			MallUser shopper = this.accounts.create("장맛");
			this.fixtures.addToCart(shopper, paste, 1);
			String orderNumber = this.fixtures.payByCard(shopper, card, address(uniquePhone()));
			long shipment = this.fixtures.shipmentOf(orderNumber, store.store().sellerId());

			this.mvc
				.perform(post("/orders/" + orderNumber + "/shipments/" + shipment + "/cancel").with(user(shopper))
					.with(csrf()))
				.andExpect(flash().attribute("notice", "orders.notice.cancelled"));
			long refund = this.jdbc.queryForObject("SELECT id FROM refund WHERE shipment_id = ?", Long.class, shipment);
			assertThat(refundState(refund)).as(card).isEqualTo("PENDING 1");
			assertThat(this.fixtures.page(get("/orders/" + orderNumber).with(user(shopper)))
				.select(".refund-status")
				.text()).isEqualTo("환불 진행 중");
			Document desk = this.fixtures.page(get("/admin/refunds").with(user(this.staff)));
			assertThat(desk.select(".card-refunds").text()).contains(orderNumber);

			// Nothing is due before its wait is over.
			assertThat(this.refunds.retryDue()).isZero();
			for (int attempt = 0; attempt < 5 && !refundState(refund).startsWith("DONE"); attempt++) {
				this.clock.advance(Duration.ofHours(1));
				this.refunds.retryDue();
			}
			assertThat(refundState(refund)).as(card)
				.isEqualTo(SandboxCardGateway.REFUND_GATEWAY_DOWN.equals(card) ? "DONE 3" : "DONE 2");
			// The gateway gave the money back once, whatever it was asked.
			assertThat(this.jdbc.queryForObject(
					"SELECT c.refunded FROM sandbox_card_charge c JOIN payment p ON p.payment_key = c.payment_key JOIN customer_order o ON o.id = p.order_id WHERE o.order_number = ?",
					Long.class, orderNumber))
				.isEqualTo(21_000);
			assertThat(this.fixtures.stock(paste)).isEqualTo(10);
		}
	}

	@Test
	void aBankTransferRefundWaitsForTheShoppersAccountAndIsPaidFromTheStaffsBankFile() throws Exception {
		OpenStore store = this.stores.open("영광 굴비명가");
		long fish = this.fixtures.liveProduct(store, "영광 굴비 10미", "45,000", "10", "0");
		MallUser shopper = this.accounts.create("굴비");
		this.fixtures.addToCart(shopper, fish, 1);
		String orderNumber = this.fixtures.payByBankTransfer(shopper, address(uniquePhone()));
		this.mvc.perform(post("/admin/deposits/" + orderNumber + "/confirm").with(user(this.staff)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		long shipment = this.fixtures.shipmentOf(orderNumber, store.store().sellerId());

		this.mvc
			.perform(post("/admin/orders/" + orderNumber + "/shipments/" + shipment + "/refund")
				.param("reason", "판매자 재고 부족으로 발송 불가")
				.with(user(this.staff))
				.with(csrf()))
			.andExpect(flash().attribute("notice", "staffOrders.notice.refunded"));
		assertThat(this.fixtures.shipmentStatus(shipment)).isEqualTo("CANCELLED");
		long refund = this.jdbc.queryForObject("SELECT id FROM refund WHERE shipment_id = ?", Long.class, shipment);
		assertThat(refundState(refund)).isEqualTo("AWAITING_ACCOUNT 0");
		assertThat(this.fixtures.page(get("/admin/refunds").with(user(this.staff))).select(".awaiting-account").text())
			.contains(orderNumber);

		// The shopper says where the money goes; a wrong number is refused with what was
		// typed kept.
		Document order = this.fixtures.page(get("/orders/" + orderNumber).with(user(shopper)));
		assertThat(order.select(".refund-box .notice").text()).contains("받을 계좌를 알려 주세요");
		Document wrong = this.fixtures.page(post("/orders/" + orderNumber + "/refund-account").param("bank", "KB")
			.param("accountNumber", "12-3")
			.param("accountHolder", "김굴비")
			.with(user(shopper))
			.with(csrf()));
		assertThat(wrong.select("#refund-number-error").text()).contains("숫자 6~16자리");
		assertThat(wrong.select("#refund-holder").val()).isEqualTo("김굴비");
		this.mvc
			.perform(post("/orders/" + orderNumber + "/refund-account").param("bank", "KB")
				.param("accountNumber", "123456-01-987654")
				.param("accountHolder", "김굴비")
				.with(user(shopper))
				.with(csrf()))
			.andExpect(flash().attribute("notice", "refunds.account.saved"));
		assertThat(refundState(refund)).isEqualTo("READY 0");
		String stored = this.jdbc.queryForObject(
				"SELECT account_number_encrypted || holder_encrypted FROM refund_account a JOIN customer_order o ON o.id = a.order_id WHERE o.order_number = ?",
				String.class, orderNumber);
		assertThat(stored).doesNotContain("12345601987654").doesNotContain("김굴비");

		// Staff make the bank file, pay it, and mark exactly that file done.
		this.mvc.perform(post("/admin/refunds/files").with(user(this.staff)).with(csrf()))
			.andExpect(flash().attribute("notice", "refunds.notice.fileMade"));
		long file = this.jdbc.queryForObject("SELECT transfer_file_id FROM refund WHERE id = ?", Long.class, refund);
		assertThat(refundState(refund)).isEqualTo("IN_FILE 0");
		String csv = this.mvc.perform(get("/admin/refunds/files/" + file + ".csv").with(user(this.staff)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("KB국민은행", "12345601987654", "김굴비", "45000", orderNumber);
		this.mvc.perform(get("/admin/refunds/files/" + file + ".csv").with(user(shopper)))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/refunds/files/" + file + "/done").with(user(this.staff)).with(csrf()))
			.andExpect(flash().attribute("notice", "refunds.notice.fileDone"));
		assertThat(refundState(refund)).isEqualTo("DONE 0");
		this.mvc.perform(post("/admin/refunds/files/" + file + "/done").with(user(this.staff)).with(csrf()))
			.andExpect(flash().attribute("notice", "refunds.notice.alreadyHandled"));
		assertThat(
				this.fixtures.page(get("/orders/" + orderNumber).with(user(shopper))).select(".refund-status").text())
			.isEqualTo("환불 완료");
	}

	@Test
	void aDepositAfterTheDeadlineGoesBackTheWayBankTransferRefundsGo() throws Exception {
		OpenStore store = this.stores.open("보성 녹차밭");
		long leaves = this.fixtures.liveProduct(store, "보성 세작 40g", "22,000", "10", "3,000");
		MallUser shopper = this.accounts.create("늦은입금");
		this.fixtures.addToCart(shopper, leaves, 1);
		String orderNumber = this.fixtures.payByBankTransfer(shopper, address(uniquePhone()));
		this.mvc
			.perform(post("/admin/deposits/late").param("orderNumber", orderNumber)
				.param("amount", "25,000")
				.with(user(this.staff))
				.with(csrf()))
			.andExpect(flash().attribute("notice", "deposits.late.refused"));

		this.clock.advance(Duration.ofDays(10));
		this.context.getBean(kr.valuemall.order.payment.Payments.class).expireDeposits();
		this.mvc
			.perform(post("/admin/deposits/late").param("orderNumber", orderNumber)
				.param("amount", "")
				.with(user(this.staff))
				.with(csrf()))
			.andExpect(flash().attribute("notice", "deposits.late.invalid"));
		this.mvc
			.perform(post("/admin/deposits/late").param("orderNumber", orderNumber)
				.param("amount", "25,000")
				.with(user(this.staff))
				.with(csrf()))
			.andExpect(flash().attribute("notice", "deposits.late.recorded"));
		assertThat(this.jdbc.queryForMap(
				"SELECT r.amount, r.status, r.cause FROM refund r JOIN customer_order o ON o.id = r.order_id WHERE o.order_number = ?",
				orderNumber))
			.containsEntry("amount", 25_000L)
			.containsEntry("status", "AWAITING_ACCOUNT")
			.containsEntry("cause", "LATE_DEPOSIT");
		assertThat(this.fixtures.page(get("/orders/" + orderNumber).with(user(shopper)))
			.select(".refund-box .notice")
			.text()).contains("받을 계좌를 알려 주세요");
	}

	private void deliverAndConfirm(OpenStore store, MallUser shopper, String orderNumber, long shipment)
			throws Exception {
		MallUser seller = store.owner();
		this.mvc
			.perform(post("/seller/orders/" + shipment + "/accept").param("tab", "NEW").with(user(seller)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/seller/orders/" + shipment + "/ship").param("tab", "PREPARING")
				.param("courier", "HANJIN")
				.param("trackingNumber", "5123 4567 8901")
				.with(user(seller))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(
				post("/seller/orders/" + shipment + "/deliver").param("tab", "SHIPPED").with(user(seller)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/orders/" + orderNumber + "/shipments/" + shipment + "/confirm").with(user(shopper))
				.with(csrf()))
			.andExpect(flash().attribute("notice", "orders.notice.confirmed"));
	}

	private String refundState(long refund) {
		return this.jdbc.queryForObject("SELECT status || ' ' || attempts FROM refund WHERE id = ?", String.class,
				refund);
	}

	private long count(String sql, Object... args) {
		Long found = this.jdbc.queryForObject(sql, Long.class, args);
		return (found != null) ? found : 0;
	}

	private void moveTo(String seoulTime) {
		Instant target = LocalDateTime.parse(seoulTime).atZone(DateTimeDisplay.SEOUL).toInstant();
		this.clock.advance(Duration.between(this.clock.instant(), target));
	}

	private static String uniquePhone() {
		return "010-77" + String.format("%02d", phones.get() % 100) + "-"
				+ String.format("%04d", phones.incrementAndGet());
	}

	private static DeliveryAddress address(String phone) {
		return new DeliveryAddress("김가치", phone, "04524", "서울특별시 중구 세종대로 110", "3층 301호", "");
	}

}
