package kr.valuemall.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo profile's people: the three documented accounts (password {@value #PASSWORD})
 * and a few shoppers who signed up over the past weeks. Safe to run on every start.
 */
@Component
@Profile("demo")
@Order(10)
class DemoAccounts implements ApplicationRunner {

	static final String PASSWORD = "valuemall-demo";

	private static final Log logger = LogFactory.getLog(DemoAccounts.class);

	private record DemoPerson(String email, String name, String phone, Set<Role> roles, int daysAgo) {
	}

	private static final List<DemoPerson> PEOPLE = List.of(
			new DemoPerson("admin@example.com", "가치몰 운영팀", "044-200-1000", EnumSet.of(Role.ADMIN), 120),
			new DemoPerson("seller@example.com", "박공방", "010-2345-6789", EnumSet.of(Role.SHOPPER, Role.SELLER), 90),
			new DemoPerson("shopper@example.com", "김민지", "010-1234-5678", EnumSet.of(Role.SHOPPER), 60),
			new DemoPerson("jiho.lee@example.com", "이지호", "010-3456-7890", EnumSet.of(Role.SHOPPER), 21),
			new DemoPerson("seoyeon.choi@example.com", "최서연", "010-4567-8901", EnumSet.of(Role.SHOPPER), 12),
			new DemoPerson("dohyun.jung@example.com", "정도현", "010-5678-9012", EnumSet.of(Role.SHOPPER), 6),
			new DemoPerson("hayoon.kang@example.com", "강하윤", "010-6789-0123", EnumSet.of(Role.SHOPPER), 3),
			new DemoPerson("minjun.yoon@example.com", "윤민준", "010-7890-1234", EnumSet.of(Role.SHOPPER), 1));

	private final AccountService accounts;

	private final UserAccountRepository repository;

	private final Clock clock;

	DemoAccounts(AccountService accounts, UserAccountRepository repository, Clock clock) {
		this.accounts = accounts;
		this.repository = repository;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		Instant now = this.clock.instant();
		int opened = 0;
		for (DemoPerson person : PEOPLE) {
			if (!this.repository.existsByEmail(person.email())) {
				this.accounts.open(person.email(), PASSWORD, person.name(), person.phone(), person.roles(),
						now.minus(Duration.ofDays(person.daysAgo())));
				opened++;
			}
		}
		if (opened > 0) {
			logger.info("Demo accounts opened: " + opened + " (password " + PASSWORD + ")");
		}
	}

}
