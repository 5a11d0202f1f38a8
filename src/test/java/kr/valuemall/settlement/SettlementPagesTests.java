package kr.valuemall.settlement;

import java.time.Clock;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import kr.valuemall.IntegrationTest;
import kr.valuemall.account.MallUser;
import kr.valuemall.account.Role;
import kr.valuemall.account.TestAccounts;
import kr.valuemall.order.ShipmentStatus;
import kr.valuemall.seller.TestStores.OpenStore;
import kr.valuemall.seller.TestStores;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What sellers and staff see of settlement: the seller centre's panels, statements and
 * their files, and the staff desk from run to payout.
 */
@IntegrationTest
class SettlementPagesTests {

	@Autowired
	Clock clock;

	private static final String SNEAKY_NAME = "=HYPERLINK(\"http://evil.example\",\"클릭\")";

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

	OrderEvents orders;

	@BeforeEach
	void setUp() {
		this.orders = new OrderEvents(this.publisher, this.transactions, this.ledger);
	}

	@Test
	void theSellerCentreShowsSalesShipmentsToSendHeldListingsAndTheCommissionComparison() throws Exception {
		OpenStore shop = this.stores.open("대시보드 공방");
		Instant now = this.clock.instant();
		Shipment shipment = this.orders.paid(shop.store().sellerId(), now, 3000, 45_000);
		this.orders.status(shipment, ShipmentStatus.AWAITING_DEPOSIT, ShipmentStatus.PAID, now);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> page(get("/seller").with(user(shop.owner()))).select(".shipments-to-send")
				.text()
				.equals("1건"));

		Document home = page(get("/seller").with(user(shop.owner())));
		assertThat(home.select(".sales-today").text()).isEqualTo("45,000원");
		assertThat(home.select(".sales-month").text()).isEqualTo("45,000원");
		assertThat(home.select(".sales-chart svg rect.bar")).hasSize(1);
		assertThat(home.select(".sales-chart svg desc").text()).contains("45,000원");
		assertThat(home.select(".held-listings").text()).contains("원산지 검토를 기다리는 상품이 없습니다");
		assertThat(home.select("#commission-title").text()).contains("3%");
		assertThat(home.select("td.saved").eachText()).contains("5,400원");
		assertThat(home.select(".last-statement").text()).contains("아직 정산된 기간이 없습니다");
	}

	@Test
	void aSellerReadsTheirStatementAndDownloadsItAsCsvAndXlsx() throws Exception {
		OpenStore shop = this.stores.open("명세서 공방");
		long seller = shop.store().sellerId();
		Shipment shipment = this.orders.paidNamed(seller, seoul("2020-02-03T10:00"), SNEAKY_NAME, 3000, 9_999, 33);
		this.orders.confirmed(shipment, seoul("2020-02-05T10:00"));
		this.runs.run(this.periods.startingOn(java.time.LocalDate.parse("2020-02-01")).orElseThrow(), "test");
		StatementView statement = this.statements.ofSeller(seller).get(0);

		Document list = page(get("/seller/settlements").with(user(shop.owner())));
		assertThat(list.select(".statement-list tbody tr")).hasSize(1);
		assertThat(list.select(".statement-list .payout").text()).isEqualTo("12,733원");

		Document detail = page(get("/seller/settlements/" + statement.id()).with(user(shop.owner())));
		assertThat(detail.select(".statement-lines tbody tr")).hasSize(3);
		assertThat(detail.select(".statement-lines").text()).contains(shipment.orderNumber(), "9,999원", "299원",
				"9,700원", "3%", "배송비");
		assertThat(detail.select(".total-payout").text()).isEqualTo("12,733원");
		// 13% of 9,999 and of 33, each rounded down: 1,299 + 4; the mall took 299.
		assertThat(detail.select(".savings").text()).contains("13%", "1,303원", "299원", "1,004원");
		assertThat(detail.select(".payout-steps").text()).contains("정산되었습니다");

		MvcResult csv = this.mvc
			.perform(get("/seller/settlements/" + statement.id() + "/statement.csv").with(user(shop.owner())))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(csv.getResponse().getHeader("Content-Disposition")).contains("attachment");
		String text = new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		List<String> lines = text.substring(1).lines().toList();
		assertThat(lines)
			.anySatisfy((line) -> assertThat(line).startsWith("상품," + shipment.orderNumber() + ",\"'=HYPERLINK("));
		assertThat(lines).anySatisfy((line) -> assertThat(line).endsWith(",1,9999,3%,299,9700,2020-02-05 10:00"));
		assertThat(lines).anySatisfy((line) -> assertThat(line).endsWith(",1,33,3%,0,33,2020-02-05 10:00"));
		assertThat(lines).contains("배송비," + shipment.orderNumber() + ",배송비,1,3000,0%,0,3000,2020-02-05 10:00");
		assertThat(lines).contains("지급액,12733");

		MvcResult xlsx = this.mvc
			.perform(get("/seller/settlements/" + statement.id() + "/statement.xlsx").with(user(shop.owner())))
			.andExpect(status().isOk())
			.andReturn();
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			long items = 0;
			String sneaky = null;
			Long payout = null;
			for (Row row : sheet) {
				Cell first = row.getCell(0);
				if (first == null) {
					continue;
				}
				if ("상품".equals(first.getStringCellValue())) {
					items += (long) row.getCell(4).getNumericCellValue();
					sneaky = row.getCell(2).getStringCellValue();
					assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.STRING);
				}
				if ("지급액".equals(first.getStringCellValue())) {
					payout = (long) row.getCell(1).getNumericCellValue();
				}
			}
			assertThat(items).isEqualTo(statement.itemTotal());
			assertThat(payout).isEqualTo(12_733L);
			assertThat(sneaky).isEqualTo("'" + SNEAKY_NAME);
		}
	}

	@Test
	void aSellerCanNeverOpenAnotherSellersStatement() throws Exception {
		OpenStore owner = this.stores.open("주인 공방");
		OpenStore other = this.stores.open("이웃 공방");
		Shipment shipment = this.orders.paid(owner.store().sellerId(), seoul("2020-03-03T10:00"), 0, 10_000);
		this.orders.confirmed(shipment, seoul("2020-03-05T10:00"));
		this.runs.run(this.periods.startingOn(java.time.LocalDate.parse("2020-03-01")).orElseThrow(), "test");
		long id = this.statements.ofSeller(owner.store().sellerId()).get(0).id();

		for (String path : List.of("", "/statement.csv", "/statement.xlsx")) {
			this.mvc.perform(get("/seller/settlements/" + id + path).with(user(other.owner())))
				.andExpect(status().isNotFound());
			this.mvc.perform(get("/seller/settlements/" + id + path).with(user(owner.owner())))
				.andExpect(status().isOk());
		}
		assertThat(page(get("/seller/settlements").with(user(other.owner()))).select(".statement-list")).isEmpty();
		this.mvc.perform(get("/seller/settlements/" + id).with(user(this.accounts.create("구매자"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/settlements").with(user(owner.owner()))).andExpect(status().isForbidden());
	}

	@Test
	void staffRunAPeriodWatchItsProgressApproveDownloadTheBankFileAndMarkItPaid() throws Exception {
		MallUser staff = this.accounts.create("정산 담당", Role.ADMIN);
		OpenStore shop = this.stores.open("지급 공방");
		long seller = shop.store().sellerId();
		Shipment shipment = this.orders.paid(seller, seoul("2020-04-03T10:00"), 2500, 100_000);
		this.orders.confirmed(shipment, seoul("2020-04-06T10:00"));

		String runPage = this.mvc
			.perform(post("/admin/settlements/runs").param("period", "2020-04-01").with(user(staff)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(runPage).startsWith("/admin/settlements/runs/");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.mvc.perform(get(runPage + "/progress").with(user(staff)))
				.andReturn()
				.getResponse()
				.getContentAsString()
				.contains("\"DONE\""));
		Document run = page(get(runPage).with(user(staff)));
		assertThat(run.select(".run-state").text()).isEqualTo("완료");
		assertThat(run.select("script[src^=/js/run-progress-][src$=.js]")).hasSize(1);

		Document desk = page(get("/admin/settlements?period=2020-04-01").with(user(staff)));
		assertThat(desk.select(".admin-statements").text()).contains("지급 공방", "99,500원");
		this.mvc.perform(post("/admin/settlements/2020-04-01/approve").with(user(staff)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(page(get("/seller/settlements").with(user(shop.owner()))).text()).contains("지급 승인됨");

		// Test stores are made without a real account number: staff are told before they
		// transfer.
		assertThat(page(get("/admin/settlements?period=2020-04-01").with(user(staff))).select(".unreadable-accounts")
			.text()).contains("지급 공방");
		MockHttpServletResponse file = this.mvc
			.perform(post("/admin/settlements/2020-04-01/bank-transfers.csv").with(user(staff)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		String bankFile = new String(file.getContentAsByteArray(), StandardCharsets.UTF_8);
		// The desk lists the file, to be marked paid once the bank has sent it.
		assertThat(page(get("/admin/settlements?period=2020-04-01").with(user(staff))).select(".transfer-file").text())
			.contains("파일 " + fileId(file) + "번", "1건", "99,500원");
		assertThat(bankFile.substring(1).lines().toList()).first().isEqualTo("은행,계좌번호,예금주,금액,메모");
		assertThat(bankFile).contains("KB국민은행", "지급 공방,99500,가치몰 정산 2020-04-01 지급 공방");

		this.mvc
			.perform(post("/admin/settlements/2020-04-01/paid").param("file", fileId(file))
				.param("reference", " ")
				.with(user(staff))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.statements.ofSeller(seller).get(0).payoutStatus()).isEqualTo(PayoutStatus.APPROVED);
		this.mvc
			.perform(post("/admin/settlements/2020-04-01/paid").param("file", fileId(file))
				.param("reference", "KB-20200510-001")
				.with(user(staff))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		long id = this.statements.ofSeller(seller).get(0).id();
		Document paid = page(get("/seller/settlements/" + id).with(user(shop.owner())));
		assertThat(paid.select(".payout-steps").text()).contains("지급되었습니다", "KB-20200510-001");
		assertThat(this.ledger.balance(LedgerAccount.SELLER_PAYABLE, seller)).isZero();
	}

	@Test
	void staffCannotRunAnOpenOrMadeUpPeriod() throws Exception {
		MallUser staff = this.accounts.create("정산 담당", Role.ADMIN);
		String current = this.periods.current().key();
		for (String period : List.of(current, "2020-04-15", "not-a-date", "")) {
			this.mvc.perform(post("/admin/settlements/runs").param("period", period).with(user(staff)).with(csrf()))
				.andExpect(status().is3xxRedirection())
				.andExpect((result) -> assertThat(result.getFlashMap().get("notice"))
					.isEqualTo("settlement.admin.run.notClosed"));
		}
		this.mvc.perform(post("/admin/settlements/" + current + "/bank-transfers.csv").with(user(staff)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/settlements?period=nonsense").with(user(staff))).andExpect(status().isOk());
	}

	/** The transfer file's number, from the name it was downloaded under. */
	static String fileId(MockHttpServletResponse file) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("-file-(\\d+)\\.csv")
			.matcher(file.getHeader("Content-Disposition"));
		assertThat(matcher.find()).as(file.getHeader("Content-Disposition")).isTrue();
		return matcher.group(1);
	}

	private Document page(RequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request).andExpect(status().isOk()).andReturn();
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
