package kr.valuemall.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import kr.valuemall.IntegrationTest;
import kr.valuemall.account.MallUser;
import kr.valuemall.account.Role;
import kr.valuemall.account.TestAccounts;
import kr.valuemall.account.TestUsers;
import kr.valuemall.seller.TestStores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The seller centre and the staff area wear their own layout: a compact header with the
 * workspace's name and a way back to the shop, a navigation of their own with the page
 * shown marked, and no cart, category bar or shop search. Each role is offered only the
 * pages it may open: every link in its navigation answers it with 200.
 */
@IntegrationTest
class WorkspaceLayoutTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestStores stores;

	@Autowired
	TestAccounts accounts;

	@Test
	void sellerPagesWearTheSellerCentreLayoutWithTheCurrentPageMarked() throws Exception {
		MallUser seller = this.stores.open("작업공간 공방").owner();
		for (String path : new String[] { "/seller", "/seller/products", "/seller/products/new",
				"/seller/products/bulk", "/seller/orders", "/seller/reviews", "/seller/questions",
				"/seller/settlements", "/seller/campaigns", "/seller/promote", "/seller/store", "/seller/delivery",
				"/seller/shipping", "/seller/payout-account" }) {
			Document page = page(get(path).with(user(seller)));
			assertWorkspace(page, path, "판매자 센터");
			String expectedCurrent = path.equals("/seller/products/new") ? "/seller/products" : path;
			assertThat(page.select(".ws-nav a[aria-current=page]").eachAttr("href")).as(path)
				.containsExactly(expectedCurrent);
		}
	}

	@Test
	void staffPagesWearTheStaffLayoutWithTheCurrentPageMarked() throws Exception {
		MallUser admin = TestUsers.admin();
		for (String path : new String[] { "/admin", "/admin/sellers", "/admin/listings", "/admin/listings/rules",
				"/admin/orders", "/admin/refunds", "/admin/deposits", "/admin/settlements", "/admin/payout-accounts",
				"/admin/reports", "/admin/campaigns", "/admin/campaigns/new", "/admin/coupons", "/admin/mails",
				"/admin/staff", "/admin/audit" }) {
			Document page = page(get(path).with(user(admin)));
			assertWorkspace(page, path, "운영 관리");
			String expectedCurrent = path.equals("/admin/campaigns/new") ? "/admin/campaigns" : path;
			assertThat(page.select(".ws-nav a[aria-current=page]").eachAttr("href")).as(path)
				.containsExactly(expectedCurrent);
		}
	}

	@Test
	void eachRoleIsOfferedExactlyThePagesItMayOpen() throws Exception {
		MallUser reviewer = this.accounts.create("작업공간 심사", Role.REVIEWER);
		MallUser ministry = this.accounts.create("작업공간 부처", Role.MINISTRY);
		MallUser admin = TestUsers.admin();
		MallUser seller = this.stores.open("작업공간 농원").owner();

		assertThat(navigation(reviewer, "/admin")).containsExactly("/admin", "/admin/sellers", "/admin/listings");
		assertThat(navigation(ministry, "/admin")).containsExactly("/admin", "/admin/reports");
		assertThat(navigation(admin, "/admin")).containsExactly("/admin", "/admin/sellers", "/admin/listings",
				"/admin/listings/rules", "/admin/orders", "/admin/refunds", "/admin/deposits", "/admin/settlements",
				"/admin/payout-accounts", "/admin/reports", "/admin/campaigns", "/admin/coupons", "/admin/mails",
				"/admin/staff", "/admin/audit");
		assertThat(navigation(seller, "/seller")).allMatch((href) -> href.startsWith("/seller"))
			.contains("/seller", "/seller/products", "/seller/orders", "/seller/settlements", "/seller/store");

		for (MallUser someone : List.of(reviewer, ministry, admin)) {
			for (String href : navigation(someone, "/admin")) {
				assertThat(this.mvc.perform(get(href).with(user(someone))).andReturn().getResponse().getStatus())
					.as("%s opens %s", someone.getDisplayName(), href)
					.isEqualTo(200);
			}
		}
		for (String href : navigation(seller, "/seller")) {
			assertThat(this.mvc.perform(get(href).with(user(seller))).andReturn().getResponse().getStatus()).as(href)
				.isEqualTo(200);
		}
	}

	@Test
	void shopperPagesKeepTheShopHeader() throws Exception {
		Document home = page(get("/").with(user(TestUsers.seller())));
		assertThat(home.select(".category-menu")).isNotEmpty();
		assertThat(home.select(".cart-link")).isNotEmpty();
		assertThat(home.select(".ws-nav")).isEmpty();
		assertThat(home.select(".account-menu a[href=\"/seller\"]").text()).isEqualTo("판매자 센터");
	}

	@Test
	void theWorkspaceSpeaksEnglishToo() throws Exception {
		Document page = page(get("/admin/reports").param("lang", "en").with(user(TestUsers.admin())));
		assertThat(page.select(".ws-brand-name").text()).isEqualTo("Staff area");
		assertThat(page.select(".ws-nav").attr("aria-label")).isEqualTo("Staff area menu");
		assertThat(page.select(".ws-nav a[aria-current=page]").text()).isEqualTo("Sales reports");
	}

	private void assertWorkspace(Document page, String path, String workspaceName) {
		assertThat(page.select(".ws-brand-name").text()).as(path).isEqualTo(workspaceName);
		assertThat(page.select(".ws-header a[href=\"/\"]")).as("%s: a way back to the shop", path).isNotEmpty();
		assertThat(page.select(".ws-header form[action=\"/logout\"]")).as(path).isNotEmpty();
		assertThat(page.select(".ws-header .notification-link")).as(path).isNotEmpty();
		assertThat(page.select(".cart-link, .category-menu, #site-search, .site-header, .site-footer"))
			.as("%s: nothing of the shop's header", path)
			.isEmpty();
		Element nav = page.selectFirst("nav.ws-nav");
		assertThat(nav).as(path).isNotNull();
		assertThat(nav.attr("aria-label")).as(path).isEqualTo(workspaceName + " 메뉴");
		assertThat(page.select("main#main")).as(path).hasSize(1);
		assertThat(page.select("link[rel=stylesheet]").eachAttr("href")).as(path)
			.anyMatch((href) -> href.contains("/css/workspace"));
	}

	private List<String> navigation(MallUser someone, String path) throws Exception {
		return page(get(path).with(user(someone))).select(".ws-nav a").eachAttr("href");
	}

	private Document page(RequestBuilder request) throws Exception {
		var response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
	}

}
