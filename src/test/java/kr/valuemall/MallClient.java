package kr.valuemall;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A visitor with a cookie jar, talking HTTP to the running mall the way a browser without
 * JavaScript would: forms carry the CSRF token of the page they came from.
 */
public class MallClient {

	private static final String HTML = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";

	private final String base;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http;

	public MallClient(int port) {
		this("localhost", port);
	}

	/**
	 * A visitor reaching the mall at another host name of this machine, so that it comes
	 * from another client address ({@code [::1]} rather than {@code 127.0.0.1}).
	 */
	public MallClient(String host, int port) {
		this.base = "http://" + host + ":" + port;
		this.http = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	public Page get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).header("Accept", HTML).GET());
	}

	/** Posts a form as if submitted from {@code formPage}, whose CSRF token it takes. */
	public Page post(String path, Page formPage, Map<String, String> fields) {
		Map<String, String> all = new LinkedHashMap<>(fields);
		String token = formPage.document().select("input[name=_csrf]").val();
		all.put("_csrf", token);
		String body = all.entrySet()
			.stream()
			.map((entry) -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", HTML)
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	public Optional<String> cookie(String name) {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst();
	}

	public void setCookie(String name, String value) {
		this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals(name))
			.toList()
			.forEach((cookie) -> this.cookies.getCookieStore().remove(null, cookie));
		HttpCookie cookie = new HttpCookie(name, value);
		cookie.setPath("/");
		cookie.setVersion(0);
		this.cookies.getCookieStore().add(URI.create(this.base), cookie);
	}

	public Page logIn(String email, String password) {
		Page login = get("/login");
		return post("/login", login, Map.of("email", email, "password", password));
	}

	private Page send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.http.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Page(response.statusCode(), response, Jsoup.parse(response.body()));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	public record Page(int status, HttpResponse<String> response, Document document) {

		public String text() {
			return this.document.text();
		}

		public String header(String name) {
			return this.response.headers().firstValue(name).orElse(null);
		}

		public String location() {
			return header("Location");
		}

	}

}
