import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checkout load driver (issue 20 item 4), run by checkout-load.sh with Java's
 * single-file launcher. Each of N shoppers signs in once (Argon2 is paid once per
 * shopper, as a real shopper signs in once per visit), then, until the time is up, buys
 * one product at once (the product page's 바로 구매 puts it in the cart and goes on to the
 * checkout), opens the checkout page and pays with the sandbox card, as the browser does.
 * Counts checkouts that ended on the order page, and reads the CPU time (utime + stime of
 * /proc/PID/stat) of the mall, of its PostgreSQL backends and of this driver itself before
 * and after the measured window: on one machine the three share its cores.
 *
 * Options: --base URL --shoppers N --email FORMAT (String.format with the shopper's
 * number from 1) --password P --products ID,ID,... --seconds S --warmup S --pid PID
 * --pg-pids PID,PID,... (the PostgreSQL backends serving the mall, for their CPU time)
 */
public class CheckoutLoad {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	static final Pattern KEY = Pattern.compile("id=\"key\"\\s+name=\"key\"\\s+value=\"([^\"]*)\"");

	static final Pattern TOTAL = Pattern.compile("id=\"expectedTotal\"\\s+name=\"expectedTotal\"\\s+value=\"([^\"]*)\"");

	static final Pattern QUOTED = Pattern
		.compile("id=\"quotedPostalCode\"\\s+name=\"quotedPostalCode\"\\s+value=\"([^\"]*)\"");

	static final Pattern SAVED = Pattern.compile("name=\"addressId\"\\s+value=\"(\\d+)\"");

	static final Map<String, LongAdder> problems = new ConcurrentHashMap<>();

	public static void main(String[] args) throws Exception {
		Map<String, String> o = new LinkedHashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		String base = o.getOrDefault("base", "http://127.0.0.1:8150");
		int shoppers = Integer.parseInt(o.getOrDefault("shoppers", "16"));
		String email = o.getOrDefault("email", "bench-checkout-%03d@example.com");
		String password = o.getOrDefault("password", "valuemall-demo");
		long[] products = Arrays.stream(o.getOrDefault("products", "1").split(",")).mapToLong(Long::parseLong).toArray();
		int seconds = Integer.parseInt(o.getOrDefault("seconds", "30"));
		int warmup = Integer.parseInt(o.getOrDefault("warmup", "10"));
		String pid = o.get("pid");
		List<String> pgPids = o.containsKey("pg-pids") ? List.of(o.get("pg-pids").split(",")) : List.of();

		// One idle kept-alive connection per shopper between its requests (the JDK keeps 5 a
		// host unless told, and would open a new connection for the others).
		System.setProperty("http.maxConnections", Integer.toString(Math.max(5, shoppers)));
		List<Shopper> all = new ArrayList<>();
		for (int i = 1; i <= shoppers; i++) {
			all.add(new Shopper(base, String.format(email, i), password, products[(i - 1) % products.length]));
		}
		long signIn = System.nanoTime();
		all.parallelStream().forEach(Shopper::signIn);
		System.out.printf("signed in %d shoppers in %.1f s%n", shoppers, (System.nanoTime() - signIn) / 1e9);

		AtomicBoolean measuring = new AtomicBoolean(false);
		AtomicBoolean stop = new AtomicBoolean(false);
		LongAdder placed = new LongAdder();
		LongAdder failed = new LongAdder();
		List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
		CountDownLatch done = new CountDownLatch(shoppers);
		for (Shopper shopper : all) {
			Thread thread = new Thread(() -> {
				try {
					while (!stop.get()) {
						long start = System.nanoTime();
						boolean ok = shopper.checkOut();
						if (measuring.get()) {
							if (ok) {
								placed.increment();
								latencies.add(System.nanoTime() - start);
							}
							else {
								failed.increment();
							}
						}
					}
				}
				finally {
					done.countDown();
				}
			});
			thread.setDaemon(true);
			thread.start();
		}
		Thread.sleep(warmup * 1000L);
		long cpuBefore = cpuTicks(pid);
		long jitBefore = jitTicks(pid);
		long pgBefore = cpuTicks(pgPids);
		long driverBefore = cpuTicks("self");
		long t0 = System.nanoTime();
		measuring.set(true);
		Thread.sleep(seconds * 1000L);
		measuring.set(false);
		long t1 = System.nanoTime();
		long cpuAfter = cpuTicks(pid);
		long jitAfter = jitTicks(pid);
		long pgAfter = cpuTicks(pgPids);
		long driverAfter = cpuTicks("self");
		stop.set(true);
		done.await();
		double elapsed = (t1 - t0) / 1e9;
		long n = placed.sum();
		System.out.printf("shoppers %d, measured %.1f s after %d s warm-up%n", shoppers, elapsed, warmup);
		System.out.printf("checkouts placed: %d (%.1f/s), failed: %d%n", n, n / elapsed, failed.sum());
		if (!latencies.isEmpty()) {
			long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
			System.out.printf("one checkout (add to cart + checkout page + pay): p50 %.0f ms, p99 %.0f ms%n",
					sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6);
		}
		if (pid != null && n > 0) {
			double cpu = (cpuAfter - cpuBefore) / 100.0;
			System.out.printf("app CPU: %.1f s over the window = %.4f CPU-s per checkout%n", cpu, cpu / n);
			// A JVM still compiling (a new one, or one starved of CPU on a busy machine)
			// spends much of its time in the JIT compiler threads: shown apart, since it ends
			// once the code is compiled.
			double jit = (jitAfter - jitBefore) / 100.0;
			System.out.printf("  of which JIT compiler threads: %.1f s; without them %.4f CPU-s per checkout%n", jit,
					(cpu - jit) / n);
		}
		if (!pgPids.isEmpty() && n > 0) {
			double cpu = (pgAfter - pgBefore) / 100.0;
			System.out.printf("PostgreSQL CPU (%d backends of the mall): %.1f s = %.4f CPU-s per checkout%n",
					pgPids.size(), cpu, cpu / n);
		}
		if (n > 0) {
			// This driver runs on the same cores as the mall and PostgreSQL: its share of
			// them is not the mall's to use.
			double cpu = (driverAfter - driverBefore) / 100.0;
			System.out.printf("this driver's own CPU: %.1f s = %.4f CPU-s per checkout%n", cpu, cpu / n);
		}
		problems.forEach((what, count) -> System.out.printf("problem %s: %d%n", what, count.sum()));
	}

	static long cpuTicks(String pid) throws Exception {
		if (pid == null) {
			return 0;
		}
		String stat = Files.readString(Path.of("/proc", pid, "stat"));
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		// fields[0] is field 3 (state): utime is field 14, stime field 15
		return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
	}

	/** CPU ticks of the JVM's JIT compiler threads (C1, C2). */
	static long jitTicks(String pid) throws Exception {
		if (pid == null) {
			return 0;
		}
		long sum = 0;
		try (var tasks = Files.list(Path.of("/proc", pid, "task"))) {
			for (Path task : tasks.toList()) {
				try {
					String name = Files.readString(task.resolve("comm")).strip();
					if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
						String stat = Files.readString(task.resolve("stat"));
						String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
						sum += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
					}
				}
				catch (java.io.IOException gone) {
					// a thread that ended meanwhile
				}
			}
		}
		return sum;
	}

	static long cpuTicks(List<String> pids) throws Exception {
		long sum = 0;
		for (String one : pids) {
			try {
				sum += cpuTicks(one);
			}
			catch (java.io.IOException gone) {
				// a backend that ended: its time is lost to the count
			}
		}
		return sum;
	}

	static void problem(String what) {
		problems.computeIfAbsent(what, (k) -> new LongAdder()).increment();
	}

	static final class Shopper {

		/** A mall that stops answering ends the run with errors instead of hanging it. */
		static final Duration TIMEOUT = Duration.ofSeconds(60);

		final String base;

		final String email;

		final String password;

		final long product;

		final CookieManager cookies = new CookieManager();

		String csrf;

		Shopper(String base, String email, String password, long product) {
			this.base = base;
			this.email = email;
			this.password = password;
			this.product = product;
		}

		void signIn() {
			try {
				this.csrf = csrfOf(get("/login").body());
				Answer answer = post("/login", Map.of("email", this.email, "password", this.password));
				String location = answer.location();
				if (answer.status() != 302 || location.contains("error")) {
					throw new IllegalStateException("sign-in of " + this.email + " failed: " + answer.status()
							+ " " + location);
				}
				this.csrf = csrfOf(get("/cart").body());
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}

		boolean checkOut() {
			try {
				// The product page's 바로 구매 (buy now): into the cart and on to the checkout.
				// (Its other button goes back to the product page with a note kept in the
				// session for that page; a client that never opened the page would pile
				// such notes up in its session.)
				Answer added = post("/cart/items",
						Map.of("productId", Long.toString(this.product), "quantity", "1", "buyNow", ""));
				if (added.status() != 302 || !added.location().endsWith("/checkout")) {
					problem("buy now " + added.status());
					return false;
				}
				Answer page = get("/checkout");
				if (page.status() != 200) {
					problem("checkout page " + page.status());
					return false;
				}
				String html = page.body();
				this.csrf = csrfOf(html);
				Map<String, String> form = new LinkedHashMap<>();
				form.put("key", find(KEY, html));
				form.put("expectedTotal", find(TOTAL, html));
				form.put("quotedPostalCode", find(QUOTED, html));
				form.put("appliedCoupon", "");
				form.put("couponCode", "");
				Matcher saved = SAVED.matcher(html);
				if (saved.find()) {
					form.put("addressId", saved.group(1));
				}
				else {
					form.put("addressId", "");
					form.put("recipient", "부하 시험");
					form.put("phone", "010-1234-5678");
					form.put("postalCode", "04524");
					form.put("address1", "서울특별시 중구 세종대로 110");
					form.put("address2", "1층");
				}
				form.put("deliveryNote", "");
				form.put("paymentMethod", "CARD");
				form.put("cardNumber", "4242 4242 4242 4242");
				form.put("cardExpiry", "12/39");
				Answer paid = post("/checkout", form);
				String location = paid.location();
				// The order-complete page (/orders/{number}/complete) says it was placed.
				if (paid.status() == 302 && location.matches(".*/orders/[^/?]+/complete")) {
					return true;
				}
				problem("pay " + paid.status() + " " + location.replaceAll("/orders/[^/?]+", "/orders/N"));
				if (paid.status() == 200) {
					this.csrf = csrfOf(paid.body());
				}
				return false;
			}
			catch (Exception ex) {
				problem(ex.getClass().getSimpleName());
				return false;
			}
		}

		Answer get(String path) throws Exception {
			return send("GET", path, null);
		}

		Answer post(String path, Map<String, String> fields) throws Exception {
			StringBuilder body = new StringBuilder("_csrf=").append(enc(this.csrf));
			fields.forEach((k, v) -> body.append('&').append(enc(k)).append('=').append(enc(v)));
			return send("POST", path, body.toString().getBytes(StandardCharsets.UTF_8));
		}

		/**
		 * One request with the JDK's blocking HttpURLConnection on a kept-alive connection,
		 * the shopper's cookies kept by its own CookieManager. (Java's HttpClient took
		 * 0.010-0.013 CPU-s a checkout of the cores the mall runs on; this takes about half.)
		 */
		Answer send(String method, String path, byte[] form) throws Exception {
			URI uri = URI.create(this.base + path);
			HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
			connection.setInstanceFollowRedirects(false);
			connection.setConnectTimeout(5_000);
			connection.setReadTimeout((int) TIMEOUT.toMillis());
			connection.setRequestMethod(method);
			this.cookies.get(uri, Map.of())
				.forEach((name, values) -> values.forEach((value) -> connection.addRequestProperty(name, value)));
			if (form != null) {
				connection.setDoOutput(true);
				connection.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
				connection.setFixedLengthStreamingMode(form.length);
				try (OutputStream out = connection.getOutputStream()) {
					out.write(form);
				}
			}
			int status = connection.getResponseCode();
			this.cookies.put(uri, connection.getHeaderFields());
			String location = connection.getHeaderField("Location");
			InputStream in = (status >= 400) ? connection.getErrorStream() : connection.getInputStream();
			String body = "";
			if (in != null) {
				try (in) {
					// Read to the end, so the connection goes back to be kept alive.
					body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
			return new Answer(status, (location != null) ? location : "", body);
		}

		record Answer(int status, String location, String body) {
		}

		static String enc(String s) {
			return URLEncoder.encode(s, StandardCharsets.UTF_8);
		}

		static String csrfOf(String html) {
			return find(CSRF, html);
		}

		static String find(Pattern pattern, String html) {
			Matcher m = pattern.matcher(html);
			if (!m.find()) {
				throw new IllegalStateException("not on the page: " + pattern);
			}
			return m.group(1);
		}

	}

}
