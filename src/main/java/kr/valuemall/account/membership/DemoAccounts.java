package kr.valuemall.account.membership;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import kr.valuemall.account.Role;

/**
 * The demo profile's people: the three documented accounts (password {@value #PASSWORD})
 * and a few shoppers who signed up over the past weeks. Safe to run on every start.
 */
@Component
@Profile("demo")
@Order(10)
class DemoAccounts implements ApplicationRunner {

	static final String PASSWORD = "valuemall-demo";

	private static final Logger logger = LoggerFactory.getLogger(DemoAccounts.class);

	private record DemoPerson(String email, String name, String phone, Set<Role> roles, int daysAgo) {
	}

	private static final List<DemoPerson> PEOPLE = List.of(
			new DemoPerson("admin@example.com", "가치몰 운영팀", "044-200-1000", EnumSet.of(Role.ADMIN), 120),
			new DemoPerson("reviewer@example.com", "심사팀 한결", "044-200-1001", EnumSet.of(Role.REVIEWER), 100),
			new DemoPerson("ministry@example.com", "중소벤처기업부 담당관", "044-204-7000", EnumSet.of(Role.MINISTRY), 100),
			new DemoPerson("seller@example.com", "박공방", "010-2345-6789", EnumSet.of(Role.SHOPPER, Role.SELLER), 90),
			new DemoPerson("shopper@example.com", "김민지", "010-1234-5678", EnumSet.of(Role.SHOPPER), 60),
			new DemoPerson("jiho.lee@example.com", "이지호", "010-3456-7890", EnumSet.of(Role.SHOPPER), 21),
			new DemoPerson("seoyeon.choi@example.com", "최서연", "010-4567-8901", EnumSet.of(Role.SHOPPER), 12),
			new DemoPerson("dohyun.jung@example.com", "정도현", "010-5678-9012", EnumSet.of(Role.SHOPPER), 6),
			new DemoPerson("hayoon.kang@example.com", "강하윤", "010-6789-0123", EnumSet.of(Role.SHOPPER), 3),
			new DemoPerson("minjun.yoon@example.com", "윤민준", "010-7890-1234", EnumSet.of(Role.SHOPPER), 1));

	/**
	 * The owners of the demo stores (store01…store40@example.com); the seller module
	 * opens their stores.
	 */
	private static final List<String> STORE_OWNERS = List.of("김영수", "이정희", "박상철", "최미경", "정대호", "강은주", "조성민", "윤혜진",
			"장동욱", "임수연", "한재훈", "오지은", "서준호", "신미란", "권태식", "황보라", "안성호", "송민아", "전병철", "홍지연", "유재석", "고은비", "문창호",
			"양희정", "손경태", "배수진", "백종민", "허윤정", "남궁현", "노미숙", "하승우", "곽은영", "성기훈", "차혜원", "주영길", "우지현", "구본식", "민서영",
			"탁진우", "염수경");

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
		for (int i = 0; i < STORE_OWNERS.size(); i++) {
			String email = "store%02d@example.com".formatted(i + 1);
			if (!this.repository.existsByEmail(email)) {
				this.accounts.open(email, PASSWORD, STORE_OWNERS.get(i), "010-%04d-%04d".formatted(5000 + i, 1000 + i),
						EnumSet.of(Role.SHOPPER), now.minus(Duration.ofDays(200 - i * 4L)));
				opened++;
			}
		}
		if (opened > 0) {
			logger.info("Demo accounts opened: {} (password {})", opened, PASSWORD);
		}
	}

}
