package kr.valuemall.web;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import kr.valuemall.FullStackTest;
import kr.valuemall.MallClient;
import kr.valuemall.MallClient.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a visitor meets over real HTTP: signing up and in, being refused, error pages,
 * languages.
 */
@FullStackTest
class FullStackJourneyTests {

	@LocalServerPort
	int port;

	@Test
	void aNewShopperSignsUpLogsInAndIsRefusedTheStaffArea() {
		MallClient visitor = new MallClient(this.port);
		Page form = visitor.get("/signup");
		Page signedUp = visitor.post("/signup", form,
				Map.of("email", "journey@example.com", "password", "blue-harbour-21", "passwordConfirm",
						"blue-harbour-21", "name", "한여름", "phone", "010-3030-4040", "agreeToTerms", "true",
						"agreeToPrivacy", "true"));
		assertThat(signedUp.status()).isEqualTo(302);
		assertThat(signedUp.location()).endsWith("/login?signedUp");

		Page loginPage = visitor.get("/login?signedUp");
		assertThat(loginPage.text()).contains("가입 확인 메일을 보냈습니다");
		assertThat(loginPage.document().getElementById("email").val()).isEqualTo("journey@example.com");
		String anonymousSession = visitor.cookie("SESSION").orElseThrow();

		Page loggedIn = visitor.post("/login", loginPage,
				Map.of("email", "journey@example.com", "password", "blue-harbour-21"));
		assertThat(loggedIn.status()).isEqualTo(302);
		assertThat(loggedIn.header("Set-Cookie")).contains("HttpOnly").contains("SameSite=Lax");
		String signedInSession = visitor.cookie("SESSION").orElseThrow();
		assertThat(signedInSession).as("a new session id at login").isNotEqualTo(anonymousSession);

		Page home = visitor.get("/");
		assertThat(home.text()).contains("한여름님");

		Page admin = visitor.get("/admin");
		assertThat(admin.status()).isEqualTo(403);
		assertThat(admin.document().select("h1").text()).isEqualTo("이 페이지를 볼 권한이 없습니다");
		assertThat(admin.text()).contains("통신판매업 신고번호").doesNotContain("Whitelabel", "Forbidden");

		Page loggedOut = visitor.post("/logout", home, Map.of());
		assertThat(loggedOut.location()).endsWith("/?loggedOut");
		MallClient replay = new MallClient(this.port);
		replay.setCookie("SESSION", signedInSession);
		assertThat(replay.get("/orders").status()).as("the old session was invalidated at logout").isEqualTo(302);
	}

	@Test
	void theDemoAccountsReachTheirOwnAreas() {
		MallClient shopper = new MallClient(this.port);
		assertThat(shopper.logIn("shopper@example.com", "valuemall-demo").location()).doesNotContain("error");
		assertThat(shopper.get("/admin").status()).isEqualTo(403);
		assertThat(shopper.get("/seller").location()).endsWith("/seller/apply");
		assertThat(shopper.get("/seller/products").status()).isEqualTo(403);

		MallClient seller = new MallClient(this.port);
		seller.logIn("seller@example.com", "valuemall-demo");
		Page sellerHome = seller.get("/seller");
		assertThat(sellerHome.status()).isEqualTo(200);
		assertThat(sellerHome.text()).contains("박공방님", "박공방 목공소");

		MallClient admin = new MallClient(this.port);
		admin.logIn("admin@example.com", "valuemall-demo");
		Page adminHome = admin.get("/admin");
		assertThat(adminHome.status()).isEqualTo(200);
		assertThat(adminHome.text()).contains("회원 현황", "최근 가입한 회원", "입점 심사 대기", "원산지 검수 대기");
	}

	@Test
	void unknownAddressesShowTheStyledNotFoundPageInEitherLanguage() {
		MallClient visitor = new MallClient(this.port);
		Page korean = visitor.get("/no-such-page");
		assertThat(korean.status()).isEqualTo(404);
		assertThat(korean.document().selectFirst("html").attr("lang")).isEqualTo("ko");
		assertThat(korean.document().select("h1").text()).isEqualTo("페이지를 찾을 수 없습니다");
		assertThat(korean.document().select("footer").text()).contains("사업자등록번호");

		Page english = visitor.get("/no-such-page?lang=en");
		assertThat(english.status()).isEqualTo(404);
		assertThat(english.document().selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(english.document().select("h1").text()).isEqualTo("Page not found");
		assertThat(english.document().select("a.lang-switch").attr("href")).isEqualTo("/no-such-page?lang=ko");
	}

	@Test
	void failuresShowStyledPagesAndNothingOfTheException() {
		MallClient visitor = new MallClient(this.port);
		Page broken = visitor.get("/test/broken");
		assertThat(broken.status()).isEqualTo(500);
		assertThat(broken.document().select("h1").text()).isEqualTo("일시적인 오류가 발생했습니다");
		assertThat(broken.response().body()).doesNotContain("ledger-db-7", "Exception", "kr.valuemall", "Whitelabel");

		Page badRequest = visitor.get("/test/number?n=abc");
		assertThat(badRequest.status()).isEqualTo(400);
		assertThat(badRequest.document().select("h1").text()).isEqualTo("요청을 처리할 수 없습니다");

		Page englishBroken = visitor.get("/test/broken?lang=en");
		assertThat(englishBroken.document().select("h1").text()).isEqualTo("Something went wrong on our side");
	}

	@Test
	void aDatabaseOutOfReachShowsTheUnavailablePageInThePagesLanguage() {
		MallClient visitor = new MallClient(this.port);
		Page down = visitor.get("/test/database-down");
		assertThat(down.status()).isEqualTo(503);
		assertThat(down.response().headers().firstValue("Retry-After")).hasValue("30");
		assertThat(down.document().select("h1").text()).isEqualTo("서비스를 잠시 이용할 수 없습니다");
		assertThat(down.response().body()).doesNotContain("HikariPool", "Exception", "kr.valuemall", "Whitelabel");

		Page english = visitor.get("/test/database-down?lang=en");
		assertThat(english.status()).isEqualTo(503);
		assertThat(english.document().select("h1").text()).isEqualTo("The mall is briefly unavailable");
	}

	@Test
	void theChosenLanguageIsRemembered() {
		MallClient visitor = new MallClient(this.port);
		assertThat(visitor.get("/").document().select("h1").text()).contains("소상공인");
		Page english = visitor.get("/?lang=en");
		assertThat(english.document().select("h1").text()).contains("small businesses");
		assertThat(visitor.get("/login").document().select("h1").text()).isEqualTo("Log in");
		assertThat(visitor.get("/?lang=ko").document().selectFirst("html").attr("lang")).isEqualTo("ko");
		assertThat(visitor.get("/?lang=fr").document().selectFirst("html").attr("lang")).isEqualTo("ko");
	}

	@Test
	void everyPageCarriesTheOperatorDetailsTheLawAsksFor() {
		String footer = new MallClient(this.port).get("/").document().select("footer").text();
		assertThat(footer).contains("가치몰 운영사무국", "대표자", "김가치", "세종특별자치시", "1588-0000", "help@valuemall.example",
				"120-81-47521", "통신판매업 신고번호", "제2026-세종-0001호", "호스팅 서비스 제공자", "개인정보보호책임자", "통신판매중개자",
				"통신판매의 당사자가 아니며");
		assertThat(new MallClient(this.port).get("/").document().select("footer a[href*=ftc.go.kr]").attr("href"))
			.endsWith("wrkr_no=1208147521");
	}

	@Test
	void aGuesserIsSlowedDownWithTheMallsOwnPageAndTheHolderStillGetsIn() {
		// From the IPv6 loopback: 127.0.0.1 is exempt from throttles in the test
		// contexts. The reviewer's account, which no browser journey signs in with: the
		// browsers also come from the IPv6 loopback and would meet this throttle.
		MallClient guesser = new MallClient("[::1]", this.port);
		Page loginPage = guesser.get("/login");
		for (int attempt = 1; attempt <= 5; attempt++) {
			Page failed = guesser.post("/login", loginPage,
					Map.of("email", "reviewer@example.com", "password", "guess-" + attempt));
			assertThat(failed.location()).endsWith("/login?error");
			loginPage = guesser.get("/login?error");
		}
		Page refused = guesser.post("/login", loginPage,
				Map.of("email", "reviewer@example.com", "password", "valuemall-demo"));
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.header("Retry-After")).isEqualTo("30");
		assertThat(refused.document().select("h1").text()).isEqualTo("요청이 너무 많습니다");
		assertThat(refused.document().select("footer").text()).contains("가치몰 운영사무국");
		// The holder, from another address, is not kept out.
		MallClient holder = new MallClient("127.0.0.1", this.port);
		assertThat(holder.logIn("reviewer@example.com", "valuemall-demo").location()).doesNotContain("error");
	}

	@Test
	void healthIsUpWhenTheDatabaseAnswers() {
		Page health = new MallClient(this.port).get("/actuator/health");
		assertThat(health.status()).isEqualTo(200);
		assertThat(health.response().body()).contains("\"status\":\"UP\"").doesNotContain("db", "components");
	}

}
