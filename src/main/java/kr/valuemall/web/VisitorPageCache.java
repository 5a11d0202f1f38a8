package kr.valuemall.web;

import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.validation.BindingResult;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.thymeleaf.context.ILazyContextVariable;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * A few seconds' copy of the HTML of the shopper pages marked {@link VisitorPage}, shared
 * by visitors who are not signed in. Rendering the templates is most of what such a page
 * costs once its data is kept in memory; the copy is taken only when everything the page
 * shows is the same: the same template, language, address (path and query) and an equal
 * model.
 * <p>
 * The handler runs on every load as before (it counts the view, takes the spotlight's
 * turn, sets cookies), and security headers, ETags and compression still apply per
 * response. The model is compared with {@code equals}: records and lists compare by
 * value, entities by identity, so a listing read again after a change (a new object)
 * never matches an old copy, and a copy is made again once it is
 * {@code valuemall.web.visitor-page-ttl} old (5 s; 0 turns it off). The one load that
 * finds it that old renders it again, while the loads meanwhile still get the old copy
 * (for at most three such intervals), as {@code ShortLived} does for data: when every
 * load waited for the new copy, the wait came back every few seconds on a busy page and
 * made most of its slowest hundredth.
 * <p>
 * The CSRF token differs per visitor: the page is rendered with a placeholder token
 * (random per start) and each visitor's own token is put in its place when the page is
 * sent, which also sets the visitor's token cookie as rendering it would have.
 */
@Configuration(proxyBeanMethods = false)
public class VisitorPageCache implements WebMvcConfigurer {

	/** How many intervals a copy may still be sent while it is made again. */
	private static final int KEPT_INTERVALS = 3;

	/** About 64 MB: the weight is the page's length in characters. */
	private static final long MAX_CHARACTERS = 32L * 1024 * 1024;

	private final Cache<Key, Rendered> pages;

	/** How long past its making a copy is made again, in the ticker's nanoseconds. */
	private final long ttlNanos;

	private final Ticker ticker;

	private final ObjectProvider<ThymeleafViewResolver> views;

	/** The model attribute that tells fragments/perLoad to leave its marker. */
	static final String PER_LOAD_MARKER = "perLoadMarker";

	private final String placeholder = "csrf" + UUID.randomUUID().toString().replace("-", "");

	private final String partMarker = "<!--per-load " + UUID.randomUUID() + "-->";

	private final HandlerInterceptor sharing;

	/**
	 * The hashes of the pages rendered once in the interval: a page is kept when it is
	 * asked for a second time.
	 */
	private final Cache<Integer, Boolean> seen;

	@Autowired
	VisitorPageCache(@Value("${valuemall.web.visitor-page-ttl:5s}") Duration ttl,
			ObjectProvider<ThymeleafViewResolver> views) {
		this(ttl, views, Ticker.systemTicker());
	}

	VisitorPageCache(Duration ttl, ObjectProvider<ThymeleafViewResolver> views, Ticker ticker) {
		this.views = views;
		this.ticker = ticker;
		this.ttlNanos = ttl.toNanos();
		this.pages = (ttl.isZero() || ttl.isNegative()) ? null
				: Caffeine.newBuilder()
					.ticker(ticker)
					.expireAfterWrite(ttl.multipliedBy(KEPT_INTERVALS))
					.maximumWeight(MAX_CHARACTERS)
					.weigher((Key key, Rendered page) -> page.weight())
					.recordStats()
					.build();
		this.seen = (this.pages == null) ? null
				: Caffeine.newBuilder().ticker(ticker).expireAfterWrite(ttl).maximumSize(100_000).build();
		this.sharing = (this.pages != null) ? new Sharing() : null;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		if (this.sharing != null) {
			registry.addInterceptor(this.sharing).excludePathPatterns("/images/**", "/css/**", "/js/**");
		}
	}

	/** What puts the sharing view in place; none when turned off. */
	HandlerInterceptor sharing() {
		return this.sharing;
	}

	/** Hits and misses since the start (zero when turned off). */
	public CacheStats stats() {
		return (this.pages != null) ? this.pages.stats() : CacheStats.empty();
	}

	/** Forgets every copy (a test that changes what a page reads outside its model). */
	public void clear() {
		if (this.pages != null) {
			this.pages.invalidateAll();
		}
	}

	/**
	 * The model as the copy's key: without the binding results, or nothing at all when
	 * one holds errors (a form shown again with what was typed is never shared). A value
	 * read only when the page shows it (the header's cart count) is read here, so that
	 * the key holds the value rather than the object that would read it.
	 */
	static Map<String, Object> shareable(Map<String, ?> model) {
		Map<String, Object> shared = new LinkedHashMap<>();
		for (Map.Entry<String, ?> entry : model.entrySet()) {
			if (entry.getKey().startsWith(BindingResult.MODEL_KEY_PREFIX)) {
				if (entry.getValue() instanceof BindingResult result && result.hasErrors()) {
					return null;
				}
				continue;
			}
			shared.put(entry.getKey(),
					(entry.getValue() instanceof ILazyContextVariable<?> lazy) ? lazy.getValue() : entry.getValue());
		}
		return shared;
	}

	/** Puts the sharing view in place of the page's own, for the pages that may share. */
	private final class Sharing implements HandlerInterceptor {

		@Override
		public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
				ModelAndView modelAndView) {
			if (modelAndView == null || !(handler instanceof HandlerMethod method)
					|| !method.hasMethodAnnotation(VisitorPage.class)) {
				return;
			}
			String viewName = modelAndView.getViewName();
			if (viewName == null || viewName.contains(":") || !"GET".equals(request.getMethod())
					|| response.getStatus() != HttpServletResponse.SC_OK || Viewer.isSignedIn()) {
				return;
			}
			VisitorPage page = method.getMethodAnnotation(VisitorPage.class);
			modelAndView.setView(new SharedView(viewName, page.perLoad(), page.perLoadFragment()));
		}

	}

	private final class SharedView implements View {

		private final String viewName;

		private final String perLoad;

		private final String perLoadFragment;

		SharedView(String viewName, String perLoad, String perLoadFragment) {
			this.viewName = viewName;
			this.perLoad = perLoad;
			this.perLoadFragment = perLoadFragment;
		}

		@Override
		public String getContentType() {
			return null;
		}

		@Override
		public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
				throws Exception {
			Locale locale = RequestContextUtils.getLocale(request);
			View page = VisitorPageCache.this.views.getObject().resolveViewName(this.viewName, locale);
			Map<String, Object> shared = (model != null) ? shareable(model) : null;
			CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
			if (page == null || shared == null || token == null) {
				if (page != null) {
					page.render(model, request, response);
				}
				return;
			}
			// The part shown differently on every load is left out of the page's key and
			// kept under its own.
			Object partValue = this.perLoad.isEmpty() ? null : shared.remove(this.perLoad);
			Key key = new Key(this.viewName, locale, request.getRequestURI(), request.getQueryString(), shared);
			Rendered rendered = keptOrSeen(key);
			if (rendered == null) {
				// Seen for the first time: most such pages are never asked for again
				// within the interval (a crawler or a load test going through every
				// listing), so they are rendered as usual and not kept.
				page.render(model, request, response);
				return;
			}
			Map<String, Object> sharedModel = shared;
			if (partValue != null) {
				sharedModel = new LinkedHashMap<>(shared);
				sharedModel.put(PER_LOAD_MARKER, VisitorPageCache.this.partMarker);
			}
			Map<String, Object> keptModel = sharedModel;
			rendered = copy(key, (rendered != NOT_KEPT) ? rendered : null,
					() -> renderWithPlaceholder(page, keptModel, request, response, token));
			response.setContentType(rendered.contentType());
			Rendered part = null;
			if (partValue != null) {
				Key partKey = new Key(this.perLoadFragment, locale, "", null, Map.of(this.perLoad, partValue));
				// Kept at once: a page's parts are few (one per spotlight window) and
				// small.
				View partView = VisitorPageCache.this.views.getObject().resolveViewName(this.perLoadFragment, locale);
				Map<String, Object> partModel = new LinkedHashMap<>(shared);
				partModel.put(this.perLoad, partValue);
				part = copy(partKey, VisitorPageCache.this.pages.getIfPresent(partKey),
						() -> renderWithPlaceholder(partView, partModel, request, response, token));
			}
			// For a browser that takes gzip, the copy's pieces go out deflated once
			// (GzipPieces) rather than the whole page compressed again on every load.
			GzipPieces gzip = BrotliResponses.accepts(request.getHeader(HttpHeaders.ACCEPT_ENCODING), "gzip")
					? new GzipPieces() : null;
			if (gzip != null) {
				request.setAttribute(GzipPieces.ATTRIBUTE, gzip);
			}
			rendered.writeTo(response.getOutputStream(), token, part, gzip);
		}

		private Rendered renderWithPlaceholder(View page, Map<String, ?> model, HttpServletRequest request,
				HttpServletResponse response, CsrfToken token) {
			try {
				return renderInto(page, model, request, response, token);
			}
			catch (RuntimeException ex) {
				throw ex;
			}
			catch (Exception ex) {
				throw new IllegalStateException("The page could not be rendered", ex);
			}
		}

		private Rendered renderInto(View page, Map<String, ?> model, HttpServletRequest request,
				HttpServletResponse response, CsrfToken token) throws Exception {
			PlaceholderToken placeholder = new PlaceholderToken(token, VisitorPageCache.this.placeholder);
			HttpServletRequest withPlaceholder = new HttpServletRequestWrapper(request) {
				@Override
				public Object getAttribute(String name) {
					if (CsrfToken.class.getName().equals(name) || token.getParameterName().equals(name)) {
						return placeholder;
					}
					return super.getAttribute(name);
				}
			};
			Capture capture = new Capture(response);
			page.render(model, withPlaceholder, capture);
			return Rendered.of(capture.text(), response.getContentType(),
					Charset.forName(response.getCharacterEncoding()), VisitorPageCache.this.placeholder,
					VisitorPageCache.this.partMarker, VisitorPageCache.this.ticker.read());
		}

	}

	/**
	 * The copy to send: the kept one while it is young enough or while another load makes
	 * it again; otherwise made by this load. Loads of a page that has no copy yet wait
	 * for the one load that makes it rather than all rendering it at once.
	 */
	private Rendered copy(Key key, Rendered kept, Supplier<Rendered> render) {
		if (kept == null) {
			return this.pages.get(key, (missing) -> render.get());
		}
		if (this.ticker.read() - kept.madeAt < this.ttlNanos || !kept.remaking.compareAndSet(false, true)) {
			return kept;
		}
		try {
			Rendered again = render.get();
			this.pages.put(key, again);
			return again;
		}
		finally {
			kept.remaking.set(false);
		}
	}

	/**
	 * The copy kept under this key; {@link #NOT_KEPT} when there is none but the key was
	 * seen before in the interval (so the copy is worth making); null the first time.
	 */
	private Rendered keptOrSeen(Key key) {
		Rendered rendered = this.pages.getIfPresent(key);
		if (rendered != null) {
			return rendered;
		}
		return (this.seen.asMap().putIfAbsent(key.hashCode(), Boolean.TRUE) == null) ? null : NOT_KEPT;
	}

	private static final Rendered NOT_KEPT = new Rendered(List.of(), "", 0, 0);

	/** Its hash is worked out once: the model's is deep. */
	private static final class Key {

		private final String view;

		private final Locale locale;

		private final String path;

		private final String query;

		private final Map<String, Object> model;

		private final int hash;

		Key(String view, Locale locale, String path, String query, Map<String, Object> model) {
			this.view = view;
			this.locale = locale;
			this.path = path;
			this.query = query;
			this.model = model;
			this.hash = Objects.hash(view, locale, path, query, model);
		}

		@Override
		public boolean equals(Object other) {
			return (other instanceof Key key) && this.hash == key.hash && this.view.equals(key.view)
					&& this.locale.equals(key.locale) && this.path.equals(key.path)
					&& Objects.equals(this.query, key.query) && this.model.equals(key.model);
		}

		@Override
		public int hashCode() {
			return this.hash;
		}

	}

	/**
	 * A page as bytes ready to send, in pieces between the places where each visitor's
	 * token and the part rendered per load go.
	 */
	private static final class Rendered {

		private static final Object TOKEN = new Object();

		private static final Object PART = new Object();

		private final List<Object> pieces;

		private final String contentType;

		private final int weight;

		/** When it was made, in the cache's ticker's nanoseconds. */
		private final long madeAt;

		/** Whether a load is making it again. */
		private final AtomicBoolean remaking = new AtomicBoolean();

		/**
		 * Each piece deflated on its own, worked out when a browser that takes gzip first
		 * gets the copy; null in the places of the token and the part.
		 */
		private volatile List<byte[]> deflated;

		Rendered(List<Object> pieces, String contentType, int weight, long madeAt) {
			this.pieces = pieces;
			this.contentType = contentType;
			this.weight = weight;
			this.madeAt = madeAt;
		}

		String contentType() {
			return this.contentType;
		}

		int weight() {
			return this.weight;
		}

		static Rendered of(String html, String contentType, Charset charset, String token, String part, long madeAt) {
			List<Object> pieces = new ArrayList<>();
			int from = 0;
			while (true) {
				int atToken = html.indexOf(token, from);
				int atPart = html.indexOf(part, from);
				int next = (atToken < 0) ? atPart : (atPart < 0) ? atToken : Math.min(atToken, atPart);
				if (next < 0) {
					break;
				}
				pieces.add(html.substring(from, next).getBytes(charset));
				pieces.add((next == atToken) ? TOKEN : PART);
				from = next + ((next == atToken) ? token.length() : part.length());
			}
			pieces.add(html.substring(from).getBytes(charset));
			return new Rendered(pieces, contentType, html.length(), madeAt);
		}

		/**
		 * Writes the page with this visitor's token and part; notes its pieces in
		 * {@code gzip} as well, unless that is null.
		 */
		void writeTo(OutputStream out, CsrfToken token, Rendered part, GzipPieces gzip) throws IOException {
			List<byte[]> deflatedPieces = (gzip != null) ? deflated() : null;
			for (int i = 0; i < this.pieces.size(); i++) {
				Object piece = this.pieces.get(i);
				if (piece == TOKEN) {
					byte[] bytes = token.getToken().getBytes(StandardCharsets.US_ASCII);
					out.write(bytes);
					if (gzip != null) {
						gzip.addAsIs(bytes);
					}
				}
				else if (piece == PART) {
					if (part != null) {
						part.writeTo(out, token, null, gzip);
					}
				}
				else {
					out.write((byte[]) piece);
					if (gzip != null) {
						gzip.add((byte[]) piece, deflatedPieces.get(i));
					}
				}
			}
		}

		private List<byte[]> deflated() {
			List<byte[]> kept = this.deflated;
			if (kept == null) {
				// Two loads may both work it out at first: the same bytes either way.
				kept = new ArrayList<>(this.pieces.size());
				for (Object piece : this.pieces) {
					kept.add((piece instanceof byte[] bytes) ? GzipPieces.deflate(bytes) : null);
				}
				this.deflated = kept;
			}
			return kept;
		}

	}

	/**
	 * Stands for the visitor's token while the page is rendered; notes whether it was.
	 */
	private static final class PlaceholderToken implements CsrfToken {

		private final CsrfToken real;

		private final String value;

		private volatile boolean used;

		PlaceholderToken(CsrfToken real, String value) {
			this.real = real;
			this.value = value;
		}

		@Override
		public String getHeaderName() {
			return this.real.getHeaderName();
		}

		@Override
		public String getParameterName() {
			return this.real.getParameterName();
		}

		@Override
		public String getToken() {
			this.used = true;
			return this.value;
		}

	}

	/** Keeps what the template writes instead of sending it. */
	private static final class Capture extends HttpServletResponseWrapper {

		private final CharArrayWriter text = new CharArrayWriter(16 * 1024);

		private final PrintWriter writer = new PrintWriter(this.text);

		Capture(HttpServletResponse response) {
			super(response);
		}

		@Override
		public PrintWriter getWriter() {
			return this.writer;
		}

		@Override
		public void flushBuffer() {
			this.writer.flush();
		}

		String text() {
			this.writer.flush();
			return this.text.toString();
		}

	}

}
