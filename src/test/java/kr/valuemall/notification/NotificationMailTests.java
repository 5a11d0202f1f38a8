package kr.valuemall.notification;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.transaction.support.TransactionTemplate;

import kr.valuemall.IntegrationTest;
import kr.valuemall.account.MallUser;
import kr.valuemall.account.TestAccounts;
import kr.valuemall.seller.TestStores;
import kr.valuemall.seller.TestStores.OpenStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With an SMTP server configured (here the tests' {@link TestMailbox}), order
 * notifications also go out as Korean e-mails, and a mail server that fails costs the
 * site notification nothing.
 */
@IntegrationTest
class NotificationMailTests {

	@Autowired
	Clock clock;

	@Autowired
	TestMailbox mailbox;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestStores stores;

	@Autowired
	NotificationApi notifications;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher publisher;

	@Test
	void aPaidOrderIsMailedToTheShopperAndTheSeller() {
		MallUser shopper = this.accounts.create("메일 구매자");
		OpenStore shop = this.stores.open("메일 공방");
		String orderNumber = OrderEvents.orderNumber();
		events().publish(OrderEvents.paid(orderNumber, OrderEvents.shipmentId(), shopper.getId(),
				shop.store().sellerId(), this.clock.instant()));

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.mailbox.to(shopper.getUsername())).hasSize(1));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.mailbox.to(shop.owner().getUsername())).hasSize(1));
		SimpleMailMessage toShopper = this.mailbox.to(shopper.getUsername()).get(0);
		assertThat(toShopper.getSubject()).isEqualTo("[가치몰] 주문이 결제되었습니다.");
		assertThat(toShopper.getText()).contains("메일 구매자님, 안녕하세요.", "주문번호 " + orderNumber, "판매자 메일 공방", "결제 금액 98,000원",
				"http://localhost:8080/orders/" + orderNumber);
		SimpleMailMessage toSeller = this.mailbox.to(shop.owner().getUsername()).get(0);
		assertThat(toSeller.getSubject()).isEqualTo("[가치몰] 새 주문이 결제되었습니다. 발송을 준비해 주세요.");
		assertThat(toSeller.getText()).contains("http://localhost:8080/seller/orders");
	}

	@Test
	void aFailingMailServerStillLeavesTheNotificationOnTheSite() {
		MallUser shopper = this.accounts.create("메일 실패");
		OpenStore shop = this.stores.open("메일 실패 공방");
		this.mailbox.refuse(shopper.getUsername());
		this.mailbox.refuse(shop.owner().getUsername());
		events().publish(OrderEvents.paid(OrderEvents.orderNumber(), OrderEvents.shipmentId(), shopper.getId(),
				shop.store().sellerId(), this.clock.instant()));

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.notifications.unreadCount(shopper.getId())).isEqualTo(1));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.notifications.unreadCount(shop.owner().getId())).isEqualTo(1));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(this.mailbox.to(shopper.getUsername())).as("tried, and refused").hasSize(1));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(this.mailbox.to(shop.owner().getUsername())).as("tried, and refused").hasSize(1));
	}

	private OrderEvents events() {
		return new OrderEvents(this.transactions, this.publisher);
	}

}
