package kr.valuemall.order.fulfilment;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Order settings.
 *
 * @param depositDays days a bank-transfer order waits for its deposit before it is
 * cancelled
 * @param depositBank the bank of the virtual accounts issued for bank transfers
 * @param confirmAfter how long after delivery a purchase is confirmed for the shopper
 * @param reconcileAfter how old an unanswered card payment must be before the gateway is
 * asked what happened: longer than the gateway client's time-out with a margin, so a call
 * still on its way is never taken for one that charged nothing
 */
@ConfigurationProperties("valuemall.order")
public record OrderProperties(@DefaultValue("3") int depositDays, @DefaultValue("가치은행") String depositBank,
		@DefaultValue("7d") Duration confirmAfter, @DefaultValue("10m") Duration reconcileAfter) {

}
