package kr.valuemall.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mail.SimpleMailMessage;

import kr.valuemall.FullStackTest;
import kr.valuemall.notification.TestMailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A new member forgets the password: asks for a reset, opens the link in the mail, sets a
 * new password and signs in with it, in a real browser.
 */
@FullStackTest
class PasswordResetJourneyBrowserTests {

	private static final Pattern RESET_LINK = Pattern
		.compile("https?://[^/\\s]+(/password/reset\\?token=[A-Za-z0-9_-]+)");

	static WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	TestMailbox mailbox;

	WebDriverWait wait;

	@BeforeAll
	static void startBrowser() {
		browser = BrowserJourneyTests.newBrowser();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void signUpForgetThePasswordResetItFromTheMailAndSignIn() {
		this.wait = new WebDriverWait(browser, Duration.ofSeconds(15));
		String email = "journey-reset-" + System.nanoTime() + "@example.com";
		open("/signup?lang=ko");
		type(Map.of("email", email, "password", "first-lantern-31", "passwordConfirm", "first-lantern-31", "name",
				"잊는사람", "phone", "010-8642-1357"));
		browser.findElement(By.id("agreeToTerms1")).click();
		browser.findElement(By.id("agreeToPrivacy1")).click();
		browser.findElement(By.cssSelector("main form.form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.urlContains("/login"));

		browser.findElement(By.linkText("비밀번호를 잊으셨나요?")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "비밀번호 찾기"));
		type(Map.of("email", email));
		browser.findElement(By.cssSelector("main form.form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reset-sent")));
		assertThat(browser.findElement(By.id("reset-sent")).getText()).startsWith("가입된 주소라면 메일을 보냈습니다");

		await().atMost(Duration.ofSeconds(10)).until(() -> !resetMails(email).isEmpty());
		List<SimpleMailMessage> mails = resetMails(email);
		assertThat(mails).hasSize(1);
		Matcher link = RESET_LINK.matcher(mails.get(0).getText());
		assertThat(link.find()).as(mails.get(0).getText()).isTrue();
		open(link.group(1));
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "새 비밀번호 설정"));
		type(Map.of("newPassword", "second-lantern-32", "newPasswordConfirm", "second-lantern-32"));
		browser.findElement(By.cssSelector("main form.form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.urlContains("/login?passwordReset"));
		assertThat(browser.findElement(By.cssSelector("main .notice")).getText()).contains("새 비밀번호로 로그인해 주세요");
		assertThat(browser.findElement(By.id("email")).getAttribute("value")).isEqualTo(email);

		type(Map.of("password", "second-lantern-32"));
		browser.findElement(By.cssSelector("main form.form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".greeting")));
		assertThat(browser.findElement(By.cssSelector(".greeting")).getText()).contains("잊는사람");

		open(link.group(1));
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "링크를 쓸 수 없습니다"));
	}

	private List<SimpleMailMessage> resetMails(String email) {
		return this.mailbox.to(email).stream().filter((mail) -> mail.getSubject().contains("비밀번호 재설정")).toList();
	}

	private void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

	private static void type(Map<String, String> fields) {
		fields.forEach((id, value) -> {
			WebElement input = browser.findElement(By.id(id));
			input.clear();
			input.sendKeys(value);
		});
	}

}
