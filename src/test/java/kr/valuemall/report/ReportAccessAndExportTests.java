package kr.valuemall.report;

import java.time.Clock;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import kr.valuemall.IntegrationTest;
import kr.valuemall.account.TestUsers;
import kr.valuemall.promotion.TestCampaigns;
import kr.valuemall.report.ReportTable.Column;
import kr.valuemall.report.ReportTable.Kind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Only staff open the reports; every table downloads as CSV and XLSX that read back to
 * the same figures, with formula-looking text defused.
 */
@IntegrationTest
class ReportAccessAndExportTests {

	@Autowired
	Clock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestCampaigns campaigns;

	@Test
	void salesByCampaignNameTheCampaignAndItsDays() throws Exception {
		String slug = "report-sale-" + System.nanoTime() % 1_000_000_000L;
		long campaign = this.campaigns.create("보고서 동행 세일", slug, Instant.parse("2019-04-30T15:00:00Z"),
				Instant.parse("2019-05-10T15:00:00Z"), 30, this.clock.instant());
		this.jdbc.update("""
				INSERT INTO report_sales_monthly (month, category_slug, campaign_id, paid, refunded, paid_lines)
				VALUES ('2019-05-01', 'kitchenware', ?, 120000, 20000, 3)""", campaign);

		this.mvc
			.perform(get("/admin/reports").param("from", "2019-05-01")
				.param("to", "2019-05-31")
				.with(user(TestUsers.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("보고서 동행 세일 (2019-05-01 ~ 2019-05-10)")))
			.andExpect(content().string(containsString("100,000원")));
	}

	@Test
	void onlyStaffOpenReportsAndTheirDownloads() throws Exception {
		for (String path : List.of("/admin/reports", "/admin/reports/monthly.csv", "/admin/reports/monthly.xlsx")) {
			this.mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
			this.mvc.perform(get(path).with(user(TestUsers.shopper()))).andExpect(status().isForbidden());
			this.mvc.perform(get(path).with(user(TestUsers.seller()))).andExpect(status().isForbidden());
			this.mvc.perform(get(path).with(user(TestUsers.admin()))).andExpect(status().isOk());
		}
	}

	@Test
	void staffHomeLinksToTheReports() throws Exception {
		this.mvc.perform(get("/admin").with(user(TestUsers.admin())))
			.andExpect(content().string(containsString("href=\"/admin/reports\"")));
	}

	@Test
	void anUnknownTableIsNotFound() throws Exception {
		this.mvc.perform(get("/admin/reports/salaries.csv").with(user(TestUsers.admin())))
			.andExpect(status().isNotFound());
	}

	@Test
	void eachDownloadLinksSpokenNameHoldsItsVisibleTextAsAWord() throws Exception {
		// WCAG 2.5.3 as axe-core 4.14 reads it: "CSV" is not a word of "… CSV로 내려받기".
		String page = this.mvc.perform(get("/admin/reports").with(user(TestUsers.admin())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Elements links = Jsoup.parse(page).select(".report-download a");
		assertThat(links).hasSizeGreaterThan(10);
		for (Element link : links) {
			assertThat(List.of(link.attr("aria-label").split("\\s+"))).as(link.attr("aria-label"))
				.contains(link.text());
		}
	}

	@Test
	void everyTableOfThePageDownloadsAsCsvAndXlsx() throws Exception {
		for (String table : List.of("kpis", "monthly", "categories", "regions", "top-sellers", "bottom-sellers",
				"never-sold", "origin", "funnel", "campaign-months", "campaigns")) {
			byte[] csv = this.mvc
				.perform(get("/admin/reports/" + table + ".csv").param("from", "2026-01-01")
					.param("to", "2026-06-30")
					.param("campaignMonth", "2026-03")
					.with(user(TestUsers.admin())))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Disposition", containsString("valuemall-" + table + ".csv")))
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("\uFEFF");
			byte[] xlsx = this.mvc
				.perform(get("/admin/reports/" + table + ".xlsx").param("from", "2026-01-01")
					.param("to", "2026-06-30")
					.param("campaignMonth", "2026-03")
					.with(user(TestUsers.admin())))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
				assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isNotBlank();
			}
		}
	}

	@Test
	void monthlyCsvReadsBackToTheMonths() throws Exception {
		String csv = this.mvc
			.perform(get("/admin/reports/monthly.csv").param("from", "2026-01-01")
				.param("to", "2026-03-31")
				.param("exclude", "2026-02")
				.with(user(TestUsers.admin())))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<String> lines = csv.substring(1).lines().toList();
		assertThat(lines.get(0)).isEqualTo("월,매출,주문,문을 연 업체,업체당 매출,비고");
		assertThat(lines).hasSize(4);
		assertThat(lines.get(1)).startsWith("2026-01,");
		assertThat(lines.get(2)).startsWith("2026-02,").endsWith(",제외");
	}

	@Test
	void exportsReadBackAndNeverCarryAFormula() throws Exception {
		ReportTable table = new ReportTable("stores", "가게",
				List.of(new Column("가게", Kind.TEXT), new Column("매출", Kind.MONEY), new Column("비중", Kind.PERCENT)),
				List.of(List.of("=HYPERLINK(\"http://evil\")", 1_234_567L, new java.math.BigDecimal("12.5")),
						List.of("솔숲, \"공방\"", -5L, new java.math.BigDecimal("0.0")),
						List.of("@SUM(A1)", 0L, new java.math.BigDecimal("100.0"))));

		List<String> lines = new String(TableExport.csv(table), StandardCharsets.UTF_8).substring(1).lines().toList();
		assertThat(lines).containsExactly("가게,매출,비중", "\"'=HYPERLINK(\"\"http://evil\"\")\",1234567,12.5",
				"\"솔숲, \"\"공방\"\"\",-5,0.0", "'@SUM(A1),0,100.0");

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(TableExport.xlsx(table)))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("매출");
			assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil\")");
			assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(1_234_567d);
			assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(-5d);
			assertThat(sheet.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(100d);
		}
	}

}
