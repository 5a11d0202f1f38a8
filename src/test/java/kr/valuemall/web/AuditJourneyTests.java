package kr.valuemall.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import javax.naming.OperationNotSupportedException;
import java.util.stream.Collectors;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.pattern.PathPattern;

import kr.valuemall.FullStackTest;
import kr.valuemall.TestCards;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outside audit as a test: every page each role can reach, found by following the
 * links a person sees, passes axe-core with no serious or critical violation (run in
 * Chromium on the rendered page) and the Nu Html Checker with no error (over the HTML the
 * server sent). New pages are audited as soon as a page links to them.
 * <p>
 * A page is audited once per route ({@code /products/{id}} once, not once per product),
 * so the crawl stays at a minute or so; each role's entry pages are always audited, as
 * what they show differs by role. Pages reached only through a form (checkout with an
 * error, the order after paying, sign-up with errors) are audited by explicit steps.
 * <p>
 * The crawl (fetching, the Nu checker, following links) runs in the test's thread; the
 * pages are opened and run through axe by {@value #AUDITORS} more browsers at once, each
 * carrying the signed-in browser's cookies, as axe is most of the time and one browser
 * uses one core.
 */
@FullStackTest
class AuditJourneyTests {

	/** Pages audited per role beyond its entry pages: a bound, not a target. */
	private static final int NEW_ROUTES_PER_ROLE = 80;

	/** Browsers that open pages and run axe side by side. */
	private static final int AUDITORS = 2;

	private static final Set<String> AXE_FAILING_IMPACTS = Set.of("serious", "critical");

	/**
	 * WCAG 2.5.3, a link's or button's name holds its visible text: experimental (off) in
	 * the axe-core that axe-core-selenium ships (4.11), on by default in axe-core 4.14,
	 * which outside audits run.
	 */
	private static final String LABEL_IN_NAME = "label-content-name-mismatch";

	/**
	 * Query parameters that make a different page; all others (page, sort, lang) are
	 * dropped.
	 */
	private static final Set<String> KEPT_PARAMETERS = Set.of("tab", "category", "q", "status", "copy", "line");

	/** Parameters whose value also tells pages apart (one tab is not another). */
	private static final Set<String> VALUED_PARAMETERS = Set.of("tab", "status");

	private static final Pattern DOWNLOAD = Pattern
		.compile(".*\\.(csv|xlsx|pdf|xml|txt|png|jpe?g|webp|svg|ico|js|css|json|zip)$");

	/** The browser that signs in, fills forms and holds the role's session. */
	static WebDriver browser;

	/** Browsers free to open a page and run axe on it, with the role's cookies. */
	static final BlockingQueue<WebDriver> auditors = new ArrayBlockingQueue<>(AUDITORS);

	static final List<WebDriver> allAuditors = new ArrayList<>();

	static ExecutorService auditing;

	static HtmlConformance nu;

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final Set<String> auditedRoutes = new HashSet<>();

	/** What is wrong, with the pages where it is. */
	private final Map<String, Set<String>> findings = new TreeMap<>();

	private final Map<String, String> audited = new LinkedHashMap<>();

	private List<PathPattern> getRoutes;

	/**
	 * Browser loads and axe runs under way; each is waited for before the session
	 * changes.
	 */
	private final List<Future<?>> pending = new ArrayList<>();

	/**
	 * Time spent in the Nu checker, loading pages in the browsers, and in axe (summed
	 * over the browsers).
	 */
	private final AtomicLongArray nanos = new AtomicLongArray(3);

	@BeforeAll
	static void start() {
		String axe = axeSource();
		browser = newBrowserWithAxe(axe);
		for (int i = 0; i < AUDITORS; i++) {
			WebDriver auditor = newBrowserWithAxe(axe);
			allAuditors.add(auditor);
			auditors.add(auditor);
		}
		auditing = Executors.newFixedThreadPool(AUDITORS);
		nu = new HtmlConformance();
	}

	/**
	 * A browser with axe-core in every page it opens, added by the browser itself before
	 * the page's own scripts: sent through the driver, its 550 KB went over twice per
	 * page (AxeBuilder injects it once more in legacy mode).
	 */
	private static WebDriver newBrowserWithAxe(String axe) {
		WebDriver browser = BrowserJourneyTests.newBrowser();
		// axe runs as an asynchronous script; Selenium's default 30 s ran out once in CI
		// while the machine was also running a full-stack test class under faketime.
		browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
		((HasCdp) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", axe));
		return browser;
	}

	/** The axe-core that axe-core-selenium ships. */
	private static String axeSource() {
		try {
			return new AxeBuilder().getAxeScriptProvider().getScript();
		}
		catch (IOException | OperationNotSupportedException ex) {
			throw new IllegalStateException("axe-core-selenium ships axe.min.js", ex);
		}
	}

	@AfterAll
	static void stop() {
		if (auditing != null) {
			auditing.shutdownNow();
		}
		allAuditors.forEach(WebDriver::quit);
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void everyPageOfEveryRolePassesAxeAndTheNuHtmlChecker() {
		// Signed-in roles first, so shared pages are audited with the richer header.
		logIn("shopper@example.com");
		putSomethingInTheCart();
		crawl("shopper", List.of("/", "/products?q=%EC%9B%90%EB%AA%A9", "/cart", "/checkout", "/orders", "/account",
				"/notifications", "/reviews/mine", "/wishlist", "/recent", "/questions/mine"));
		checkoutWithAMistakeThenPay();
		logOut();

		logIn("seller@example.com");
		crawl("seller", List.of("/seller"));
		logOut();

		logIn("admin@example.com");
		crawl("admin", List.of("/admin"));
		logOut();

		logIn("reviewer@example.com");
		crawl("reviewer", List.of("/admin"));
		logOut();

		logIn("ministry@example.com");
		crawl("ministry", List.of("/admin", "/admin/reports"));
		logOut();

		crawl("anonymous", List.of("/", "/login", "/signup", "/password/forgot", "/no-such-page-" + this.port));
		signUpWithNothingFilledIn();

		System.out.println("Audited " + this.audited.size() + " pages:\n  "
				+ this.audited.entrySet()
					.stream()
					.map((page) -> page.getValue() + " " + page.getKey())
					.collect(Collectors.joining("\n  ")));
		System.out.printf("Nu checker %d ms, browser loads %d ms, axe %d ms (summed over %d browsers)%n",
				this.nanos.get(0) / 1_000_000, this.nanos.get(1) / 1_000_000, this.nanos.get(2) / 1_000_000, AUDITORS);
		assertThat(this.audited).as("pages audited").hasSizeGreaterThan(40);
		assertThat(this.findings.entrySet()
			.stream()
			.map((finding) -> finding.getKey() + "\n      on " + String.join(", ", finding.getValue())))
			.as("axe serious/critical violations and Nu Html Checker errors")
			.isEmpty();
	}

	/**
	 * The checks can fail: a page with the faults the outside audit found fails both.
	 */
	@Test
	void theAuditFindsTheFaultsTheOutsideAuditFound() {
		String faulty = """
				<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>t</title></head><body><main>
				<a href="/cart">장바구니 <span class="badge" aria-label="3개">3</span></a>
				<img src="a.jpg" alt="" srcset="a.jpg 800w, b.jpg 800w" sizes="100vw">
				<div style="overflow:auto;height:50px"><table><tr><td>1</td></tr><tr><td>2</td></tr>
				<tr><td>3</td></tr><tr><td>4</td></tr><tr><td>5</td></tr></table></div>
				<a href="/x"><img src="x.jpg"></a></main></body></html>""";
		assertThat(nu.errors(faulty, "faulty.html")).anySatisfy((error) -> assertThat(error).contains("aria-label"))
			.anySatisfy((error) -> assertThat(error).contains("srcset"));

		browser.get("data:text/html;charset=utf-8," + faulty.replace("#", "%23"));
		assertThat(axeViolations(browser)).anySatisfy((violation) -> assertThat(violation).startsWith("link-name"))
			.anySatisfy((violation) -> assertThat(violation).startsWith("scrollable-region-focusable"));
	}

	private void crawl(String role, List<String> entryPages) {
		shareSession();
		Deque<String> queue = new ArrayDeque<>();
		Map<String, String> linkedFrom = new LinkedHashMap<>();
		int newRoutes = 0;
		for (String entry : entryPages) {
			audit(role, entry, null, true).forEach((link) -> enqueue(queue, linkedFrom, link, entry));
		}
		while (!queue.isEmpty() && newRoutes < NEW_ROUTES_PER_ROLE) {
			String path = queue.poll();
			if (!this.auditedRoutes.add(route(path))) {
				continue;
			}
			newRoutes++;
			audit(role, path, linkedFrom.get(path), false).forEach((link) -> enqueue(queue, linkedFrom, link, path));
		}
		awaitAudits();
	}

	/**
	 * The auditing browsers take the signed-in browser's cookies, so they see its
	 * session.
	 */
	private void shareSession() {
		Set<Cookie> cookies = browser.manage().getCookies();
		for (WebDriver auditor : allAuditors) {
			auditor.get(url("/robots.txt"));
			auditor.manage().deleteAllCookies();
			cookies.forEach(auditor.manage()::addCookie);
		}
	}

	/**
	 * Waits for every page handed to the auditing browsers, failing with what failed
	 * there.
	 */
	private void awaitAudits() {
		try {
			for (Future<?> audit : this.pending) {
				audit.get();
			}
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("auditing a page in a browser failed", ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		finally {
			this.pending.clear();
		}
	}

	private void enqueue(Deque<String> queue, Map<String, String> linkedFrom, String path, String from) {
		if (!this.auditedRoutes.contains(route(path)) && linkedFrom.putIfAbsent(path, from) == null) {
			queue.add(path);
		}
	}

	/**
	 * Fetches the page with the browser's session, checks its HTML, hands it to an
	 * auditing browser to open and run axe on, and returns the same-site links on it.
	 */
	private List<String> audit(String role, String path, String linkedFrom, boolean entryPage) {
		if (entryPage) {
			this.auditedRoutes.add(route(path));
		}
		HttpResponse<String> response = fetch(path);
		String type = response.headers().firstValue("Content-Type").orElse("");
		int status = response.statusCode();
		// A redirect (to log in, or to the page after an action) leads to a page audited
		// on its own.
		if ((status >= 300 && status < 400) || !type.startsWith("text/html")) {
			return List.of();
		}
		if (status >= 400 && !entryPage) {
			found("answered " + status + " (linked from " + linkedFrom + ")", role + " " + path);
		}
		String page = role + " " + path;
		this.audited.put(page, String.valueOf(status));
		long start = System.nanoTime();
		nu.errors(response.body(), path).forEach((error) -> found("nu " + error, page));
		this.nanos.addAndGet(0, System.nanoTime() - start);
		String url = url(path);
		this.pending.add(auditing.submit(() -> inAnAuditor((auditor) -> {
			long opening = System.nanoTime();
			auditor.get(url);
			long loaded = System.nanoTime();
			// Sent elsewhere (to sign in) would mean the session was not shared.
			assertThat(URI.create(auditor.getCurrentUrl()).getPath()).as(page).isEqualTo(URI.create(url).getPath());
			axeViolations(auditor).forEach((violation) -> found("axe " + violation, page));
			this.nanos.addAndGet(1, loaded - opening);
			this.nanos.addAndGet(2, System.nanoTime() - loaded);
		})));
		return Jsoup.parse(response.body(), url(path))
			.select("a[href]")
			.stream()
			.map((link) -> link.absUrl("href"))
			.map(this::sameSitePath)
			.flatMap(Optional::stream)
			.toList();
	}

	private static void inAnAuditor(Consumer<WebDriver> work) {
		WebDriver auditor;
		try {
			auditor = auditors.take();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		try {
			work.accept(auditor);
		}
		finally {
			auditors.add(auditor);
		}
	}

	/** Violations of serious or critical impact, as "rule target (help)". */
	private static List<String> axeViolations(WebDriver browser) {
		List<String> violations = new ArrayList<>();
		// One axe.run in the page: the mall has no frames, and the default (partial runs
		// joined in a new blank window) costs a window per page. axe is already in the
		// page (start), so the builder does not send it.
		AxeRunOptions violationsOnly = new AxeRunOptions();
		violationsOnly.setResultTypes(List.of("violations"));
		violationsOnly.setRules(Map.of(LABEL_IN_NAME, enabled()));
		AxeBuilder axe = new AxeBuilder().setLegacyMode(true).disableIframeTesting().withOptions(violationsOnly);
		axe.setInjectAxe(AuditJourneyTests::axeIsInThePage, false);
		for (Rule rule : axe.analyze(browser).getViolations()) {
			if (AXE_FAILING_IMPACTS.contains(rule.getImpact())) {
				for (CheckedNode node : rule.getNodes()) {
					violations.add(rule.getId() + " " + node.getTarget() + " (" + rule.getHelp() + ")");
				}
			}
		}
		return violations;
	}

	private static AxeRuleOptions enabled() {
		AxeRuleOptions enabled = new AxeRuleOptions();
		enabled.setEnabled(true);
		return enabled;
	}

	private static void axeIsInThePage(WebDriver browser) {
		assertThat(((JavascriptExecutor) browser).executeScript("return typeof axe")).as("axe in the page")
			.isEqualTo("object");
	}

	private HttpResponse<String> fetch(String path) {
		String cookies = browser.manage()
			.getCookies()
			.stream()
			.map((cookie) -> cookie.getName() + "=" + cookie.getValue())
			.collect(Collectors.joining("; "));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
			.header("Accept", "text/html")
			.header("Accept-Language", "ko-KR,ko;q=0.9");
		if (!cookies.isEmpty()) {
			request.header("Cookie", cookies);
		}
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException("GET " + path + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The link as a path with the parameters that matter, if it is a page of this mall:
	 * not another site, not a download, not logging out.
	 */
	private Optional<String> sameSitePath(String href) {
		UriComponents link = UriComponentsBuilder.fromUriString(href).build();
		if (!"localhost".equals(link.getHost()) || link.getPort() != this.port || link.getPath() == null) {
			return Optional.empty();
		}
		String path = link.getPath();
		if (path.startsWith("/logout") || DOWNLOAD.matcher(path.toLowerCase()).matches()) {
			return Optional.empty();
		}
		UriComponentsBuilder kept = UriComponentsBuilder.fromPath(path);
		link.getQueryParams().forEach((name, values) -> {
			if (KEPT_PARAMETERS.contains(name) && !values.isEmpty()) {
				kept.queryParam(name, values.get(0));
			}
		});
		return Optional.of(kept.build().toUriString());
	}

	/**
	 * What makes two pages the same page: the controller route they match
	 * ({@code /stores/{slug}}) and the kept parameters that change the page.
	 */
	private String route(String path) {
		UriComponents link = UriComponentsBuilder.fromUriString(path).build();
		PathContainer container = PathContainer.parsePath(link.getPath());
		String route = getRoutes().stream()
			.filter((pattern) -> pattern.matches(container))
			.min(PathPattern.SPECIFICITY_COMPARATOR)
			.map(PathPattern::getPatternString)
			.orElseGet(() -> link.getPath().replaceAll("/\\d+(?=/|$)", "/{id}"));
		String parameters = link.getQueryParams()
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map((parameter) -> VALUED_PARAMETERS.contains(parameter.getKey())
					? parameter.getKey() + "=" + parameter.getValue().get(0) : parameter.getKey())
			.collect(Collectors.joining("&"));
		return parameters.isEmpty() ? route : route + "?" + parameters;
	}

	private List<PathPattern> getRoutes() {
		if (this.getRoutes == null) {
			this.getRoutes = this.handlerMapping.getHandlerMethods()
				.keySet()
				.stream()
				.filter((mapping) -> mapping.getMethodsCondition().getMethods().isEmpty()
						|| mapping.getMethodsCondition().getMethods().contains(RequestMethod.GET))
				.filter((mapping) -> mapping.getPathPatternsCondition() != null)
				.flatMap((mapping) -> mapping.getPathPatternsCondition().getPatterns().stream())
				.sorted(Comparator.comparing(PathPattern::getPatternString))
				.toList();
		}
		return this.getRoutes;
	}

	private void putSomethingInTheCart() {
		open("/stores/park-woodshop");
		browser.findElement(By.cssSelector("main .product-card a")).click();
		browser.findElement(By.cssSelector(".buy-form button.secondary")).click();
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions
			.textToBePresentInElementLocated(By.cssSelector("#cart-feedback .notice"), "장바구니에 담았습니다"));
		// The mini cart opens on wide screens only; audit the product page with the
		// feedback shown.
		auditRenderedPage("shopper", "product page after adding to the cart");
	}

	/**
	 * The checkout re-rendered with an error, then the order page a shopper lands on
	 * after paying. These come from a POST, so the browser's copy of the HTML is checked.
	 */
	private void checkoutWithAMistakeThenPay() {
		open("/checkout");
		browser.findElement(By.id("cardNumber")).sendKeys("4242");
		browser.findElement(By.cssSelector(".checkout-form button[type=submit]")).click();
		auditRenderedPage("shopper", "checkout with a wrong card number");
		open("/checkout");
		browser.findElement(By.id("cardNumber")).sendKeys("4242 4242 4242 4242");
		browser.findElement(By.id("cardExpiry")).sendKeys(TestCards.EXPIRY);
		browser.findElement(By.cssSelector(".checkout-form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.not(ExpectedConditions.urlContains("/checkout")));
		auditRenderedPage("shopper", "after paying " + browser.getCurrentUrl().replaceAll("^https?://[^/]+", ""));
	}

	private void signUpWithNothingFilledIn() {
		open("/signup");
		browser.findElement(By.cssSelector("main form")).submit();
		auditRenderedPage("anonymous", "sign-up with nothing filled in");
	}

	private void auditRenderedPage(String role, String what) {
		String page = role + " " + what;
		this.audited.put(page, "form");
		nu.errors("<!DOCTYPE html>" + browser.getPageSource(), what).forEach((error) -> found("nu " + error, page));
		axeViolations(browser).forEach((violation) -> found("axe " + violation, page));
	}

	/** Records a fault once however many pages show it (the header is on all of them). */
	private void found(String fault, String page) {
		synchronized (this.findings) {
			this.findings.computeIfAbsent(fault.replaceFirst("^nu \\d+:\\d+ ", "nu "), (key) -> new TreeSet<>())
				.add(page);
		}
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private void open(String path) {
		browser.get(url(path));
	}

	private void logIn(String email) {
		open("/login?lang=ko");
		browser.findElement(By.id("email")).sendKeys(email);
		browser.findElement(By.id("password")).sendKeys("valuemall-demo");
		browser.findElement(By.cssSelector("main form.form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".greeting")));
	}

	private void logOut() {
		open("/?lang=ko");
		browser.findElement(By.cssSelector(".account-menu form button")).click();
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(By.linkText("로그인")));
	}

}
