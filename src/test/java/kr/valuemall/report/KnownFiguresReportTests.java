package kr.valuemall.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import kr.valuemall.IntegrationTest;
import kr.valuemall.account.TestUsers;
import kr.valuemall.catalog.TestProducts;
import kr.valuemall.seller.TestStores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every KPI of the first half of 2025 ({@link ReportFixture}), worked out by hand, with
 * and without the national-sale month (March).
 *
 * <pre>
 * month  sales                                   orders  companies open
 * Jan    a 30,000 + b 20,000        =  50,000    1       a b d      3
 * Feb    a 10,000 (01:30 KST 1 Feb) + b 50,000
 *                                   =  60,000    2       + e        4
 * Mar    a 200,000 + c 100,000 + b 90,000
 *        - b's February 50,000 refunded on 5 March
 *                                   = 340,000    2       + c        5
 * Apr    c 40,000 + a 12,345        =  52,345    2                  5
 * May, Jun                                  0    0                  5, 5
 * (a's 999,000 on 1 July KST is outside the range.)
 * all months:  502,345 / (3+4+5+5+5+5 = 27) = 18,605.37 -> 18,605
 * without Mar: 162,345 / (3+4+5+5+5   = 22) =  7,379.31 ->  7,379
 * confirmed in April: 200,000 + 40,000 + 12,345 = 252,345;
 * commission 3% rounded down: 6,000 + 1,200 + 370 = 7,570;
 * 13% rounded down: 26,000 + 5,200 + 1,604, savings 20,000 + 4,000 + 1,234 = 25,234.
 * </pre>
 */
@IntegrationTest
class KnownFiguresReportTests {

	private static ReportFixture fixture;

	@Autowired
	Reports reports;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestStores stores;

	@Autowired
	TestProducts products;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void publishTheHalfYearOnce() {
		synchronized (KnownFiguresReportTests.class) {
			if (fixture == null) {
				ReportFixture made = new ReportFixture(this.stores, this.products, this.transactions, this.events,
						this.jdbc);
				made.publishAll();
				fixture = made;
			}
		}
	}

	static ReportPeriod firstHalf(Set<YearMonth> excluded) {
		return new ReportPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30), new TreeSet<>(excluded),
				YearMonth.of(2025, 3));
	}

	private Report report(Set<YearMonth> excluded) {
		return this.reports.report(firstHalf(excluded), Locale.KOREAN);
	}

	@Test
	void everyKeyFigureOfTheHalfYear() {
		Kpis kpis = report(Set.of()).kpis();
		assertThat(kpis.sales()).isEqualTo(502_345);
		// The press's way: 502,345 ÷ 5 companies = 100,469 ÷ 6 months = 16,744.
		assertThat(kpis.pressAverage()).isEqualTo(16_744);
		assertThat(kpis.orders()).isEqualTo(7);
		assertThat(kpis.companies()).isEqualTo(5);
		assertThat(kpis.companyMonths()).isEqualTo(27);
		assertThat(kpis.averageMonthlySalesPerCompany()).isEqualTo(18_605);
		assertThat(kpis.neverSold()).isEqualTo(2);
		assertThat(kpis.neverSoldPercent()).isEqualTo(new BigDecimal("40.0"));
		assertThat(kpis.confirmed()).isEqualTo(252_345);
		assertThat(kpis.commission()).isEqualTo(7_570);
		assertThat(kpis.savings()).isEqualTo(25_234);
		assertThat(kpis.includedMonths()).isEqualTo(6);
	}

	@Test
	void leavingOutTheSaleMonthChangesTheAveragesAsThePressDid() {
		Kpis kpis = report(Set.of(YearMonth.of(2025, 3))).kpis();
		assertThat(kpis.sales()).isEqualTo(162_345);
		assertThat(kpis.orders()).isEqualTo(5);
		assertThat(kpis.companies()).isEqualTo(5);
		assertThat(kpis.companyMonths()).isEqualTo(22);
		assertThat(kpis.averageMonthlySalesPerCompany()).isEqualTo(7_379);
		assertThat(kpis.neverSold()).isEqualTo(2);
		assertThat(kpis.neverSoldPercent()).isEqualTo(new BigDecimal("40.0"));
		assertThat(kpis.commission()).isEqualTo(7_570);
		assertThat(kpis.savings()).isEqualTo(25_234);
		assertThat(kpis.includedMonths()).isEqualTo(5);
	}

	@Test
	void leavingOutTheLastMonthsEndsThePeriodEarlier() {
		// Only January and February: e opened 20 February, c not yet; nobody sold by then
		// but a and b.
		Kpis kpis = report(
				Set.of(YearMonth.of(2025, 3), YearMonth.of(2025, 4), YearMonth.of(2025, 5), YearMonth.of(2025, 6)))
			.kpis();
		assertThat(kpis.sales()).isEqualTo(110_000);
		assertThat(kpis.companies()).isEqualTo(4);
		assertThat(kpis.companyMonths()).isEqualTo(7);
		assertThat(kpis.averageMonthlySalesPerCompany()).isEqualTo(15_714);
		assertThat(kpis.neverSold()).isEqualTo(2);
		assertThat(kpis.neverSoldPercent()).isEqualTo(new BigDecimal("50.0"));
	}

	@Test
	void monthlyTrendShowsEveryMonthAndMarksTheOnesLeftOut() {
		ReportTable monthly = report(Set.of(YearMonth.of(2025, 3))).get("monthly");
		assertThat(monthly.rows()).containsExactly(List.of(YearMonth.of(2025, 1), 50_000L, 1L, 3L, 16_666L, ""),
				List.of(YearMonth.of(2025, 2), 60_000L, 2L, 4L, 15_000L, ""),
				List.of(YearMonth.of(2025, 3), 340_000L, 2L, 5L, 68_000L, "제외"),
				List.of(YearMonth.of(2025, 4), 52_345L, 2L, 5L, 10_469L, ""),
				List.of(YearMonth.of(2025, 5), 0L, 0L, 5L, 0L, ""), List.of(YearMonth.of(2025, 6), 0L, 0L, 5L, 0L, ""));
	}

	@Test
	void salesByCategoryRegionAndSeller() {
		Report report = report(Set.of());
		assertThat(report.get("categories").rows()).extracting((row) -> row.subList(1, 3))
			.containsExactly(List.of(292_345L, 5L), List.of(210_000L, 4L));
		assertThat(report.get("regions").rows()).containsExactly(List.of("서울특별시", 252_345L, new BigDecimal("50.2"), 2L),
				List.of("제주특별자치도", 140_000L, new BigDecimal("27.9"), 1L),
				List.of("부산광역시", 110_000L, new BigDecimal("21.9"), 1L), List.of("경기도", 0L, new BigDecimal("0.0"), 1L));
		assertThat(report.get("top-sellers").rows()).containsExactly(List.of(1L, "보고서 A공방", "서울특별시", 252_345L, 4L),
				List.of(2L, "보고서 C상회", "제주특별자치도", 140_000L, 2L), List.of(3L, "보고서 B농원", "부산광역시", 110_000L, 3L));
		assertThat(report.get("bottom-sellers").rows()).extracting((row) -> row.get(1))
			.containsExactly("보고서 B농원", "보고서 C상회", "보고서 A공방");
	}

	@Test
	void neverSoldStoresWithDaysOpenListingsAndViews() {
		List<List<Object>> rows = report(Set.of()).get("never-sold").rows();
		assertThat(rows).extracting((row) -> row.subList(0, 7))
			.containsExactly(List.of("보고서 D목공소", fixture.d.slug(), "서울특별시", LocalDate.of(2024, 11, 1), 241L, 1L, 17L),
					List.of("보고서 E식품", fixture.e.slug(), "경기도", LocalDate.of(2025, 2, 20), 130L, 0L, 0L));
		// How staff reach them: the store's phone and e-mail, and when its owner last
		// signed in (these test stores' owners never did).
		assertThat(rows.get(0).subList(7, 10)).containsExactly(orDash(fixture.d.phone()), orDash(fixture.d.email()),
				"로그인 기록 없음");
	}

	@Test
	void originOutcomesFunnelAndCampaign() {
		Report all = report(Set.of());
		// Rule holds and report holds apart: one of each.
		assertThat(all.get("origin").rows()).extracting((row) -> row.get(0), (row) -> row.get(1))
			.containsExactly(tuple("검사 규칙으로 보류됨", 1L), tuple("신고로 다시 보류됨", 1L), tuple("반려됨", 1L),
					tuple("수입품 신고 접수", 2L), tuple("검토 후 승인됨", 1L));
		// The paid items of this half-year were never viewed or put in a cart here (the
		// events were made up): a step never counts more of a product than the step
		// before.
		assertThat(all.get("funnel").rows()).extracting((row) -> row.get(1)).containsExactly(17L, 3L, 0L, 0L);
		assertThat(all.get("campaign-months").rows()).containsExactly(
				List.of(YearMonth.of(2025, 2), "앞달", 60_000L, 2L, 4L, 15_000L),
				List.of(YearMonth.of(2025, 3), "고른 달", 340_000L, 2L, 5L, 68_000L),
				List.of(YearMonth.of(2025, 4), "뒷달", 52_345L, 2L, 5L, 10_469L));
		assertThat(all.get("campaigns").rows()).containsExactly(List.of(7L, "(없는 행사)", 300_000L, 2L));

		Report withoutMarch = report(Set.of(YearMonth.of(2025, 3)));
		assertThat(withoutMarch.get("origin").rows()).extracting((row) -> row.get(1))
			.containsExactly(1L, 0L, 1L, 1L, 1L);
		assertThat(withoutMarch.get("funnel").rows()).extracting((row) -> row.get(1)).containsExactly(17L, 2L, 0L, 0L);
		assertThat(withoutMarch.get("campaigns").rows()).isEmpty();
	}

	@Test
	void thePageShowsTheFiguresDefinitionsAndChartsForStaff() throws Exception {
		this.mvc
			.perform(get("/admin/reports").param("from", "2025-01-01")
				.param("to", "2025-06-30")
				.param("exclude", "2025-03")
				.param("campaignMonth", "2025-03")
				.with(user(TestUsers.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("162,345원")))
			.andExpect(content().string(containsString("7,379원")))
			.andExpect(content().string(containsString("40.0%")))
			.andExpect(content().string(containsString("원 미만은 버립니다")))
			.andExpect(content().string(containsString("<title id=\"trend-chart-title\">월별 매출</title>")))
			.andExpect(content().string(containsString("보고서 D목공소")))
			.andExpect(content().string(containsString("/admin/reports/never-sold.xlsx?from=2025-01-01")));
	}

	@Test
	void theKpiTableGivesEachValueItsUnitOnce() throws Exception {
		// The page shows each headline figure once, as a card; the same figures as a
		// table are a download, each value in one column and its unit in the next.
		String csv = this.mvc
			.perform(get("/admin/reports/kpis.csv").param("from", "2025-01-01")
				.param("to", "2025-06-30")
				.with(user(TestUsers.admin())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv.lines()).contains("한 번도 팔지 못한 업체 비율,40.0,%");
		String html = this.mvc
			.perform(get("/admin/reports").param("from", "2025-01-01")
				.param("to", "2025-06-30")
				.with(user(TestUsers.admin())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html);
		assertThat(page.select("table[aria-labelledby=kpis-title]")).isEmpty();
		assertThat(page.select(".report-kpis dt").eachText()).doesNotHaveDuplicates()
			.contains("한 번도 팔지 못한 업체 비율", "구매확정 금액");
		assertThat(page.select(".report-kpis dd").eachText()).containsOnlyOnce("40.0%");
		assertThat(page.select("a[href^=\"/admin/reports/kpis.csv\"]")).hasSize(1);
	}

	@Test
	void aRangeEndingBeforeItStartsIsExplainedNotFailed() throws Exception {
		this.mvc
			.perform(get("/admin/reports").param("from", "2025-06-01")
				.param("to", "2025-01-01")
				.with(user(TestUsers.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("시작일이 종료일보다 늦습니다")));
		this.mvc.perform(get("/admin/reports").param("from", "not-a-date").with(user(TestUsers.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("시작일은 2026-01-31처럼 날짜로 입력해 주세요.")));
	}

	private static String orDash(String value) {
		return (value != null && !value.isBlank()) ? value : "-";
	}

}
