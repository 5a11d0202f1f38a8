package kr.valuemall.settlement;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import kr.valuemall.IntegrationTest;
import kr.valuemall.account.MallUser;
import kr.valuemall.account.Role;
import kr.valuemall.account.TestAccounts;
import kr.valuemall.seller.SellerApi;
import kr.valuemall.seller.TestStores;
import kr.valuemall.seller.TestStores.OpenStore;
import kr.valuemall.settlement.OrderEvents.Shipment;
import kr.valuemall.settlement.ledger.Ledger;
import kr.valuemall.settlement.ledger.LedgerAccount;
import kr.valuemall.settlement.runs.SettlementPeriods;
import kr.valuemall.settlement.runs.SettlementRuns;
import kr.valuemall.settlement.statements.PayoutStatus;
import kr.valuemall.settlement.statements.Statements;

import static kr.valuemall.settlement.OrderEvents.seoul;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The whole mall, through its pages: a seller asks for a new payout account, and the
 * payout settled for them shows as held, with its reason, on their statements and on
 * staff's settlement desk, which does not approve it; once staff approve the new account
 * the hold is released and the next month's payout run pays it to the new account. Uses
 * months of 2024 that no other test settles or pays, and settles only its own seller.
 */
@IntegrationTest
class HeldPayoutPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestStores stores;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Ledger ledger;

	@Autowired
	SettlementRuns runs;

	@Autowired
	SettlementPeriods periods;

	@Autowired
	Statements statements;

	@Autowired
	SellerApi sellers;

	@Test
	void aPayoutHeldWhileTheNewAccountWaitsShowsWhyAndIsPaidToItWithTheNextRun() throws Exception {
		OrderEvents orders = new OrderEvents(this.publisher, this.transactions, this.ledger);
		OpenStore shop = this.stores.open("보류 공방");
		long seller = shop.store().sellerId();
		MallUser staff = this.accounts.create("정산 담당", Role.ADMIN);
		Shipment march = orders.paid(seller, seoul("2024-03-04T10:00"), 3_000, 100_000);
		orders.confirmed(march, seoul("2024-03-08T10:00"));
		assertThat(this.runs.settle(0, seller, period("2024-03-01"))).isTrue();
		long marchStatement = this.statements.ofSeller(seller).get(0).id();

		this.mvc
			.perform(post("/seller/payout-account").param("bank", "SHINHAN")
				.param("accountNumber", "110-987-654321")
				.param("accountHolder", "보류 공방")
				.with(user(shop.owner()))
				.with(csrf()))
			.andExpect(redirectedUrl("/seller/payout-account"));
		await().atMost(Duration.ofSeconds(20)).until(() -> payoutStatus(seller, marchStatement) == PayoutStatus.HELD);

		Document mine = page(get("/seller/settlements").with(user(shop.owner())));
		assertThat(mine.select(".payout-account-pending").text()).contains("승인을 기다리고 있어");
		assertThat(mine.select(".statement-list .payout-status").text()).contains("지급 보류", "정산 계좌 변경 승인 대기");
		Document detail = page(get("/seller/settlements/" + marchStatement).with(user(shop.owner())));
		assertThat(detail.select(".payout-held").text()).contains("지급이 보류되었습니다", "정산 계좌 변경 승인 대기");

		Document desk = page(get("/admin/settlements?period=2024-03-01").with(user(staff)));
		assertThat(desk.select(".admin-statements tbody tr").eachText())
			.anySatisfy((row) -> assertThat(row).contains("보류 공방", "지급 보류", "정산 계좌 변경 승인 대기"));
		assertThat(desk.select(".held-payouts a").attr("href")).isEqualTo("/admin/payout-accounts");
		this.mvc.perform(post("/admin/settlements/2024-03-01/approve").with(user(staff)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(payoutStatus(seller, marchStatement)).isEqualTo(PayoutStatus.HELD);

		// Staff approve the new account; the hold is released.
		long change = waitingRequestOf(staff, shop);
		this.mvc.perform(post("/admin/payout-accounts/" + change + "/approve").with(user(staff)).with(csrf()))
			.andExpect(redirectedUrl("/admin/payout-accounts"));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> payoutStatus(seller, marchStatement) == PayoutStatus.SETTLED);
		assertThat(page(get("/seller/settlements").with(user(shop.owner()))).select(".payout-status").text())
			.contains("보류 해제");

		// April's payout run takes March's released payout along, to the new account.
		Shipment april = orders.paid(seller, seoul("2024-04-02T10:00"), 0, 10_000);
		orders.confirmed(april, seoul("2024-04-05T10:00"));
		assertThat(this.runs.settle(0, seller, period("2024-04-01"))).isTrue();
		Document aprilDesk = page(get("/admin/settlements?period=2024-04-01").with(user(staff)));
		assertThat(aprilDesk.select(".held-before tbody tr").eachText())
			.anySatisfy((row) -> assertThat(row).contains("보류 공방", "2024-03-01", "100,000원", "보류 해제"));
		this.mvc.perform(post("/admin/settlements/2024-04-01/approve").with(user(staff)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		MockHttpServletResponse file = this.mvc
			.perform(post("/admin/settlements/2024-04-01/bank-transfers.csv").with(user(staff)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		String bankFile = new String(file.getContentAsByteArray(), StandardCharsets.UTF_8);
		// March: 100,000 less 3% (3,000) plus 3,000 shipping; April: 10,000 less 300.
		assertThat(bankFile).contains("신한은행,110987654321,보류 공방,100000,가치몰 정산 2024-03-01 보류 공방",
				"신한은행,110987654321,보류 공방,9700,가치몰 정산 2024-04-01 보류 공방");
		this.mvc
			.perform(post("/admin/settlements/2024-04-01/paid").param("file", SettlementPagesTests.fileId(file))
				.param("reference", "SH-20240510-001")
				.with(user(staff))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(payoutStatus(seller, marchStatement)).isEqualTo(PayoutStatus.PAID);
		assertThat(this.ledger.balance(LedgerAccount.SELLER_PAYABLE, seller)).isZero();
	}

	private long waitingRequestOf(MallUser staff, OpenStore shop) throws Exception {
		// The waiting request as staff find it in their queue.
		Document queue = page(get("/admin/payout-accounts").with(user(staff)));
		String href = queue.select(".waiting-requests tbody tr")
			.stream()
			.filter((row) -> row.text().contains(shop.store().storeName()))
			.findFirst()
			.orElseThrow()
			.select("a")
			.attr("href");
		return Long.parseLong(href.substring(href.lastIndexOf('/') + 1));
	}

	private PayoutStatus payoutStatus(long seller, long statementId) {
		return this.statements.ofSeller(seller, statementId).orElseThrow().payoutStatus();
	}

	private SettlementPeriod period(String start) {
		return this.periods.startingOn(LocalDate.parse(start)).orElseThrow();
	}

	private Document page(RequestBuilder request) throws Exception {
		return Jsoup.parse(this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

}
