package kr.valuemall.seller.payout;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import kr.valuemall.RenderedPage;
import kr.valuemall.WebSliceTest;
import kr.valuemall.account.MallUser;
import kr.valuemall.account.TestUsers;
import kr.valuemall.seller.Bank;
import kr.valuemall.seller.SellerApi;
import kr.valuemall.seller.StoreSummary;
import kr.valuemall.seller.TestStores;

import static kr.valuemall.RenderedPage.errorFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The payout account pages: the seller's request form (a Korean message next to each bad
 * field, what was typed kept, the account already on file refused, no second request
 * while one waits) and staff's decision form (a rejection needs its reason; a staff
 * member who runs the store cannot decide). The requests behind them are mocks;
 * {@code PayoutAccountChangeTests} makes real ones.
 */
@WebSliceTest
class PayoutAccountPagesSliceTests {

	private static final MallUser SELLER = TestUsers.seller();

	private static final MallUser STAFF = TestUsers.admin();

	private static final StoreSummary STORE = TestStores.summary(SELLER, 77, "양평 목공소");

	private static final PayoutAccountChanges.AccountShown CURRENT = new PayoutAccountChanges.AccountShown(Bank.KB,
			"••••••1234", "양평목공");

	@Autowired
	MockMvc mvc;

	@Autowired
	SellerApi sellers;

	@Autowired
	PayoutAccountChanges changes;

	@BeforeEach
	void aSellerWithAnAccountOnFile() {
		given(this.sellers.storeOfAccount(SELLER.getId())).willReturn(Optional.of(STORE));
		given(this.changes.currentAccount(STORE.sellerId())).willReturn(CURRENT);
	}

	@Test
	void thePageShowsTheAccountOnFileMaskedAndTheRequestForm() throws Exception {
		Document page = RenderedPage.of(this.mvc, get("/seller/payout-account").with(user(SELLER)));
		assertThat(page.select(".current-account").text()).isEqualTo("KB국민은행 ••••••1234 (예금주 양평목공)");
		assertThat(page.select("form[action=/seller/payout-account] select#bank")).hasSize(1);
		assertThat(page.select("fieldset legend").text()).contains("새 정산 계좌");
		assertThat(page.select(".payout-account-history .empty-state").text()).contains("요청한 적이 없습니다");
	}

	@Test
	void eachBadFieldIsExplainedNextToItAndWhatWasTypedStays() throws Exception {
		Document page = RenderedPage.of(this.mvc, request("NOT_A_BANK", "12-34", ""));
		assertThat(errorFor(page, "bank")).isEqualTo("목록에서 골라 주세요.");
		assertThat(errorFor(page, "accountNumber")).isEqualTo("계좌번호는 숫자 6~16자리입니다. 숫자 사이에 하이픈이나 띄어쓰기는 하나씩만 넣을 수 있습니다.");
		assertThat(errorFor(page, "accountHolder")).isEqualTo("예금주를 입력해 주세요.");
		assertThat(page.getElementById("accountNumber").val()).isEqualTo("12-34");
		assertThat(page.select(".current-account").text()).contains("••••••1234");
		then(this.changes).should(never()).request(anyLong(), anyString(), any(), anyString(), anyString());

		Document blank = RenderedPage.of(this.mvc, request("", "", "양평목공"));
		assertThat(errorFor(blank, "bank")).isEqualTo("은행을 골라 주세요.");
		assertThat(errorFor(blank, "accountNumber")).isEqualTo("계좌번호를 입력해 주세요.");
		assertThat(blank.getElementById("accountHolder").val()).isEqualTo("양평목공");
	}

	@Test
	void theAccountAlreadyOnFileIsNotAChange() throws Exception {
		given(this.changes.isCurrentAccount(STORE.sellerId(), Bank.KB, "1002-123-451234", "양평목공")).willReturn(true);
		Document page = RenderedPage.of(this.mvc, request("KB", "1002-123-451234", "양평목공"));
		assertThat(errorFor(page, "accountNumber")).isEqualTo("지금 지급받는 계좌와 같습니다. 다른 계좌를 입력해 주세요.");
		then(this.changes).should(never()).request(anyLong(), anyString(), any(), anyString(), anyString());
	}

	@Test
	void aGoodRequestIsSentAndTheSellerToldPayoutsWaitForIt() throws Exception {
		this.mvc.perform(request("SHINHAN", "110-234-567890", "양평목공"))
			.andExpect(redirectedUrl("/seller/payout-account"))
			.andExpect(flash().attribute("notice", "payoutAccount.requested"));
		then(this.changes).should()
			.request(STORE.sellerId(), SELLER.getUsername(), Bank.SHINHAN, "110-234-567890", "양평목공");
	}

	@Test
	void whileARequestWaitsTheSellerSeesItCanWithdrawItAndCannotSendAnother() throws Exception {
		Instant asked = Instant.parse("2026-11-30T01:00:00Z");
		PayoutAccountChange waiting = new PayoutAccountChange(STORE.sellerId(),
				new PayoutAccountChange.AccountOnFile(Bank.KB, "1234", "양평목공"),
				new PayoutAccountChange.RequestedAccount(Bank.SHINHAN, "encrypted", "7890", "양평목공"),
				SELLER.getUsername(), asked);
		given(this.changes.pendingOf(STORE.sellerId())).willReturn(Optional.of(waiting));
		given(this.changes.historyOf(STORE.sellerId())).willReturn(List.of(waiting));

		Document page = RenderedPage.of(this.mvc, get("/seller/payout-account").with(user(SELLER)));
		assertThat(page.select(".pending-request").text()).contains("신한은행 ••••••7890 (예금주 양평목공)", "지급이 보류됩니다");
		assertThat(page.select("form[action=/seller/payout-account] select#bank")).isEmpty();
		assertThat(page.select(".payout-account-trail td").eachText()).contains("변경 요청",
				"KB국민은행 ••••••1234 → 신한은행 ••••••7890", SELLER.getUsername());

		this.mvc.perform(request("NH", "302-1234-5678-11", "양평목공"))
			.andExpect(redirectedUrl("/seller/payout-account"))
			.andExpect(flash().attribute("notice", "payoutAccount.alreadyWaiting"));
		then(this.changes).should(never()).request(anyLong(), anyString(), any(), anyString(), anyString());
	}

	@Test
	void onlySellersAskAndOnlyStaffDecide() throws Exception {
		this.mvc.perform(get("/seller/payout-account").with(user(TestUsers.shopper())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/payout-accounts").with(user(SELLER))).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/payout-accounts/5/approve").with(user(SELLER)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/payout-accounts/5/reject").param("reason", "x").with(user(SELLER)).with(csrf()))
			.andExpect(status().isForbidden());
		then(this.changes).should(never()).approve(anyLong(), anyLong(), anyString());
		then(this.changes).should(never()).reject(anyLong(), anyLong(), anyString(), anyString());
	}

	@Test
	void aRejectionNeedsAReasonShownNextToTheField() throws Exception {
		given(this.changes.review(5)).willReturn(waitingRequest(TestStores.summary(SELLER, 77, "양평 목공소")));
		Document page = RenderedPage.of(this.mvc,
				post("/admin/payout-accounts/5/reject").param("reason", "  ").with(user(STAFF)).with(csrf()));
		assertThat(errorFor(page, "reason")).isEqualTo("판매자에게 전할 사유를 입력해 주세요.");
		then(this.changes).should(never()).reject(anyLong(), anyLong(), anyString(), anyString());

		this.mvc
			.perform(post("/admin/payout-accounts/5/reject").param("reason", "예금주가 상호와 다릅니다.")
				.with(user(STAFF))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/payout-accounts"));
		then(this.changes).should().reject(5, STAFF.getId(), STAFF.getUsername(), "예금주가 상호와 다릅니다.");
	}

	@Test
	void aStaffMemberWhoRunsTheStoreSeesTheRequestButNoDecision() throws Exception {
		// The store is run by the staff member's own account.
		given(this.changes.review(5)).willReturn(waitingRequest(TestStores.summary(STAFF, 78, "운영자 공방")));
		Document own = RenderedPage.of(this.mvc, get("/admin/payout-accounts/5").with(user(STAFF)));
		assertThat(own.select(".own-store").text()).contains("다른 운영자가 처리해야 합니다");
		assertThat(own.select("form[action$=/approve], form[action$=/reject]")).isEmpty();

		given(this.changes.review(5)).willReturn(waitingRequest(STORE));
		Document other = RenderedPage.of(this.mvc, get("/admin/payout-accounts/5").with(user(STAFF)));
		assertThat(other.select(".own-store")).isEmpty();
		assertThat(other.select("form[action$=/approve]")).hasSize(1);
		assertThat(other.select(".requested-account").text()).isEqualTo("신한은행 ••••••7890 (예금주 양평목공)");
	}

	private static PayoutAccountChanges.Request waitingRequest(StoreSummary store) {
		PayoutAccountChange change = new PayoutAccountChange(store.sellerId(),
				new PayoutAccountChange.AccountOnFile(Bank.KB, "1234", "양평목공"),
				new PayoutAccountChange.RequestedAccount(Bank.SHINHAN, "encrypted", "7890", "양평목공"), "seller",
				Instant.parse("2026-11-30T01:00:00Z"));
		org.springframework.test.util.ReflectionTestUtils.setField(change, "id", 5L);
		return new PayoutAccountChanges.Request(change, store);
	}

	private static MockHttpServletRequestBuilder request(String bank, String accountNumber, String holder) {
		return post("/seller/payout-account").param("bank", bank)
			.param("accountNumber", accountNumber)
			.param("accountHolder", holder)
			.with(user(SELLER))
			.with(csrf());
	}

}
