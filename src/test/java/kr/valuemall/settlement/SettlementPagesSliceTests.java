package kr.valuemall.settlement;

import java.time.LocalDate;
import java.util.Optional;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import kr.valuemall.ErrorPages;
import kr.valuemall.WebSliceTest;
import kr.valuemall.account.MallUser;
import kr.valuemall.account.TestUsers;
import kr.valuemall.seller.SellerApi;
import kr.valuemall.seller.StoreSummary;
import kr.valuemall.seller.TestStores;
import kr.valuemall.settlement.runs.SettlementPeriods;

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
 * The settlement pages' answers to addresses and forms they cannot serve: a statement
 * that is not the seller's is not found (page or download), an address that is not a
 * number is a bad request, a payout marked paid needs the bank's reference, and each desk
 * is for its own role. Statements and payouts are mocks; {@code SettlementPagesTests}
 * reads real ones.
 */
@WebSliceTest
class SettlementPagesSliceTests {

	private static final MallUser SELLER = TestUsers.seller();

	private static final StoreSummary STORE = TestStores.summary(SELLER, 77, "정산 공방");

	private static final SettlementPeriod JANUARY = new SettlementPeriod(LocalDate.of(2026, 1, 1),
			LocalDate.of(2026, 2, 1));

	@Autowired
	MockMvc mvc;

	@Autowired
	SellerApi sellers;

	@Autowired
	SettlementPeriods periods;

	@Autowired
	Payouts payouts;

	@BeforeEach
	void aSellerAndAClosedMonth() {
		given(this.sellers.storeOfAccount(SELLER.getId())).willReturn(Optional.of(STORE));
		given(this.periods.startingOn(JANUARY.start())).willReturn(Optional.of(JANUARY));
		given(this.periods.isClosed(JANUARY)).willReturn(true);
	}

	@Test
	void aStatementThatIsNotTheSellersIsNotFoundAndTheAnswerNamesNothing() throws Exception {
		// The mocked statements know no statement 31337 of this seller: another seller's
		// looks the same.
		MvcResult page = this.mvc.perform(get("/seller/settlements/31337").with(user(SELLER)))
			.andExpect(status().isNotFound())
			.andReturn();
		Document shown = ErrorPages.shownFor(this.mvc, page);
		assertThat(shown.select("h1").text()).isEqualTo("페이지를 찾을 수 없습니다");
		assertThat(shown.html()).doesNotContain("No statement", "StatementNotFound");
		for (String download : new String[] { "statement.csv", "statement.xlsx" }) {
			this.mvc.perform(get("/seller/settlements/31337/" + download).with(user(SELLER)))
				.andExpect(status().isNotFound());
		}
	}

	@Test
	void aStatementAddressThatIsNotANumberIsABadRequest() throws Exception {
		MvcResult bad = this.mvc.perform(get("/seller/settlements/january").with(user(SELLER)))
			.andExpect(status().isBadRequest())
			.andReturn();
		Document shown = ErrorPages.shownFor(this.mvc, bad);
		assertThat(shown.select("h1").text()).isEqualTo("요청을 처리할 수 없습니다");
		assertThat(shown.select(".error-code").text()).isEqualTo("400");
	}

	@Test
	void aPayoutIsMarkedPaidOnlyWithTheBanksReference() throws Exception {
		for (String reference : new String[] { "", "   ", "R".repeat(101) }) {
			this.mvc
				.perform(post("/admin/settlements/2026-01-01/paid").param("file", "7")
					.param("reference", reference)
					.with(user(TestUsers.admin()))
					.with(csrf()))
				.andExpect(redirectedUrl("/admin/settlements?period=2026-01-01"))
				.andExpect(flash().attribute("notice", "settlement.admin.referenceRequired"));
		}
		// Without the transfer file it is for, nothing is marked either.
		for (String file : new String[] { "", "seven", "-1", "9".repeat(30) }) {
			this.mvc
				.perform(post("/admin/settlements/2026-01-01/paid").param("file", file)
					.param("reference", "KB-2026-0207-001")
					.with(user(TestUsers.admin()))
					.with(csrf()))
				.andExpect(flash().attribute("notice", "settlement.admin.fileRequired"));
		}
		then(this.payouts).should(never()).markPaid(anyLong(), anyString(), anyString());

		given(this.payouts.markPaid(7L, "KB-2026-0207-001", "admin-test@example.com")).willReturn(3);
		this.mvc
			.perform(post("/admin/settlements/2026-01-01/paid").param("file", "7")
				.param("reference", "  KB-2026-0207-001 ")
				.with(user(TestUsers.admin()))
				.with(csrf()))
			.andExpect(flash().attribute("notice", "settlement.admin.paid"));
	}

	@Test
	void aPeriodThatIsNotAClosedMonthIsNotFound() throws Exception {
		for (String period : new String[] { "2026-13-01", "next-month", "2026-02-01" }) {
			this.mvc
				.perform(post("/admin/settlements/" + period + "/approve").with(user(TestUsers.admin())).with(csrf()))
				.andExpect(status().isNotFound());
		}
		then(this.payouts).should(never()).approve(any(), anyString());
	}

	@Test
	void eachDeskIsForItsOwnRole() throws Exception {
		this.mvc.perform(get("/seller/settlements").with(user(TestUsers.shopper()))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/settlements").with(user(SELLER))).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/settlements/2026-01-01/approve").with(user(SELLER)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/seller/settlements")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/admin/settlements")).andExpect(redirectedUrl("/login"));
		then(this.payouts).should(never()).approve(any(), anyString());
	}

}
