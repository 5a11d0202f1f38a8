package kr.valuemall.seller;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import kr.valuemall.account.AccountApi;
import kr.valuemall.account.MallUser;
import kr.valuemall.account.Role;
import kr.valuemall.account.TestAccounts;
import kr.valuemall.seller.application.ApplicationDetails;
import kr.valuemall.seller.application.SellerApplication;
import kr.valuemall.seller.application.SellerApplicationRepository;
import kr.valuemall.seller.eligibility.Industry;
import kr.valuemall.seller.verification.BusinessStatus;
import kr.valuemall.seller.verification.BusinessStatusLookup;
import kr.valuemall.shared.Region;

/**
 * Approved stores for tests, each with its signed-in owner.
 */
public class TestStores {

	private static final AtomicInteger next = new AtomicInteger((int) (System.nanoTime() % 9000));

	private final TestAccounts accounts;

	private final AccountApi accountApi;

	private final SellerApplicationRepository applications;

	private final SellerApi sellers;

	private final Clock clock;

	TestStores(TestAccounts accounts, AccountApi accountApi, SellerApplicationRepository applications,
			SellerApi sellers, Clock clock) {
		this.clock = clock;
		this.accounts = accounts;
		this.accountApi = accountApi;
		this.applications = applications;
		this.sellers = sellers;
	}

	private static BusinessRegistrationNumber registrationNumber(int n) {
		String nine = "4%08d".formatted(n);
		for (int check = 0; check < 10; check++) {
			if (BusinessRegistrationNumber.hasValidCheckDigit(nine + check)) {
				return new BusinessRegistrationNumber(nine + check);
			}
		}
		throw new IllegalStateException(nine);
	}

	public record OpenStore(MallUser owner, StoreSummary store) {
	}

	/**
	 * A store as the seller facade hands it out, with no application behind it: for slice
	 * tests, where {@link SellerApi} is a mock.
	 */
	public static StoreSummary summary(MallUser owner, long sellerId, String storeName) {
		return new StoreSummary(sellerId, owner.getId(), "test-store-" + sellerId, storeName, storeName + " 소개",
				Region.GYEONGGI, storeName, "대표", "1208147521", "제2026-테스트-" + sellerId + "호", "경기도 양평군 양평읍 1",
				"031-000-0000", Instant.parse("2026-01-05T00:00:00Z"));
	}

	public OpenStore open(String storeName) {
		return open(storeName, Region.SEOUL, this.clock.instant());
	}

	/** A store in a region, approved (so open) at a given time, for reports. */
	public OpenStore open(String storeName, Region region, Instant openedAt) {
		int n = next.incrementAndGet();
		MallUser owner = this.accounts.create(storeName + " 대표", Role.SELLER);
		ApplicationDetails details = new ApplicationDetails(storeName, "대표", registrationNumber(n),
				"제2026-테스트-" + n + "호", "테스트구청", Industry.MANUFACTURING, 2, 100_000_000L, "서울특별시 중구 세종대로 110", region,
				"02-000-0000", Bank.KB, "unused", "0000", storeName, storeName, "test-store-" + n, storeName + " 소개");
		Instant now = this.clock.instant();
		SellerApplication application = new SellerApplication(owner.getId(), details,
				new BusinessStatusLookup.Answer(BusinessStatus.ACTIVE, "test", now), owner.getUsername(), now);
		application.approve("staff@example.com", openedAt);
		this.applications.saveAndFlush(application);
		this.accountApi.grantRole(owner.getId(), Role.SELLER);
		return new OpenStore(owner, this.sellers.store(application.getId()).orElseThrow());
	}

}
