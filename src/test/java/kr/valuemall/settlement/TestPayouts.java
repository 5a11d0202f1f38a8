package kr.valuemall.settlement;

import org.springframework.context.ApplicationContext;

/**
 * Pays out a settled period as staff would (approve, then mark paid with the bank's
 * reference), for tests outside the settlement module.
 */
public final class TestPayouts {

	private TestPayouts() {
	}

	public static void payOut(ApplicationContext context, SettlementPeriod period) {
		Payouts payouts = context.getBean(Payouts.class);
		payouts.approve(period, "staff@example.com");
		payouts.markPaid(period, "T-" + period.start(), "staff@example.com");
	}

}
