package kr.valuemall.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.support.TransactionTemplate;

import kr.valuemall.EventFlowTest;
import kr.valuemall.EventPublications;
import kr.valuemall.account.AccountApi;
import kr.valuemall.account.AccountSummary;
import kr.valuemall.account.Role;
import kr.valuemall.mail.OutgoingMail;
import kr.valuemall.order.OrderPaid;
import kr.valuemall.order.OrderPaid.PaidShipment;
import kr.valuemall.order.OrderedLine;
import kr.valuemall.order.ShipmentStatus;
import kr.valuemall.order.ShipmentStatusChanged;
import kr.valuemall.seller.SellerApi;
import kr.valuemall.seller.StoreSummary;
import kr.valuemall.web.MoneyFormat;
import kr.valuemall.web.OperatorProperties;
import kr.valuemall.shared.Region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;

/**
 * Shoppers and sellers hear of their orders through the order module's events. Here the
 * notification module runs alone and gets OrderPaid as the order module publishes it: so
 * this test shows that the event by itself tells the shopper and the seller, each once,
 * with the amount that concerns each, on the site and by e-mail, and that a redelivered
 * event (the registry republishes unfinished ones) tells nobody twice. Who the accounts
 * and the store are is answered by mocks of the account and seller modules; the account
 * rows themselves are written here because the notification table's foreign key asks for
 * them.
 */
@EventFlowTest
// Mails are only logged here (no SMTP server): their formatting and signature are not
// used.
@MockitoBean(types = { AccountApi.class, SellerApi.class, MoneyFormat.class, OperatorProperties.class,
		kr.valuemall.catalog.ListingCounts.class, OutgoingMail.class })
class NotificationModuleTests {

	@Autowired
	NotificationApi notifications;

	@Autowired
	AccountApi accounts;

	@Autowired
	SellerApi sellers;

	@MockitoSpyBean
	NotificationMail mail;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventPublicationRegistry publications;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void aPaidOrderTellsTheShopperAndTheSellerOnceEach(Scenario scenario) {
		long shopper = account("김구매");
		long sellerAccount = account("박목수");
		long seller = id();
		given(this.sellers.store(seller)).willReturn(Optional.of(new StoreSummary(seller, sellerAccount,
				"yangpyeong-" + seller, "양평 목공소", null, Region.GYEONGGI, "양평 목공소", "박목수", "1208147521",
				"제2026-양평-0001호", "경기도 양평군", "031-000-0000", null, this.clock.instant())));
		// 참나무 스툴 59,000 and 2 × 호두나무 도마 18,000 with 3,000 shipping: 98,000 won,
		// of which a 5,000 won coupon leaves the shopper 93,000 to pay.
		List<OrderedLine> lines = List.of(new OrderedLine(1, 11, "참나무 원목 스툴", "chairs-stools", 1, 59_000, 59_000, null),
				new OrderedLine(2, 12, "호두나무 도마", "kitchen", 2, 18_000, 36_000, null));
		long order = id();
		String orderNumber = "VM-N" + order;
		OrderPaid paid = new OrderPaid(order, orderNumber, shopper, this.clock.instant(), 93_000,
				List.of(new PaidShipment(id(), seller, 3_000, lines)));

		scenario.publish(paid)
			.andWaitForStateChange(() -> newest(shopper).size() + newest(sellerAccount).size() == 2)
			.andVerify((told) -> {
				assertThat(newest(shopper))
					.extracting(NotificationView::messageKey, NotificationView::orderNumber,
							NotificationView::storeName, NotificationView::productName, NotificationView::otherItems,
							NotificationView::amount, NotificationView::link)
					.containsExactly(tuple("notification.kind.ORDER_PAID", orderNumber, "양평 목공소", "참나무 원목 스툴", 1,
							93_000L, "/orders/" + orderNumber));
				assertThat(newest(sellerAccount))
					.extracting(NotificationView::messageKey, NotificationView::orderNumber, NotificationView::amount,
							NotificationView::link)
					.containsExactly(tuple("notification.kind.NEW_ORDER", orderNumber, 98_000L, "/seller/orders"));
			});

		scenario.publish(paid)
			.andWaitForStateChange(() -> EventPublications.handled(this.publications, paid))
			.andVerify((handled) -> {
				assertThat(newest(shopper)).hasSize(1);
				assertThat(newest(sellerAccount)).hasSize(1);
				assertThat(this.notifications.unreadCount(shopper)).isOne();
				then(this.mail).should().send(argThat((to) -> to.id() == shopper), any());
				then(this.mail).should().send(argThat((to) -> to.id() == sellerAccount), any());
				then(this.mail).shouldHaveNoMoreInteractions();
			});
	}

	@Test
	void aShipmentPaidForIsNotEvenRecordedForTheShipmentListenerWhileAShippedOneIs() {
		long shopper = account("이배송");
		long seller = id();
		ShipmentStatusChanged paid = new ShipmentStatusChanged(id(), "VM-P" + id(), shopper, seller,
				ShipmentStatus.PENDING, ShipmentStatus.PAID, this.clock.instant());
		ShipmentStatusChanged shipped = new ShipmentStatusChanged(paid.shipmentId(), paid.orderNumber(), shopper,
				seller, ShipmentStatus.PREPARING, ShipmentStatus.SHIPPED, this.clock.instant());
		// The registry records a publication for each listener the event goes to when it
		// is published.
		assertThat(publishedTo(paid)).isZero();
		assertThat(publishedTo(shipped)).isOne();
		assertThat(OrderNotifications.tellsOf(paid)).isFalse();
		assertThat(OrderNotifications.tellsOf(shipped)).isTrue();
		assertThat(OrderNotifications.tellsOf(new ShipmentStatusChanged(paid.shipmentId(), paid.orderNumber(), shopper,
				seller, ShipmentStatus.DELIVERED, ShipmentStatus.RETURN_REQUESTED, this.clock.instant())))
			.as("the seller is told of a return request")
			.isTrue();
	}

	private int publishedTo(ShipmentStatusChanged changed) {
		return EventPublications.recordedFor(this.transaction, this.events, this.jdbc, changed, "OrderNotifications",
				changed.orderNumber());
	}

	/** An account row of its own, answered for by the account module's mock. */
	private long account(String name) {
		String email = "module-" + UUID.randomUUID() + "@example.com";
		long id = this.jdbc
			.sql("""
					INSERT INTO user_account (email, password_hash, name, phone) VALUES (:email, 'x', :name, '010-0000-0000')
					RETURNING id""")
			.param("email", email)
			.param("name", name)
			.query(Long.class)
			.single();
		Instant now = this.clock.instant();
		given(this.accounts.findById(id))
			.willReturn(Optional.of(new AccountSummary(id, email, name, Set.of(Role.SHOPPER), now)));
		return id;
	}

	/** Ids far above what the sequences and the other tests hand out. */
	private static long id() {
		return ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
	}

	private List<NotificationView> newest(long account) {
		return this.notifications.newest(account, 0).getContent();
	}

}
