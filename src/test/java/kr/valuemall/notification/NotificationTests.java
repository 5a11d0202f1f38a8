package kr.valuemall.notification;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import kr.valuemall.IntegrationTest;
import kr.valuemall.catalog.TestListings;
import kr.valuemall.origin.ListingApproved;
import kr.valuemall.origin.ListingHeld;
import kr.valuemall.origin.ListingRejected;
import kr.valuemall.account.MallUser;
import kr.valuemall.account.TestAccounts;
import kr.valuemall.order.ShipmentConfirmed;
import kr.valuemall.order.ShipmentRefunded;
import kr.valuemall.order.ShipmentStatus;
import kr.valuemall.order.ShipmentStatusChanged;
import kr.valuemall.seller.TestStores;
import kr.valuemall.seller.TestStores.OpenStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class NotificationTests {

	private static final Duration WAIT = Duration.ofSeconds(10);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestStores stores;

	@Autowired
	NotificationApi notifications;

	@Autowired
	Inbox inbox;

	@Autowired
	Clock clock;

	@Autowired
	TestMailbox mailbox;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	org.springframework.context.ApplicationContext context;

	OrderEvents events;

	@BeforeEach
	void setUp() {
		this.events = new OrderEvents(this.transactions, this.publisher);
	}

	@Test
	void aPaidOrderTellsTheShopperAndTheSellerEachWithTheirLink() throws Exception {
		MallUser shopper = this.accounts.create("김구매");
		OpenStore shop = this.stores.open("양평 목공소");
		String orderNumber = OrderEvents.orderNumber();
		this.events.publish(OrderEvents.paid(orderNumber, OrderEvents.shipmentId(), shopper.getId(),
				shop.store().sellerId(), this.clock.instant()));
		awaitUnread(shopper, 1);
		awaitUnread(shop.owner(), 1);

		Document shopperPage = page(get("/notifications").with(user(shopper)));
		assertThat(shopperPage.select(".notification-item").eachText()).singleElement()
			.asString()
			.contains("주문이 결제되었습니다.", "주문번호 " + orderNumber, "판매자 양평 목공소", "참나무 원목 스툴 외 1건", "결제 금액 98,000원");
		assertThat(shopperPage.select(".notification-item a").attr("href")).isEqualTo("/orders/" + orderNumber);

		Document sellerPage = page(get("/notifications").with(user(shop.owner())));
		assertThat(sellerPage.select(".notification-item").eachText()).singleElement()
			.asString()
			.contains("새 주문이 결제되었습니다. 발송을 준비해 주세요.", "주문번호 " + orderNumber, "주문 금액 98,000원 (배송비 포함)")
			.doesNotContain("판매자 양평 목공소");
		assertThat(sellerPage.select(".notification-item a").attr("href")).isEqualTo("/seller/orders");

		// Each is also e-mailed, once, with its subject.
		await().atMost(WAIT)
			.untilAsserted(
					() -> assertThat(this.mailbox.to(shopper.getUsername())).extracting(SimpleMailMessage::getSubject)
						.containsExactly("[가치몰] 주문이 결제되었습니다."));
		await().atMost(WAIT)
			.untilAsserted(() -> assertThat(this.mailbox.to(shop.owner().getUsername()))
				.extracting(SimpleMailMessage::getSubject)
				.containsExactly("[가치몰] 새 주문이 결제되었습니다. 발송을 준비해 주세요."));
	}

	@Test
	void theShopperFollowsTheShipmentAndTheSellerHearsOfReturnsAndConfirmations() throws Exception {
		MallUser shopper = this.accounts.create("박구매");
		OpenStore shop = this.stores.open("제주 감귤농원");
		String orderNumber = OrderEvents.orderNumber();
		long shipment = OrderEvents.shipmentId();
		long seller = shop.store().sellerId();
		Instant now = this.clock.instant();
		this.events.publish(new ShipmentStatusChanged(shipment, orderNumber, shopper.getId(), seller,
				ShipmentStatus.PAID, ShipmentStatus.PREPARING, now));
		this.events.publish(new ShipmentStatusChanged(shipment, orderNumber, shopper.getId(), seller,
				ShipmentStatus.PREPARING, ShipmentStatus.SHIPPED, now));
		this.events.publish(new ShipmentStatusChanged(shipment, orderNumber, shopper.getId(), seller,
				ShipmentStatus.SHIPPED, ShipmentStatus.DELIVERED, now));
		this.events.publish(new ShipmentStatusChanged(shipment, orderNumber, shopper.getId(), seller,
				ShipmentStatus.DELIVERED, ShipmentStatus.RETURN_REQUESTED, now));
		this.events.publish(new ShipmentRefunded(shipment, 1, orderNumber, shopper.getId(), seller, now,
				ShipmentRefunded.Reason.RETURNED, 3_000, OrderEvents.lines(), 0));
		awaitUnread(shopper, 4);
		awaitUnread(shop.owner(), 1);

		assertThat(messages(shopper)).containsExactlyInAnyOrder("notification.kind.SHIPMENT_PREPARING",
				"notification.kind.SHIPMENT_SHIPPED", "notification.kind.SHIPMENT_DELIVERED",
				"notification.kind.RETURN_APPROVED");
		assertThat(messages(shop.owner())).containsExactly("notification.kind.RETURN_REQUESTED");
		Document shopperPage = page(get("/notifications").with(user(shopper)));
		assertThat(shopperPage.select(".notification-message").eachText()).contains("배송이 시작되었습니다.",
				"반품이 승인되어 환불되었습니다.");
		assertThat(shopperPage.select(".notification-item").text()).contains("환불 금액 98,000원", "판매자 제주 감귤농원");

		String confirmedOrder = OrderEvents.orderNumber();
		this.events.publish(new ShipmentConfirmed(OrderEvents.shipmentId(), 2, confirmedOrder, shopper.getId(), seller,
				now, 0, List.of()));
		awaitUnread(shop.owner(), 2);
		assertThat(page(get("/notifications").with(user(shop.owner()))).select(".notification-message").eachText())
			.contains("구매가 확정되었습니다. 다음 정산에 포함됩니다.", "구매자가 반품을 요청했습니다.");
	}

	@Test
	void aCancelledOrderTellsBothTheShopperWithTheRefundAndTheSellerNotToShip() throws Exception {
		MallUser shopper = this.accounts.create("최구매");
		OpenStore shop = this.stores.open("담양 죽세공");
		String orderNumber = OrderEvents.orderNumber();
		long shipment = OrderEvents.shipmentId();
		this.events.publish(new ShipmentStatusChanged(shipment, orderNumber, shopper.getId(), shop.store().sellerId(),
				ShipmentStatus.PAID, ShipmentStatus.CANCELLED, this.clock.instant()));
		this.events.publish(new ShipmentRefunded(shipment, 1, orderNumber, shopper.getId(), shop.store().sellerId(),
				this.clock.instant(), ShipmentRefunded.Reason.CANCELLED, 3_000, List.of(), 500));
		awaitUnread(shopper, 1);
		awaitUnread(shop.owner(), 1);
		assertThat(page(get("/notifications").with(user(shopper))).select(".notification-item").text())
			.contains("주문이 취소되었습니다.", "환불 금액 2,500원");
		assertThat(page(get("/notifications").with(user(shop.owner()))).select(".notification-message").text())
			.isEqualTo("주문이 취소되었습니다. 이 주문은 발송하지 마세요.");
	}

	@Test
	void aRefusedReturnTellsTheShopperAndARepeatedRequestReachesTheSellerAgain() {
		MallUser shopper = this.accounts.create("반품 구매자");
		OpenStore shop = this.stores.open("강화 화문석");
		String orderNumber = OrderEvents.orderNumber();
		long shipment = OrderEvents.shipmentId();
		long seller = shop.store().sellerId();
		Instant requested = this.clock.instant();
		this.events.publish(new ShipmentStatusChanged(shipment, orderNumber, shopper.getId(), seller,
				ShipmentStatus.DELIVERED, ShipmentStatus.RETURN_REQUESTED, requested));
		this.events.publish(new ShipmentStatusChanged(shipment, orderNumber, shopper.getId(), seller,
				ShipmentStatus.RETURN_REQUESTED, ShipmentStatus.DELIVERED, requested.plusSeconds(60)));
		this.events.publish(new ShipmentStatusChanged(shipment, orderNumber, shopper.getId(), seller,
				ShipmentStatus.DELIVERED, ShipmentStatus.RETURN_REQUESTED, requested.plusSeconds(120)));
		awaitUnread(shopper, 1);
		awaitUnread(shop.owner(), 2);
		assertThat(messages(shopper)).containsExactly("notification.kind.RETURN_REFUSED");
		assertThat(messages(shop.owner())).containsExactly("notification.kind.RETURN_REQUESTED",
				"notification.kind.RETURN_REQUESTED");
	}

	@Test
	void aRedeliveredEventTellsNobodyTwice() {
		MallUser shopper = this.accounts.create("중복 확인");
		// An hour ago by the mall's clock, with microseconds as PostgreSQL keeps them:
		// fresh
		// news on any day the suite runs.
		Instant paidAt = this.clock.instant()
			.truncatedTo(ChronoUnit.SECONDS)
			.minus(Duration.ofHours(1))
			.plusNanos(123_456_000);
		NewNotification paid = NewNotification.of(shopper.getId(), NotificationKind.ORDER_PAID,
				OrderEvents.orderNumber(), null, null, List.of(), 1_000L, paidAt);
		assertThat(this.inbox.deliver(paid)).isTrue();
		assertThat(this.inbox.deliver(paid)).isFalse();
		NewNotification shipped = NewNotification.of(shopper.getId(), NotificationKind.SHIPMENT_SHIPPED,
				paid.orderNumber(), 7L, null, paidAt);
		assertThat(this.inbox.deliver(shipped)).isTrue();
		assertThat(this.inbox.deliver(shipped)).isFalse();
		assertThat(this.notifications.unreadCount(shopper.getId())).isEqualTo(2);

		// The same kind of event again, later: a second return request after a refusal.
		NewNotification requested = NewNotification.of(shopper.getId(), NotificationKind.RETURN_REQUESTED,
				paid.orderNumber(), 7L, null, paidAt.plusSeconds(60));
		NewNotification requestedAgain = NewNotification.of(shopper.getId(), NotificationKind.RETURN_REQUESTED,
				paid.orderNumber(), 7L, null, paidAt.plusSeconds(3600));
		assertThat(this.inbox.deliver(requested)).isTrue();
		assertThat(this.inbox.deliver(requestedAgain)).isTrue();
		assertThat(this.notifications.unreadCount(shopper.getId())).isEqualTo(4);
	}

	@Test
	void theHeaderBellShowsTheUnreadCountToItsOwnerOnly() throws Exception {
		MallUser shopper = this.accounts.create("배지 확인");
		MallUser someoneElse = this.accounts.create("다른 사람");
		tell(shopper, 3);

		Document home = page(get("/").with(user(shopper)));
		assertThat(home.select(".notification-link").attr("href")).isEqualTo("/notifications");
		assertThat(home.select(".notification-link .badge").text()).isEqualTo("3");
		assertThat(home.select(".notification-link").attr("aria-label")).isEqualTo("알림 3 개 안 읽음");
		assertThat(page(get("/products").with(user(shopper))).select(".notification-link .badge").text())
			.isEqualTo("3");

		assertThat(page(get("/").with(user(someoneElse))).select(".notification-link .badge")).isEmpty();
		assertThat(page(get("/")).select(".notification-link")).isEmpty();
	}

	@Test
	void aBusySellersBellSaysNinetyNinePlusWithoutCountingEveryUnreadNotification() throws Exception {
		MallUser seller = this.accounts.create("바쁜 판매자");
		tell(seller, 99);
		assertThat(page(get("/").with(user(seller))).select(".notification-link .badge").text()).isEqualTo("99");

		tell(seller, NotificationApi.UNREAD_COUNTED + 20 - 99);

		assertThat(this.notifications.unreadCount(seller.getId())).isEqualTo(NotificationApi.UNREAD_COUNTED);
		Document home = page(get("/").with(user(seller)));
		assertThat(home.select(".notification-link .badge").text()).isEqualTo("99+");
		assertThat(home.select(".notification-link").attr("aria-label")).isEqualTo("알림 99+ 개 안 읽음");
		Document list = page(get("/notifications").with(user(seller)));
		assertThat(list.select(".notification-item.unread")).hasSize(NotificationApi.PAGE_SIZE);
		assertThat(list.select(".notification-link .badge").text()).isEqualTo("99+");
	}

	@Test
	void openingTheListMarksWhatItShowsReadAndMarkAllReadClearsTheRest() throws Exception {
		MallUser shopper = this.accounts.create("읽음 확인");
		tell(shopper, NotificationApi.PAGE_SIZE + 2);

		Document first = page(get("/notifications").with(user(shopper)));
		assertThat(first.select(".notification-item")).hasSize(NotificationApi.PAGE_SIZE);
		assertThat(first.select(".notification-item.unread")).hasSize(NotificationApi.PAGE_SIZE);
		assertThat(first.select(".notification-link .badge").text()).isEqualTo("2");
		assertThat(first.select(".pagination").text()).contains("1 / 2 페이지");
		assertThat(this.notifications.unreadCount(shopper.getId())).isEqualTo(2);

		Document again = page(get("/notifications").with(user(shopper)));
		assertThat(again.select(".notification-item.unread")).isEmpty();

		this.mvc.perform(post("/notifications/read").with(user(shopper))).andExpect(status().isForbidden());
		assertThat(this.notifications.unreadCount(shopper.getId())).isEqualTo(2);
		this.mvc.perform(post("/notifications/read").with(user(shopper)).with(csrf()))
			.andExpect(redirectedUrl("/notifications"));
		assertThat(this.notifications.unreadCount(shopper.getId())).isZero();
		assertThat(page(get("/").with(user(shopper))).select(".notification-link .badge")).isEmpty();
	}

	@Test
	void nobodySeesOrMarksAnotherAccountsNotifications() throws Exception {
		MallUser shopper = this.accounts.create("내 알림");
		MallUser someoneElse = this.accounts.create("남의 알림");
		tell(shopper, 2);
		List<Long> mine = this.notifications.newest(shopper.getId(), 0).map(NotificationView::id).getContent();

		Document theirs = page(get("/notifications").with(user(someoneElse)));
		assertThat(theirs.select(".notification-item")).isEmpty();
		assertThat(theirs.select(".empty-state").text()).contains("아직 받은 알림이 없습니다.");
		this.mvc.perform(post("/notifications/read").with(user(someoneElse)).with(csrf()));
		assertThat(this.notifications.markRead(someoneElse.getId(), mine)).isZero();
		assertThat(this.notifications.unreadCount(shopper.getId())).isEqualTo(2);

		this.mvc.perform(get("/notifications")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/notifications/read").with(csrf())).andExpect(redirectedUrl("/login"));
	}

	@Test
	void aPageNumberThatMakesNoSenseShowsTheFirstPage() throws Exception {
		MallUser shopper = this.accounts.create("쪽 번호");
		tell(shopper, 1);
		this.mvc.perform(get("/notifications?page=abc").with(user(shopper))).andExpect(status().isOk());
		this.mvc.perform(get("/notifications?page=-1").with(user(shopper))).andExpect(status().isOk());
		assertThat(page(get("/notifications?page=99999999999").with(user(shopper))).select(".notification-item"))
			.hasSize(1);
	}

	private void tell(MallUser account, int howMany) {
		for (int i = 0; i < howMany; i++) {
			this.inbox.deliver(NewNotification.of(account.getId(), NotificationKind.SHIPMENT_SHIPPED,
					OrderEvents.orderNumber(), (long) i, "테스트 가게", this.clock.instant()));
		}
	}

	private List<String> messages(MallUser account) {
		return this.notifications.newest(account.getId(), 0).map(NotificationView::messageKey).getContent();
	}

	@Test
	void aSellerHearsWhenAListingIsHeldReleasedOrRejected() throws Exception {
		OpenStore shop = this.stores.open("검토 공방");
		long listing = TestListings.in(this.context).live(shop.store(), "편백 도마 세트", 29_000, 5, 0);
		Instant now = this.clock.instant();
		this.events.publish(new ListingHeld(listing, List.of("FOREIGN_COUNTRY"), now));
		this.events.publish(new ListingApproved(listing, now.plusSeconds(60)));
		this.events.publish(new ListingRejected(listing, "수입 원목으로 확인되었습니다.", now.plusSeconds(120)));
		awaitUnread(shop.owner(), 3);

		Document page = page(get("/notifications").with(user(shop.owner())));
		assertThat(page.select(".notification-item").eachText())
			.anySatisfy((item) -> assertThat(item).contains("원산지 검토를 위해 판매 보류", "상품: 편백 도마 세트"))
			.anySatisfy((item) -> assertThat(item).contains("판매가 다시 시작", "편백 도마 세트"))
			.anySatisfy((item) -> assertThat(item).contains("판매가 거절", "편백 도마 세트 · 수입 원목으로 확인되었습니다."));
		assertThat(page.select(".notification-item a").eachAttr("href")).containsOnly("/seller/products");
		await().atMost(WAIT).untilAsserted(() -> assertThat(this.mailbox.to(shop.owner().getUsername())).hasSize(3));
	}

	private void awaitUnread(MallUser account, long count) {
		await().atMost(WAIT)
			.untilAsserted(() -> assertThat(this.notifications.unreadCount(account.getId())).isEqualTo(count));
	}

	private Document page(RequestBuilder request) throws Exception {
		return Jsoup
			.parse(this.mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
