package kr.valuemall.notification;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionTemplate;

import kr.valuemall.IntegrationTest;
import kr.valuemall.account.MallUser;
import kr.valuemall.account.TestAccounts;
import kr.valuemall.seller.TestStores;
import kr.valuemall.seller.TestStores.OpenStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;

/**
 * With an SMTP server configured (here a stand-in mail sender), order notifications also
 * go out as Korean e-mails, and a mail server that fails costs the site notification
 * nothing.
 */
@IntegrationTest
class NotificationMailTests {

	@MockitoBean
	JavaMailSender mailSender;

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
		events()
			.publish(OrderEvents.paid(orderNumber, OrderEvents.shipmentId(), shopper.getId(), shop.store().sellerId()));

		ArgumentCaptor<SimpleMailMessage> sent = ArgumentCaptor.forClass(SimpleMailMessage.class);
		verify(this.mailSender, timeout(10_000).times(2)).send(sent.capture());
		SimpleMailMessage toShopper = sent.getAllValues()
			.stream()
			.filter((mail) -> mail.getTo()[0].equals(shopper.getUsername()))
			.findFirst()
			.orElseThrow();
		assertThat(toShopper.getSubject()).isEqualTo("[가치몰] 주문이 결제되었습니다.");
		assertThat(toShopper.getText()).contains("메일 구매자님, 안녕하세요.", "주문번호 " + orderNumber, "판매자 메일 공방", "결제 금액 98,000원",
				"http://localhost:8080/orders/" + orderNumber);
		SimpleMailMessage toSeller = sent.getAllValues()
			.stream()
			.filter((mail) -> mail.getTo()[0].equals(shop.owner().getUsername()))
			.findFirst()
			.orElseThrow();
		assertThat(toSeller.getSubject()).isEqualTo("[가치몰] 새 주문이 결제되었습니다. 발송을 준비해 주세요.");
		assertThat(toSeller.getText()).contains("http://localhost:8080/seller/orders");
	}

	@Test
	void aFailingMailServerStillLeavesTheNotificationOnTheSite() {
		doThrow(new MailSendException("connection refused")).when(this.mailSender).send(any(SimpleMailMessage.class));
		MallUser shopper = this.accounts.create("메일 실패");
		OpenStore shop = this.stores.open("메일 실패 공방");
		events().publish(OrderEvents.paid(OrderEvents.orderNumber(), OrderEvents.shipmentId(), shopper.getId(),
				shop.store().sellerId()));

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.notifications.unreadCount(shopper.getId())).isEqualTo(1));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.notifications.unreadCount(shop.owner().getId())).isEqualTo(1));
		verify(this.mailSender, timeout(10_000).times(2)).send(any(SimpleMailMessage.class));
	}

	private OrderEvents events() {
		return new OrderEvents(this.transactions, this.publisher);
	}

}
