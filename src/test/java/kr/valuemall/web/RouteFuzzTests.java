package kr.valuemall.web;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import kr.valuemall.FullStackTest;
import kr.valuemall.MallClient;
import kr.valuemall.MallClient.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route of the mall, read from Spring MVC's handler mappings, sent malformed input
 * as every kind of visitor: path variables of existing and impossible ids, parameters of
 * junk (blank, NUL, far too long, numbers past their type, years java.time cannot hold),
 * bodies of the wrong or a broken content type, and cookies that are not what the mall
 * set. Nothing may answer 5xx, show a stack trace or SQL, or show the servlet container's
 * own page instead of the mall's.
 * <p>
 * The test shares the demo database with the other full-stack tests, so what it posts
 * cannot change what they rely on: the shopper is one it signs up itself; as the demo
 * seller and staff it posts only values no form accepts (blank, a NUL, 6,000 characters)
 * to addresses whose ids do not exist; account deletion, log-out and the report rebuild
 * are not sent at all. The number of requests is bounded (a few thousand, well under a
 * minute on a quiet machine).
 */
@FullStackTest
class RouteFuzzTests {

	/** Routes not sent: staged failures of the tests, and what ends or rebuilds. */
	private static final Set<String> NOT_SENT = Set.of("/account/delete", "/logout", "/admin/reports/rebuild");

	/** Routes that would change a shared demo account's state even with junk. */
	private static final Set<String> NOT_SENT_AS_DEMO = Set.of("/notifications/read", "/account/verify/resend");

	private static final String LONG = "x".repeat(6000);

	/** No form accepts these in every field at once. */
	private static final List<String> REFUSED_EVERYWHERE = List.of("", "\u0000", LONG);

	private static final List<String> JUNK = List.of("", "\u0000", LONG, "-1", "abc", "2147483648",
			"99999999999999999999", "-999999999-01-01", "+999999999-12-31", "\t", "true\u0000x", "%", "１２", "1e3",
			"<script>alert(1)</script>", "' OR 1=1 --", "가".repeat(300), "2026-02-30", "-0", "NaN");

	/** Path variables for reading: ids that exist in the demo and ones that cannot. */
	private static final List<String> PATH_VALUES_TO_READ = List.of("1", "2", "3", "0", "-1", "99999999999999999999",
			"abc", "%20", "2026-11-01", "-999999999-01-01", "%EA%B0%80");

	/** Path variables for posting: none names a thing that exists. */
	private static final List<String> PATH_VALUES_TO_POST = List.of("0", "-1", "99999999999999999999", "abc",
			"-999999999-01-01", "%20");

	private static final List<String> TEXT_LEAKS = List.of("at kr.valuemall", "Exception", "SELECT ", "org.postgresql",
			"Apache Tomcat", "HTTP Status ", "Whitelabel");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final Random random = new Random(19);

	@Test
	void noRouteAnswersMalformedInputWithAFailure() throws Exception {
		List<Route> routes = routes();
		assertThat(routes).as("routes read from the handler mappings").hasSizeGreaterThan(100);
		List<Visitor> visitors = List.of(Visitor.anonymous(this.port), freshShopper(), demo("seller@example.com"),
				demo("admin@example.com"), demo("reviewer@example.com"), demo("ministry@example.com"));
		List<HttpRequest> requests = new ArrayList<>();
		for (Visitor visitor : visitors) {
			for (Route route : routes) {
				requests.addAll(requests(route, visitor));
			}
		}
		List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
		long started = System.nanoTime();
		// a few at a time, as visitors come: the machine's cores are few
		java.util.concurrent.ExecutorService senders = java.util.concurrent.Executors.newFixedThreadPool(3);
		try {
			for (HttpRequest request : requests) {
				senders.execute(() -> check(request, failures));
			}
		}
		finally {
			senders.shutdown();
			assertThat(senders.awaitTermination(5, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
		}
		int sent = requests.size() + sendMalformedCookiesAndTypes(failures);
		long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
		System.out.printf("RouteFuzzTests: %d routes, %d requests in %d s, %d failures%n", routes.size(), sent, seconds,
				failures.size());
		assertThat(sent).as("bounded").isBetween(1000, 6000);
		assertThat(failures).isEmpty();
	}

	private List<Route> routes() {
		Set<Route> routes = new LinkedHashSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			List<String> names = parameterNames(entry.getValue());
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/test/") || pattern.startsWith("/error") || NOT_SENT.contains(pattern)) {
					continue;
				}
				if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
					routes.add(new Route("GET", pattern, names));
				}
				if (methods.contains(RequestMethod.POST)) {
					routes.add(new Route("POST", pattern, names));
				}
			}
		}
		return new ArrayList<>(routes);
	}

	/** The request parameters a handler reads, and the fields of the forms it binds. */
	private static List<String> parameterNames(HandlerMethod handler) {
		Set<String> names = new TreeSet<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
			RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
			Class<?> type = parameter.getParameterType();
			if (requestParam != null) {
				String name = !requestParam.name().isEmpty() ? requestParam.name() : parameter.getParameterName();
				if (name != null) {
					names.add(name);
				}
			}
			else if (type.isRecord()) {
				for (RecordComponent component : type.getRecordComponents()) {
					names.add(component.getName());
				}
			}
			else if (!BeanUtils.isSimpleProperty(type) && !type.getName().startsWith("jakarta.")
					&& !type.getName().startsWith("org.springframework.") && !type.getName().startsWith("java.")) {
				for (var property : BeanUtils.getPropertyDescriptors(type)) {
					if (property.getWriteMethod() != null) {
						names.add(property.getName());
					}
				}
			}
		}
		names.add("lang");
		names.add("page");
		return List.copyOf(names);
	}

	private List<HttpRequest> requests(Route route, Visitor visitor) {
		List<HttpRequest> requests = new ArrayList<>();
		boolean shared = visitor.shared();
		if (route.method().equals("GET")) {
			requests.add(get(visitor, path(route.pattern(), PATH_VALUES_TO_READ), query(route.parameters(), JUNK)));
			if (!shared) {
				requests.add(get(visitor, path(route.pattern(), PATH_VALUES_TO_READ), query(route.parameters(), JUNK)));
			}
			return requests;
		}
		if (shared && NOT_SENT_AS_DEMO.contains(route.pattern())) {
			return requests;
		}
		List<String> values = shared ? REFUSED_EVERYWHERE : JUNK;
		String path = path(route.pattern(), PATH_VALUES_TO_POST);
		requests.add(post(visitor, path, "application/x-www-form-urlencoded", query(route.parameters(), values)));
		requests.add(post(visitor, path, "multipart/form-data; boundary=fuzz", multipart(route.parameters(), values)));
		String[][] broken = { { "multipart/form-data", "garbage" }, { "multipart/form-data; boundary=", "--\r\n" },
				{ "multipart/form-data; boundary=zz", "--zz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb" },
				{ "application/x-www-form-urlencoded", "a=%zz&b=%" }, { "application/json", "{\"a\":" },
				{ "text/plain", "\u0000\u0001" }, { "application/x-www-form-urlencoded; charset=nope", "a=b" } };
		String[] chosen = broken[this.random.nextInt(broken.length)];
		requests.add(post(visitor, path, chosen[0], chosen[1]));
		return requests;
	}

	/** Odd cookies and content types on the pages every visitor meets. */
	private int sendMalformedCookiesAndTypes(List<String> failures) {
		String[] cookies = { "lang=%00", "lang=" + "a".repeat(300), "lang=fr", "lang=", "SESSION=AAAA", "SESSION=AA==",
				"SESSION=%%%", "SESSION=" + "A".repeat(300), "XSRF-TOKEN=%00", "lang=en; lang=ko", "SESSION=\"\"",
				"=;;=;" };
		String[] paths = { "/", "/products", "/login", "/signup", "/cart", "/orders", "/admin", "/seller/products",
				"/no-such-page", "/products/1" };
		int sent = 0;
		for (String cookie : cookies) {
			for (String path : paths) {
				check(base(path).header("Cookie", cookie).GET().build(), failures);
				sent++;
			}
			check(base("/signup").header("Cookie", cookie)
				.header("Content-Type", "multipart/form-data")
				.POST(HttpRequest.BodyPublishers.ofString("x"))
				.build(), failures);
			sent++;
		}
		// addresses no URI class lets through: sent as bytes
		for (String target : new String[] { "/products?q=%zz", "/products?page=%", "/%00", "/products/1%00",
				"/products/%C0%AF", "/login?lang=%", "/admin/reports?from=%zz" }) {
			RawAnswer answer = RawAnswer.of(this.port, "GET " + target + " HTTP/1.1");
			sent++;
			if (answer.status() >= 500 || TEXT_LEAKS.stream().anyMatch(answer.body()::contains)) {
				failures.add("GET " + target + ": " + answer.status() + " "
						+ answer.body().substring(0, Math.min(200, answer.body().length())));
			}
		}
		return sent;
	}

	private void check(HttpRequest request, List<String> failures) {
		HttpResponse<byte[]> response;
		try {
			response = this.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			failures.add(request.method() + " " + request.uri() + ": no answer (" + ex + ")");
			return;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		String what = request.method() + " " + request.uri() + " as "
				+ request.headers().firstValue("X-Fuzz-Visitor").orElse("?");
		if (response.statusCode() >= 500) {
			failures.add(what + ": " + response.statusCode());
			return;
		}
		String type = response.headers().firstValue("Content-Type").orElse("");
		if (type.isEmpty() || type.startsWith("text/") || type.contains("json") || type.contains("xml")) {
			String body = new String(response.body(), StandardCharsets.UTF_8);
			for (String leak : TEXT_LEAKS) {
				if (body.contains(leak)) {
					failures.add(what + ": " + response.statusCode() + " shows \"" + leak + "\"");
					return;
				}
			}
		}
	}

	private HttpRequest get(Visitor visitor, String path, String query) {
		return visitor.sign(base(path + (query.isEmpty() ? "" : "?" + query)), false).GET().build();
	}

	private HttpRequest post(Visitor visitor, String path, String contentType, String body) {
		return visitor.sign(base(path), true)
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
	}

	private HttpRequest.Builder base(String pathAndQuery) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + pathAndQuery))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
	}

	/**
	 * The pattern with each variable (its regular expression may hold braces) replaced.
	 */
	private String path(String pattern, List<String> values) {
		StringBuilder path = new StringBuilder();
		int depth = 0;
		for (char c : pattern.replace("/**", "/x/y").toCharArray()) {
			if (c == '{') {
				if (depth++ == 0) {
					path.append(pick(values));
				}
			}
			else if (c == '}') {
				depth--;
			}
			else if (depth == 0) {
				path.append((c == '*') ? 'x' : c);
			}
		}
		return path.toString();
	}

	private String query(List<String> names, List<String> values) {
		List<String> pairs = new ArrayList<>();
		for (String name : names) {
			pairs.add(encode(name) + "=" + encode(pick(values)));
		}
		return String.join("&", pairs);
	}

	private String multipart(List<String> names, List<String> values) {
		StringBuilder body = new StringBuilder();
		for (String name : names) {
			body.append("--fuzz\r\nContent-Disposition: form-data; name=\"")
				.append(name)
				.append("\"\r\n\r\n")
				.append(pick(values))
				.append("\r\n");
		}
		body.append("--fuzz\r\nContent-Disposition: form-data; name=\"images\"; filename=\"a.jpg\"\r\n")
			.append("Content-Type: image/jpeg\r\n\r\nnot a picture\r\n--fuzz--\r\n");
		return body.toString();
	}

	private String pick(List<String> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private Visitor freshShopper() {
		MallClient client = new MallClient(this.port);
		String email = "fuzz-" + System.nanoTime() + "@example.com";
		Page signedUp = client.post("/signup", client.get("/signup"),
				Map.of("email", email, "password", "fuzz-harbour-19", "passwordConfirm", "fuzz-harbour-19", "name",
						"퍼즈", "phone", "010-1919-1919", "agreeToTerms", "true", "agreeToPrivacy", "true"));
		assertThat(signedUp.status()).isEqualTo(302);
		client.logIn(email, "fuzz-harbour-19");
		return Visitor.of("fresh shopper", client, false);
	}

	private Visitor demo(String email) {
		MallClient client = new MallClient(this.port);
		assertThat(client.logIn(email, "valuemall-demo").location()).doesNotContain("error");
		return Visitor.of(email, client, true);
	}

	/** An answer to a request written byte by byte, for what URI refuses to build. */
	record RawAnswer(int status, String body) {

		static RawAnswer of(int port, String requestLine) {
			try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
				socket.setSoTimeout(30_000);
				socket.getOutputStream()
					.write((requestLine + "\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n\r\n")
						.getBytes(StandardCharsets.ISO_8859_1));
				String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
				int status = Integer.parseInt(answer.substring(9, 12));
				int bodyStart = answer.indexOf("\r\n\r\n");
				return new RawAnswer(status, (bodyStart >= 0) ? answer.substring(bodyStart + 4) : "");
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

	record Route(String method, String pattern, List<String> parameters) {

	}

	/**
	 * A visitor's cookies and CSRF token, sent by hand so that any request can be odd.
	 */
	record Visitor(String name, String cookies, String csrf, boolean shared) {

		/** A visitor who opened the sign-up page: a CSRF token, no session. */
		static Visitor anonymous(int port) {
			return of("anonymous", new MallClient(port), false);
		}

		static Visitor of(String name, MallClient client, boolean shared) {
			String csrf = "";
			for (String page : new String[] { "/", "/cart", "/account", "/signup" }) {
				csrf = client.get(page).document().select("input[name=_csrf]").val();
				if (!csrf.isEmpty()) {
					break;
				}
			}
			StringBuilder cookies = new StringBuilder();
			for (String cookie : new String[] { "SESSION", "XSRF-TOKEN" }) {
				client.cookie(cookie)
					.ifPresent((value) -> cookies.append(cookie).append('=').append(value).append("; "));
			}
			return new Visitor(name, cookies.toString(), csrf, shared);
		}

		HttpRequest.Builder sign(HttpRequest.Builder request, boolean post) {
			request.header("X-Fuzz-Visitor", this.name);
			if (!this.cookies.isEmpty()) {
				request.header("Cookie", this.cookies);
			}
			if (post && !this.csrf.isEmpty()) {
				request.header("X-XSRF-TOKEN", this.csrf);
			}
			return request;
		}

	}

}
