package kr.valuemall.seller.application;

import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import kr.valuemall.IntegrationTest;
import kr.valuemall.shared.TestDocuments;
import kr.valuemall.notification.TestMailbox;
import kr.valuemall.account.AccountApi;
import kr.valuemall.account.MallUser;
import kr.valuemall.account.Role;
import kr.valuemall.account.TestAccounts;
import kr.valuemall.seller.SellerApi;
import kr.valuemall.seller.StoreSummary;
import kr.valuemall.seller.TestBusinessStatusLookup;
import kr.valuemall.seller.verification.BusinessStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SellerApplicationTests {

	static final byte[] PDF = TestDocuments.certificatePdf();

	static final byte[] PNG = TestDocuments.scanPng(800, 1100);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestMailbox mailbox;

	@Autowired
	TestAccounts accounts;

	@Autowired
	AccountApi accountApi;

	@Autowired
	SellerApi sellers;

	@Autowired
	SellerApplicationRepository applications;

	@Autowired
	TestBusinessStatusLookup businessStatus;

	@Autowired
	JdbcTemplate jdbc;

	static int nextNumber = 100;

	@Test
	void aCompleteApplicationWaitsForStaffWithItsAccountNumberEncrypted() throws Exception {
		MallUser applicant = this.accounts.create("김공방");
		Map<String, String> fields = validFields();
		this.mvc.perform(apply(applicant, fields, pdf())).andExpect(redirectedUrl("/seller"));

		SellerApplication application = this.applications.findByAccountId(applicant.getId()).orElseThrow();
		assertThat(application.getStatus()).isEqualTo(ApplicationStatus.PENDING);
		assertThat(application.getBusinessStatus()).isEqualTo(BusinessStatus.ACTIVE);
		assertThat(application.getMaskedAccountNumber()).isEqualTo("••••••5678");
		String stored = this.jdbc.queryForObject("select bank_account_encrypted from seller_application where id = ?",
				String.class, application.getId());
		assertThat(stored).doesNotContain("5678").isNotBlank();
		assertThat(this.jdbc.queryForObject("select content_type from seller_document where application_id = ?",
				String.class, application.getId()))
			.isEqualTo("application/pdf");

		Document status = page(get("/seller").with(user(applicant)));
		assertThat(status.select(".status-label").text()).isEqualTo("심사 중");
		assertThat(this.sellers.storeOfAccount(applicant.getId())).isEmpty();
	}

	@Test
	void eachBadFieldIsExplainedAndWhatWasTypedStays() throws Exception {
		MallUser applicant = this.accounts.create("이실수");
		Map<String, String> fields = validFields();
		fields.put("registrationNumber", "123-45-67890");
		fields.put("employees", "7");
		fields.put("industry", "WHOLESALE_RETAIL");
		fields.put("annualRevenue", "5,000,000,001");
		fields.put("storeSlug", "Bad Slug!");
		fields.put("businessName", "");
		Document page = page(apply(applicant, fields, pdf()));
		assertThat(error(page, "registrationNumber")).contains("올바른 사업자등록번호가 아닙니다");
		assertThat(error(page, "employees")).isEqualTo("도매·소매업은 상시근로자가 5명 미만이어야 입점할 수 있습니다.");
		assertThat(error(page, "annualRevenue")).isEqualTo("도매·소매업은 연평균 매출액이 50억 원 이하여야 입점할 수 있습니다.");
		assertThat(error(page, "storeSlug")).contains("영문 소문자");
		assertThat(error(page, "businessName")).isNotBlank();
		assertThat(page.getElementById("document-error").text()).contains("파일을 다시 선택");
		assertThat(page.getElementById("registrationNumber").val()).isEqualTo("123-45-67890");
		assertThat(page.getElementById("annualRevenue").val()).isEqualTo("5,000,000,001");
		assertThat(page.select("#industry option[selected]").val()).isEqualTo("WHOLESALE_RETAIL");
		assertThat(this.applications.findByAccountId(applicant.getId())).isEmpty();
	}

	@Test
	void theMessagesAreEnglishOnTheEnglishPage() throws Exception {
		MallUser applicant = this.accounts.create("Kim");
		Map<String, String> fields = validFields();
		fields.put("employees", "10");
		fields.put("lang", "en");
		Document page = page(apply(applicant, fields, pdf()));
		assertThat(error(page, "employees"))
			.isEqualTo("Manufacturing: a business needs fewer than 10 full-time employees to sell here.");
	}

	@Test
	void aRenamedFileThatIsNotADocumentIsRefused() throws Exception {
		MallUser applicant = this.accounts.create("박위장");
		MockMultipartFile renamed = new MockMultipartFile("document", "certificate.pdf", "application/pdf",
				"MZ this is really an executable".getBytes(StandardCharsets.US_ASCII));
		Document page = page(apply(applicant, validFields(), renamed));
		assertThat(page.getElementById("document-error").text()).contains("PDF, JPEG, PNG 파일만");
		assertThat(this.applications.findByAccountId(applicant.getId())).isEmpty();

		MockMultipartFile png = new MockMultipartFile("document", "scan.bin", "application/octet-stream", PNG);
		this.mvc.perform(apply(applicant, validFields(), png)).andExpect(redirectedUrl("/seller"));
	}

	@Test
	void aCertificateWithJavaScriptIsRefusedAndAPlainOneIsStoredAsAFlattenedCopy() throws Exception {
		MallUser applicant = this.accounts.create("정스크립트");
		MockMultipartFile scripted = new MockMultipartFile("document", "사업자등록증.pdf", "application/pdf",
				TestDocuments.certificatePdfWithJavaScript());
		Document page = page(apply(applicant, validFields(), scripted));
		assertThat(page.getElementById("document-error").text()).contains("스크립트, 프로그램 실행 동작 또는 첨부 파일이 들어 있는 PDF");
		assertThat(this.applications.findByAccountId(applicant.getId())).isEmpty();

		this.mvc.perform(apply(applicant, validFields(), pdf())).andExpect(redirectedUrl("/seller"));
		long id = this.applications.findByAccountId(applicant.getId()).orElseThrow().getId();
		byte[] stored = this.jdbc.queryForObject("select content from seller_document where application_id = ?",
				byte[].class, id);
		assertThat(stored).isNotEqualTo(PDF);
		try (org.apache.pdfbox.pdmodel.PDDocument copy = org.apache.pdfbox.Loader.loadPDF(stored)) {
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(copy))
				.contains(TestDocuments.CERTIFICATE_TEXT);
		}
	}

	@Test
	void aRegistrationNumberOrStoreAddressBelongsToOneApplication() throws Exception {
		Map<String, String> fields = validFields();
		this.mvc.perform(apply(this.accounts.create("첫째"), fields, pdf())).andExpect(redirectedUrl("/seller"));
		Document page = page(apply(this.accounts.create("둘째"), fields, pdf()));
		assertThat(error(page, "registrationNumber")).contains("이미 입점했거나 신청 중인");
		assertThat(error(page, "storeSlug")).contains("이미 다른 상점");
	}

	@Test
	void staffApprovalMakesASellerWithAnOpenStore() throws Exception {
		MallUser applicant = this.accounts.create("최승인");
		Map<String, String> fields = validFields();
		this.mvc.perform(apply(applicant, fields, pdf()));
		long id = this.applications.findByAccountId(applicant.getId()).orElseThrow().getId();
		MallUser staff = this.accounts.create("심사관", Role.ADMIN);

		Document review = page(get("/admin/sellers/" + id).with(user(staff)));
		assertThat(review.text()).contains("검증번호 일치", "계속사업자", "••••••5678").doesNotContain("12345678");
		this.mvc.perform(get("/admin/sellers/" + id + "/document").with(user(staff)))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.contentType("application/pdf"));

		this.mvc.perform(post("/admin/sellers/" + id + "/approve").with(user(staff)).with(csrf()))
			.andExpect(redirectedUrl("/admin/sellers"));
		assertThat(this.accountApi.findById(applicant.getId()).orElseThrow().has(Role.SELLER)).isTrue();
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(this.mailbox.to(applicant.getUsername())).extracting(SimpleMailMessage::getSubject)
						.containsExactly("[가치몰] 입점 신청이 승인되었습니다. 이제 상품을 등록할 수 있습니다."));
		StoreSummary store = this.sellers.storeBySlug(fields.get("storeSlug")).orElseThrow();
		assertThat(store.storeName()).isEqualTo(fields.get("storeName"));
		assertThat(store.businessRegistrationNumber()).isEqualTo(fields.get("registrationNumber"));

		// The applicant's session still holds the old roles: the seller centre brings
		// them up to date.
		Document home = page(get("/seller").with(user(applicant)));
		assertThat(home.select("h1").text()).isEqualTo("판매자 센터");
		assertThat(home.text()).contains("54,000원");

		this.mvc.perform(post("/admin/sellers/" + id + "/approve").with(user(staff)).with(csrf()))
			.andExpect(status().isConflict());
	}

	@Test
	void anApplicantReadsTheReasonAndResubmits() throws Exception {
		MallUser applicant = this.accounts.create("정보완");
		Map<String, String> fields = validFields();
		this.mvc.perform(apply(applicant, fields, pdf()));
		long id = this.applications.findByAccountId(applicant.getId()).orElseThrow().getId();
		MallUser staff = this.accounts.create("심사관", Role.ADMIN);

		Document refused = page(
				post("/admin/sellers/" + id + "/request-changes").param("reason", " ").with(user(staff)).with(csrf()));
		assertThat(error(refused, "reason")).isEqualTo("판매자에게 전할 사유를 입력해 주세요.");

		this.mvc
			.perform(post("/admin/sellers/" + id + "/request-changes").param("reason", "통신판매업 신고번호가 신고증과 다릅니다.")
				.with(user(staff))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/sellers"));
		Document status = page(get("/seller").with(user(applicant)));
		assertThat(status.select(".status-label").text()).isEqualTo("보완 요청");
		assertThat(status.text()).contains("통신판매업 신고번호가 신고증과 다릅니다.");
		// The applicant is told in the app and by e-mail, with what to change.
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(this.mailbox.to(applicant.getUsername())).extracting(SimpleMailMessage::getSubject)
						.containsExactly("[가치몰] 입점 신청에 보완이 필요합니다. 고쳐서 다시 제출해 주세요."));
		assertThat(page(get("/notifications").with(user(applicant))).select(".notification-item").text())
			.contains("보완할 점: 통신판매업 신고번호가 신고증과 다릅니다.");

		Document form = page(get("/seller/apply").with(user(applicant)));
		assertThat(form.getElementById("storeSlug").val()).isEqualTo(fields.get("storeSlug"));
		assertThat(form.getElementById("accountNumber").val()).isEmpty();

		fields.put("mailOrderReportNumber", "제2026-서울마포-0999호");
		fields.put("accountNumber", "");
		this.mvc.perform(apply(applicant, fields, null)).andExpect(redirectedUrl("/seller"));
		SellerApplication resubmitted = this.applications.findByAccountId(applicant.getId()).orElseThrow();
		assertThat(resubmitted.getStatus()).isEqualTo(ApplicationStatus.PENDING);
		assertThat(resubmitted.getMailOrderReportNumber()).isEqualTo("제2026-서울마포-0999호");
		assertThat(resubmitted.getMaskedAccountNumber()).isEqualTo("••••••5678");

		Document trail = page(get("/admin/sellers/" + id).with(user(staff)));
		assertThat(trail.select("table").last().text()).contains("신청", "보완 요청", "재신청", "통신판매업 신고번호가 신고증과 다릅니다.");
	}

	@Test
	void staffCannotApproveWhatTheyHaveNotSeen() throws Exception {
		MallUser applicant = this.accounts.create("늦은수정");
		Map<String, String> fields = validFields();
		this.mvc.perform(apply(applicant, fields, pdf()));
		long id = this.applications.findByAccountId(applicant.getId()).orElseThrow().getId();
		MallUser staff = this.accounts.create("심사관", Role.ADMIN);
		String seen = page(get("/admin/sellers/" + id).with(user(staff))).select("input[name=seen]").first().val();
		this.mvc
			.perform(post("/admin/sellers/" + id + "/request-changes").param("reason", "상호를 확인해 주세요.")
				.param("seen", seen)
				.with(user(staff))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/sellers"));
		fields.put("accountNumber", "");
		fields.put("businessName", "고친 상호");
		this.mvc.perform(apply(applicant, fields, null)).andExpect(redirectedUrl("/seller"));

		this.mvc.perform(post("/admin/sellers/" + id + "/approve").param("seen", seen).with(user(staff)).with(csrf()))
			.andExpect(status().isConflict());
		String fresh = page(get("/admin/sellers/" + id).with(user(staff))).select("input[name=seen]").first().val();
		this.mvc.perform(post("/admin/sellers/" + id + "/approve").param("seen", fresh).with(user(staff)).with(csrf()))
			.andExpect(redirectedUrl("/admin/sellers"));
	}

	@Test
	void aClosedBusinessIsShownToStaff() throws Exception {
		MallUser applicant = this.accounts.create("한폐업");
		Map<String, String> fields = validFields();
		this.businessStatus.answer(fields.get("registrationNumber").replace("-", ""), BusinessStatus.CLOSED);
		this.mvc.perform(apply(applicant, fields, pdf()));
		long id = this.applications.findByAccountId(applicant.getId()).orElseThrow().getId();
		Document review = page(get("/admin/sellers/" + id).with(user(this.accounts.create("심사관", Role.ADMIN))));
		assertThat(review.text()).contains("폐업자");
	}

	@Test
	void applicationsAreNeverReachableByAnotherAccount() throws Exception {
		MallUser owner = this.accounts.create("주인");
		this.mvc.perform(apply(owner, validFields(), pdf()));
		long id = this.applications.findByAccountId(owner.getId()).orElseThrow().getId();
		MallUser other = this.accounts.create("남", Role.SELLER);

		Document otherForm = page(get("/seller/apply").with(user(other)));
		assertThat(otherForm.getElementById("businessName").val()).isEmpty();
		for (String path : new String[] { "/admin/sellers", "/admin/sellers/" + id,
				"/admin/sellers/" + id + "/document" }) {
			this.mvc.perform(get(path).with(user(other))).andExpect(status().isForbidden());
			this.mvc.perform(get(path).with(user(owner))).andExpect(status().isForbidden());
		}
		this.mvc.perform(post("/admin/sellers/" + id + "/approve").with(user(other)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/sellers/999999").with(user(this.accounts.create("심사관", Role.ADMIN))))
			.andExpect(status().isNotFound());
	}

	private Document page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		String html = this.mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		return Jsoup.parse(html);
	}

	private static String error(Document page, String field) {
		var element = page.getElementById(field + "-error");
		return (element != null) ? element.text() : null;
	}

	private static MockMultipartFile pdf() {
		return new MockMultipartFile("document", "사업자등록증.pdf", "application/pdf", PDF);
	}

	private static MockMultipartHttpServletRequestBuilder apply(MallUser applicant, Map<String, String> fields,
			MockMultipartFile document) {
		MockMultipartHttpServletRequestBuilder request = multipart("/seller/apply");
		if (document != null) {
			request.file(document);
		}
		fields.forEach(request::param);
		request.with(user(applicant)).with(csrf());
		return request;
	}

	/**
	 * A valid application with a registration number and store address no other test
	 * uses.
	 */
	static synchronized Map<String, String> validFields() {
		int n = nextNumber++;
		String base = "31286" + String.format("%04d", n);
		String digits = base + checkDigit(base);
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("businessName", "가치공방 " + n);
		fields.put("representative", "홍길동");
		fields.put("registrationNumber",
				digits.substring(0, 3) + "-" + digits.substring(3, 5) + "-" + digits.substring(5));
		fields.put("mailOrderReportNumber", "제2026-서울마포-0" + n + "호");
		fields.put("mailOrderReportOffice", "서울특별시 마포구청");
		fields.put("industry", "MANUFACTURING");
		fields.put("employees", "3");
		fields.put("annualRevenue", "350,000,000");
		fields.put("businessAddress", "서울특별시 마포구 성미산로 1");
		fields.put("region", "SEOUL");
		fields.put("phone", "02-123-4567");
		fields.put("bank", "KB");
		fields.put("accountNumber", "123-45-678-5678");
		fields.put("accountHolder", "가치공방");
		fields.put("storeName", "가치공방 " + n + "호점");
		fields.put("storeSlug", "gachi-" + n);
		fields.put("introduction", "원목으로 의자를 만듭니다.");
		return fields;
	}

	static int checkDigit(String nine) {
		int[] weights = { 1, 3, 7, 1, 3, 7, 1, 3, 5 };
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			sum += (nine.charAt(i) - '0') * weights[i];
		}
		sum += ((nine.charAt(8) - '0') * 5) / 10;
		return (10 - sum % 10) % 10;
	}

}
