package kr.valuemall.web;

import java.util.Locale;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.ISpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The parts of the layout that every page shows alike in a language, such as the footer
 * with the operator's details and the category menu: rendered once per language (and per
 * version of what they show) and kept, so a page pays for them a map look-up instead of
 * some sixty expressions, messages and links. The layout asks for a part in a
 * {@code th:with} ({@code footer=${@layoutParts.shown('fragments/layoutParts', 'footer',
 * #locale, null)}}: {@code th:utext} refuses bean references) and writes it with
 * {@code th:utext="${footer}"}.
 * <p>
 * A part reads nothing of the page's model or of its visitor: what it shows that may
 * change is handed over as its version (the category menu's categories), which is part of
 * its key, so a changed menu is rendered anew. A part's links are made as a page's are,
 * for the request that first shows it.
 */
@Component("layoutParts")
public class LayoutParts {

	/** Two languages, a few parts, a version or two each. */
	private static final int KEPT = 64;

	private final ObjectProvider<ISpringTemplateEngine> engine;

	private final Cache<Key, String> kept = Caffeine.newBuilder().maximumSize(KEPT).build();

	private volatile JakartaServletWebApplication application;

	LayoutParts(ObjectProvider<ISpringTemplateEngine> engine) {
		this.engine = engine;
	}

	/**
	 * The fragment of the template, rendered for this language and this version of what
	 * it shows (compared with {@code equals}; null when nothing it shows changes).
	 */
	public String shown(String template, String fragment, Locale locale, Object version) {
		Key key = new Key(template, fragment, locale, version);
		String part = this.kept.getIfPresent(key);
		if (part == null) {
			// Not computed inside the cache: rendering may take a while, and two requests
			// rendering the same part at once get the same text.
			part = render(template, fragment, locale);
			this.kept.put(key, part);
		}
		return part;
	}

	private String render(String template, String fragment, Locale locale) {
		ServletRequestAttributes current = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
		HttpServletRequest request = current.getRequest();
		HttpServletResponse response = current.getResponse();
		JakartaServletWebApplication web = this.application;
		if (web == null) {
			web = JakartaServletWebApplication.buildApplication(request.getServletContext());
			this.application = web;
		}
		// No variables of its own: the context reads the request's attributes, where the
		// page's view put the evaluation context that bean references need.
		WebContext context = new WebContext(web.buildExchange(request, response), locale);
		return this.engine.getObject().process(template, Set.of(fragment), context);
	}

	/** Forgets every part kept (for tests that change what a part shows in place). */
	public void clear() {
		this.kept.invalidateAll();
	}

	private record Key(String template, String fragment, Locale locale, Object version) {
	}

}
