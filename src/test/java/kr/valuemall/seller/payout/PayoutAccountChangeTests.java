package kr.valuemall.seller.payout;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import kr.valuemall.IntegrationTest;
import kr.valuemall.account.AccountApi;
import kr.valuemall.account.MallUser;
import kr.valuemall.account.Role;
import kr.valuemall.account.TestAccounts;
import kr.valuemall.seller.Bank;
import kr.valuemall.seller.PayoutAccount;
import kr.valuemall.seller.SellerApi;
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

/**
 * A seller's new payout account from request to staff decision, on PostgreSQL through the
 * pages: the number is stored encrypted and shown by its last four digits, only an
 * approved request moves payouts, every step is in the audit trail that staff and the
 * seller read (who, when, what, old → new, why), the seller is told the outcome, and
 * nobody reaches another seller's request or decides their own store's.
 */
@IntegrationTest
class PayoutAccountChangeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestStores stores;

	@Autowired
	TestAccounts accounts;

	@Autowired
	AccountApi accountApi;

	@Autowired
	SellerApi sellers;

	@Autowired
	PayoutAccountChangeRepository changes;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anApprovedRequestMovesPayoutsToTheNewAccountWithEveryStepInTheTrailAndTellsTheSeller() throws Exception {
		OpenStore shop = this.stores.open("계좌 공방");
		long seller = shop.store().sellerId();
		Document before = page(get("/seller/payout-account").with(user(shop.owner())));
		assertThat(before.select(".current-account").text()).isEqualTo("KB국민은행 ••••••0000 (예금주 계좌 공방)");

		this.mvc.perform(request(shop.owner(), "SHINHAN", "110-234-567890", "계좌 공방"))
			.andExpect(redirectedUrl("/seller/payout-account"));
		PayoutAccountChange change = this.changes.findPending(seller).orElseThrow();
		String stored = this.jdbc.sql("SELECT bank_account_encrypted FROM seller_payout_account_change WHERE id = :id")
			.param("id", change.getId())
			.query(String.class)
			.single();
		assertThat(stored).isNotBlank().doesNotContain("567890").doesNotContain("110234567890");
		assertThat(this.sellers.pendingPayoutAccountChange(seller)).isPresent();
		// Waiting, the account on file still stands.
		assertThat(this.sellers.payoutAccount(seller).orElseThrow().bank()).isEqualTo(Bank.KB);
		Document waiting = page(get("/seller/payout-account").with(user(shop.owner())));
		assertThat(waiting.select(".pending-request").text()).contains("신한은행 ••••••7890");
		assertThat(waiting.html()).doesNotContain("110234567890", "110-234-567890");

		MallUser staff = this.accounts.create("정산 심사", Role.ADMIN);
		assertThat(page(get("/admin").with(user(staff))).select(".payout-account-card").attr("href"))
			.isEqualTo("/admin/payout-accounts");
		Document queue = page(get("/admin/payout-accounts").with(user(staff)));
		assertThat(queue.select(".waiting-requests tbody tr").eachText())
			.anySatisfy((row) -> assertThat(row).contains("계좌 공방", "KB국민은행 ••••••0000", "신한은행 ••••••7890"));
		Document review = page(get("/admin/payout-accounts/" + change.getId()).with(user(staff)));
		assertThat(review.select(".requested-account").text()).isEqualTo("신한은행 ••••••7890 (예금주 계좌 공방)");
		assertThat(review.html()).doesNotContain("110234567890");

		this.mvc.perform(post("/admin/payout-accounts/" + change.getId() + "/approve").with(user(staff)).with(csrf()))
			.andExpect(redirectedUrl("/admin/payout-accounts"));
		PayoutAccount now = this.sellers.payoutAccount(seller).orElseThrow();
		assertThat(now).isEqualTo(new PayoutAccount(Bank.SHINHAN, "110234567890", "계좌 공방"));
		assertThat(this.sellers.pendingPayoutAccountChange(seller)).isEmpty();
		// Decided once: deciding again is a conflict, not a second decision.
		this.mvc.perform(post("/admin/payout-accounts/" + change.getId() + "/approve").with(user(staff)).with(csrf()))
			.andExpect(status().isConflict());

		List<String> expected = List.of("변경 요청", "승인", "KB국민은행 ••••••0000 → 신한은행 ••••••7890",
				shop.owner().getUsername(), staff.getUsername());
		for (Document trail : List.of(page(get("/seller/payout-account").with(user(shop.owner()))),
				page(get("/admin/payout-accounts/" + change.getId()).with(user(staff))))) {
			assertThat(trail.select(".payout-account-trail tbody tr")).hasSize(2);
			assertThat(trail.select(".payout-account-trail td").eachText()).containsAll(expected);
		}
		assertThat(page(get("/seller/payout-account").with(user(shop.owner()))).select(".current-account").text())
			.isEqualTo("신한은행 ••••••7890 (예금주 계좌 공방)");

		await().atMost(Duration.ofSeconds(20))
			.until(() -> page(get("/notifications").with(user(shop.owner()))).text().contains("정산 계좌 변경이 승인되었습니다"));
		Document inbox = page(get("/notifications").with(user(shop.owner())));
		assertThat(inbox.select(".notification-detail").text()).isEqualTo("새 계좌 끝자리 7890");
		assertThat(inbox.select("a[href=/seller/payout-account]")).isNotEmpty();
	}

	@Test
	void aRejectionNeedsAReasonKeepsTheAccountOnFileAndTellsTheSellerWhy() throws Exception {
		OpenStore shop = this.stores.open("거절 공방");
		long seller = shop.store().sellerId();
		this.mvc.perform(request(shop.owner(), "TOSS", "1000-1234-5678", "다른 사람"));
		long id = this.changes.findPending(seller).orElseThrow().getId();
		MallUser staff = this.accounts.create("정산 심사", Role.ADMIN);

		Document noReason = page(
				post("/admin/payout-accounts/" + id + "/reject").param("reason", " ").with(user(staff)).with(csrf()));
		assertThat(noReason.getElementById("reason-error").text()).isEqualTo("판매자에게 전할 사유를 입력해 주세요.");
		assertThat(this.sellers.pendingPayoutAccountChange(seller)).isPresent();

		this.mvc
			.perform(post("/admin/payout-accounts/" + id + "/reject").param("reason", "예금주가 사업자와 다릅니다.")
				.with(user(staff))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/payout-accounts"));
		assertThat(this.sellers.payoutAccount(seller).orElseThrow().bank()).isEqualTo(Bank.KB);
		assertThat(this.sellers.pendingPayoutAccountChange(seller)).isEmpty();
		Document mine = page(get("/seller/payout-account").with(user(shop.owner())));
		assertThat(mine.select(".payout-account-trail td").eachText()).contains("거절", "예금주가 사업자와 다릅니다.",
				staff.getUsername(), "KB국민은행 ••••••0000 → 토스뱅크 ••••••5678");
		// Rejected, the seller may ask again.
		assertThat(mine.select("form[action=/seller/payout-account] select#bank")).hasSize(1);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> page(get("/notifications").with(user(shop.owner()))).select(".notification-detail")
				.text()
				.equals("사유: 예금주가 사업자와 다릅니다."));
	}

	@Test
	void anotherSellerNeitherSeesNorWithdrawsTheRequestAndItsOwnerMay() throws Exception {
		OpenStore owner = this.stores.open("주인 공방");
		OpenStore other = this.stores.open("이웃 공방");
		this.mvc.perform(request(owner.owner(), "WOORI", "1002-345-678901", "주인 공방"));
		long id = this.changes.findPending(owner.store().sellerId()).orElseThrow().getId();

		Document theirs = page(get("/seller/payout-account").with(user(other.owner())));
		assertThat(theirs.text()).doesNotContain("8901");
		assertThat(theirs.select(".payout-account-history").text()).doesNotContain("우리은행").contains("요청한 적이 없습니다");
		assertThat(theirs.select(".pending-request")).isEmpty();
		this.mvc.perform(post("/seller/payout-account/" + id + "/withdraw").with(user(other.owner())).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.sellers.pendingPayoutAccountChange(owner.store().sellerId())).isPresent();
		this.mvc.perform(get("/admin/payout-accounts/" + id).with(user(other.owner())))
			.andExpect(status().isForbidden());

		this.mvc.perform(post("/seller/payout-account/" + id + "/withdraw").with(user(owner.owner())).with(csrf()))
			.andExpect(redirectedUrl("/seller/payout-account"));
		assertThat(this.sellers.pendingPayoutAccountChange(owner.store().sellerId())).isEmpty();
		assertThat(page(get("/seller/payout-account").with(user(owner.owner()))).select(".payout-account-trail td")
			.eachText()).contains("요청 취소", owner.owner().getUsername());
		// Withdrawn is decided: staff can no longer approve it.
		MallUser staff = this.accounts.create("정산 심사", Role.ADMIN);
		this.mvc.perform(post("/admin/payout-accounts/" + id + "/approve").with(user(staff)).with(csrf()))
			.andExpect(status().isConflict());
		assertThat(this.sellers.payoutAccount(owner.store().sellerId()).orElseThrow().bank()).isEqualTo(Bank.KB);
	}

	@Test
	void aStaffMemberWhoRunsTheStoreCannotDecideItsRequest() throws Exception {
		OpenStore shop = this.stores.open("운영자 공방");
		this.accountApi.grantRole(shop.owner().getId(), Role.ADMIN);
		MallUser sellerAndStaff = TestAccounts.signedInWith(shop.owner(), Role.ADMIN);
		this.mvc.perform(request(sellerAndStaff, "KAKAO", "3333-01-2345678", "운영자 공방"));
		long id = this.changes.findPending(shop.store().sellerId()).orElseThrow().getId();

		Document own = page(get("/admin/payout-accounts/" + id).with(user(sellerAndStaff)));
		assertThat(own.select(".own-store").text()).contains("다른 운영자가 처리해야 합니다");
		this.mvc.perform(post("/admin/payout-accounts/" + id + "/approve").with(user(sellerAndStaff)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/payout-accounts/" + id + "/reject").param("reason", "내 요청")
				.with(user(sellerAndStaff))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/payout-accounts/" + id + "/approve").with(user(shop.owner())).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.sellers.pendingPayoutAccountChange(shop.store().sellerId())).isPresent();

		MallUser colleague = this.accounts.create("다른 운영자", Role.ADMIN);
		this.mvc.perform(post("/admin/payout-accounts/" + id + "/approve").with(user(colleague)).with(csrf()))
			.andExpect(redirectedUrl("/admin/payout-accounts"));
		assertThat(this.sellers.payoutAccount(shop.store().sellerId()).orElseThrow().bank()).isEqualTo(Bank.KAKAO);
	}

	private static RequestBuilder request(MallUser seller, String bank, String number, String holder) {
		return post("/seller/payout-account").param("bank", bank)
			.param("accountNumber", number)
			.param("accountHolder", holder)
			.with(user(seller))
			.with(csrf());
	}

	private Document page(RequestBuilder request) throws Exception {
		return Jsoup.parse(this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

}
