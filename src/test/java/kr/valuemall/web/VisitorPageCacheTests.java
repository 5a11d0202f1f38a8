package kr.valuemall.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;
import org.springframework.web.servlet.DispatcherServlet;
import org.thymeleaf.context.LazyContextVariable;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared copies of visitors' pages: taken only when the template, the language, the
 * address and the model are all the same; never for a signed-in shopper or a form shown
 * again with errors; each visitor gets its own CSRF token in a shared copy.
 */
class VisitorPageCacheTests {

	private final AtomicInteger renders = new AtomicInteger();

	/** The cache's clock, in nanoseconds. */
	private final AtomicLong now = new AtomicLong();

	/** When set, the next rendering waits for it (a slow rendering under load). */
	private final AtomicReference<CountDownLatch> slowRendering = new AtomicReference<>();

	private final CountDownLatch renderingStarted = new CountDownLatch(1);

	/** Writes the model, the token it is given and the address, as a template would. */
	private final View template = new View() {
		@Override
		public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
				throws Exception {
			VisitorPageCacheTests.this.renders.incrementAndGet();
			CountDownLatch slow = VisitorPageCacheTests.this.slowRendering.getAndSet(null);
			if (slow != null) {
				VisitorPageCacheTests.this.renderingStarted.countDown();
				slow.await(10, TimeUnit.SECONDS);
			}
			response.setContentType("text/html;charset=UTF-8");
			CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
			String form = model.containsKey("form") ? "<input name=\"_csrf\" value=\"" + token.getToken() + "\">" : "";
			Object spotlight = (model.get(VisitorPageCache.PER_LOAD_MARKER) != null)
					? model.get(VisitorPageCache.PER_LOAD_MARKER)
					: (model.get("spotlight") != null) ? "<section>" + model.get("spotlight") + "</section>" : null;
			response.getWriter()
				.write("<p>" + model.get("title") + "</p>" + form + ((spotlight != null) ? spotlight : ""));
			response.getWriter().flush();
		}
	};

	private final AtomicInteger parts = new AtomicInteger();

	/** The part rendered on every load. */
	private final View part = new View() {
		@Override
		public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
				throws Exception {
			VisitorPageCacheTests.this.parts.incrementAndGet();
			response.getWriter().write("<section>" + model.get("spotlight") + "</section>");
		}
	};

	private final VisitorPageCache cache = new VisitorPageCache(Duration.ofSeconds(30), resolver(), this.now::get);

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aPageAskedForAgainIsKeptAndThenShared() throws Exception {
		String first = load("/products", "q=의자", Map.of("title", new Title("의자")));
		String second = load("/products", "q=의자", Map.of("title", new Title("의자")));
		String third = load("/products", "q=의자", Map.of("title", new Title("의자")));
		assertThat(third).isEqualTo(second).isEqualTo(first).isEqualTo("<p>Title[text=의자]</p>");
		assertThat(this.renders).as("the first load is rendered as usual, the second is kept").hasValue(2);
		assertThat(this.cache.stats().hitCount()).isEqualTo(1);
	}

	@Test
	void anythingDifferentIsRenderedAfresh() throws Exception {
		load("/products", "q=의자", Map.of("title", new Title("의자")));
		load("/products", "q=의자", Map.of("title", new Title("의자")));
		assertThat(load("/products", "q=의자", Map.of("title", new Title("책상")))).contains("책상");
		assertThat(load("/products", "q=책상", Map.of("title", new Title("의자")))).contains("의자");
		assertThat(load("/", null, Map.of("title", new Title("의자")))).contains("의자");
		assertThat(this.cache.stats().hitCount()).isZero();
		assertThat(this.renders).hasValue(5);
	}

	@Test
	void aValueReadOnlyWhenShownIsSharedByItsValue() throws Exception {
		// The header's cart count is read when the page shows it: a new object on every
		// load, which is shared by the count it reads, and told apart by it.
		load("/products", "q=의자", Map.of("title", "의자", "cartCount", count(0)));
		load("/products", "q=의자", Map.of("title", "의자", "cartCount", count(0)));
		load("/products", "q=의자", Map.of("title", "의자", "cartCount", count(0)));
		assertThat(this.cache.stats().hitCount()).as("the same count").isEqualTo(1);
		load("/products", "q=의자", Map.of("title", "의자", "cartCount", count(2)));
		assertThat(this.cache.stats().hitCount()).as("another count").isEqualTo(1);
	}

	private static LazyContextVariable<Integer> count(int count) {
		return new LazyContextVariable<>() {

			@Override
			protected Integer loadValue() {
				return count;
			}

		};
	}

	@Test
	void anObjectReadAgainIsNeverTakenForTheOldOne() throws Exception {
		// Entities compare by identity: a listing read again after a change is a new
		// object, so the copy made from the old one is not used.
		Listing before = new Listing("의자", 30_000);
		load("/products/7", null, Map.of("title", before));
		assertThat(load("/products/7", null, Map.of("title", before))).contains("30000");
		assertThat(load("/products/7", null, Map.of("title", new Listing("의자", 25_000)))).contains("25000");
		assertThat(this.cache.stats().hitCount()).isZero();
		assertThat(this.renders).hasValue(3);
	}

	@Test
	void everyVisitorGetsItsOwnTokenInTheSharedCopy() throws Exception {
		Map<String, Object> model = Map.of("title", "의자", "form", true);
		String first = load("/products/7", null, model, token("first-visitor"));
		String second = load("/products/7", null, model, token("second-visitor"));
		String third = load("/products/7", null, model, token("third-visitor"));
		assertThat(first).contains("value=\"first-visitor\"");
		assertThat(second).contains("value=\"second-visitor\"").doesNotContain("first-visitor");
		assertThat(third).contains("value=\"third-visitor\"").doesNotContain("second-visitor");
		assertThat(this.cache.stats().hitCount()).isEqualTo(1);
		assertThat(this.renders).hasValue(2);
	}

	@Test
	void thePartThatTurnsOnEveryLoadIsRenderedOnEveryLoad() throws Exception {
		for (int turn = 1; turn <= 4; turn++) {
			String page = load("/", null, Map.of("title", "가치몰", "spotlight", new Title(turn + "번째 가게")), "withPart");
			assertThat(page).isEqualTo("<p>가치몰</p><section>Title[text=" + turn + "번째 가게]</section>");
		}
		assertThat(this.renders).as("the page around it: once as usual, once to keep").hasValue(2);
		assertThat(this.parts).as("the part on its own, on every load after the first").hasValue(3);
		assertThat(this.cache.stats().hitCount()).isEqualTo(2);
	}

	@Test
	void aFormShownAgainWithErrorsIsNotShared() throws Exception {
		BindingResult errors = new BeanPropertyBindingResult(new Object(), "questionForm");
		errors.reject("question.tooShort");
		Map<String, Object> model = Map.of("title", "의자", BindingResult.MODEL_KEY_PREFIX + "questionForm", errors);
		for (int i = 0; i < 3; i++) {
			load("/products/7", null, model);
		}
		assertThat(this.renders).hasValue(3);
	}

	@Test
	void aSignedInShoppersPageIsItsOwn() throws Exception {
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("shopper@example.com", null, "ROLE_SHOPPER"));
		assertThat(sharedView("/products/7", null, "catalog/product")).isNull();
	}

	@Test
	void onlyAPageThatSaysSoIsShared() throws Exception {
		HandlerInterceptor sharing = this.cache.sharing();
		ModelAndView page = new ModelAndView("catalog/cart");
		sharing.postHandle(request("/cart", null), new MockHttpServletResponse(),
				new HandlerMethod(new Pages(), Pages.class.getDeclaredMethod("notMarked")), page);
		assertThat(page.getView()).isNull();
		assertThat(page.getViewName()).isEqualTo("catalog/cart");
	}

	@Test
	void aCopyIsMadeAgainOnceItIsTheIntervalOld() throws Exception {
		Map<String, Object> model = Map.of("title", "가치몰");
		load("/", null, model);
		load("/", null, model);
		load("/", null, model);
		assertThat(this.renders).hasValue(2);
		this.now.addAndGet(Duration.ofSeconds(31).toNanos());
		assertThat(load("/", null, model)).isEqualTo("<p>가치몰</p>");
		assertThat(this.renders).as("the load that finds it old makes it again").hasValue(3);
		load("/", null, model);
		assertThat(this.renders).as("and the next ones share the new copy").hasValue(3);
	}

	@Test
	void whileOneLoadMakesTheCopyAgainTheOthersGetTheOldOne() throws Exception {
		load("/", null, Map.of("title", "가치몰"));
		load("/", null, Map.of("title", "가치몰"));
		this.now.addAndGet(Duration.ofSeconds(31).toNanos());
		CountDownLatch finish = new CountDownLatch(1);
		this.slowRendering.set(finish);
		CompletableFuture<String> remaking = CompletableFuture.supplyAsync(() -> {
			try {
				return load("/", null, Map.of("title", "가치몰"));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		assertThat(this.renderingStarted.await(10, TimeUnit.SECONDS)).isTrue();
		assertThat(load("/", null, Map.of("title", "가치몰"))).as("sent at once, without waiting").isEqualTo("<p>가치몰</p>");
		assertThat(remaking).isNotDone();
		finish.countDown();
		assertThat(remaking.get(10, TimeUnit.SECONDS)).isEqualTo("<p>가치몰</p>");
		assertThat(this.renders).hasValue(3);
	}

	@Test
	void aCopyNotAskedForInThreeIntervalsIsGone() throws Exception {
		load("/", null, Map.of("title", "가치몰"));
		load("/", null, Map.of("title", "가치몰"));
		this.now.addAndGet(Duration.ofSeconds(91).toNanos());
		load("/", null, Map.of("title", "가치몰"));
		assertThat(this.renders).as("rendered as the first load of a page is").hasValue(3);
		assertThat(this.cache.stats().hitCount()).isZero();
	}

	@Test
	void turnedOffNothingIsShared() {
		assertThat(new VisitorPageCache(Duration.ZERO, resolver()).sharing()).isNull();
	}

	private String load(String path, String query, Map<String, ?> model) throws Exception {
		return load(path, query, model, token("the-token"));
	}

	private String load(String path, String query, Map<String, ?> model, String handler) throws Exception {
		return load(path, query, model, token("the-token"), handler);
	}

	private String load(String path, String query, Map<String, ?> model, CsrfToken token) throws Exception {
		return load(path, query, model, token, "marked");
	}

	private String load(String path, String query, Map<String, ?> model, CsrfToken token, String handler)
			throws Exception {
		MockHttpServletRequest request = request(path, query);
		request.setAttribute(CsrfToken.class.getName(), token);
		request.setAttribute("_csrf", token);
		View view = sharedView(request, "catalog/product", handler);
		assertThat(view).as("a visitor's page is shared").isNotNull();
		MockHttpServletResponse response = new MockHttpServletResponse();
		view.render(model, request, response);
		assertThat(response.getContentType()).isEqualTo("text/html;charset=UTF-8");
		return response.getContentAsString();
	}

	private View sharedView(String path, String query, String viewName) throws Exception {
		return sharedView(request(path, query), viewName, "marked");
	}

	private View sharedView(MockHttpServletRequest request, String viewName, String handler) throws Exception {
		ModelAndView page = new ModelAndView(viewName);
		this.cache.sharing()
			.postHandle(request, new MockHttpServletResponse(),
					new HandlerMethod(new Pages(), Pages.class.getDeclaredMethod(handler)), page);
		return page.getView();
	}

	private static MockHttpServletRequest request(String path, String query) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setQueryString(query);
		request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, new FixedLocaleResolver(Locale.KOREAN));
		return request;
	}

	private static CsrfToken token(String value) {
		return new DefaultCsrfToken("X-XSRF-TOKEN", "_csrf", value);
	}

	private ObjectProvider<ThymeleafViewResolver> resolver() {
		View template = this.template;
		View part = this.part;
		ThymeleafViewResolver resolver = new ThymeleafViewResolver() {
			@Override
			public View resolveViewName(String viewName, Locale locale) {
				return viewName.contains("::") ? part : template;
			}
		};
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("thymeleafViewResolver", resolver);
		return beans.getBeanProvider(ThymeleafViewResolver.class);
	}

	record Title(String text) {
	}

	/** Like an entity: equal only to itself. */
	static final class Listing {

		private final String name;

		private final long price;

		Listing(String name, long price) {
			this.name = name;
			this.price = price;
		}

		@Override
		public String toString() {
			return this.name + " " + this.price;
		}

	}

	static final class Pages {

		@VisitorPage
		void marked() {
		}

		@VisitorPage(perLoad = "spotlight", perLoadFragment = "promotion/spotlight :: spotlight")
		void withPart() {
		}

		void notMarked() {
		}

	}

}
