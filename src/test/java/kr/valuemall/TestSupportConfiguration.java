package kr.valuemall;

import java.time.Clock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import kr.valuemall.account.TestAccounts;
import kr.valuemall.catalog.TestProducts;
import kr.valuemall.notification.TestMailbox;
import kr.valuemall.promotion.TestCampaigns;
import kr.valuemall.seller.TestBusinessStatusLookup;
import kr.valuemall.seller.TestStores;
import kr.valuemall.shared.events.EventProbes;

/**
 * Test doubles at the mall's ports, and helpers that make real data.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ TestAccounts.class, TestProducts.class, TestStores.class, TestCampaigns.class, EventProbes.class })
public class TestSupportConfiguration {

	@Bean
	TestMailbox testMailbox() {
		return new TestMailbox();
	}

	@Bean
	TestBusinessStatusLookup testBusinessStatusLookup(Clock clock) {
		return new TestBusinessStatusLookup(clock);
	}

}
