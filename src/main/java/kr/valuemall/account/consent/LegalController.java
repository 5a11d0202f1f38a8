package kr.valuemall.account.consent;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import kr.valuemall.account.ConsentKind.LegalDocument;

/**
 * 이용약관 and 개인정보처리방침. Their text lives in the message bundles, one key per article title
 * and paragraph ({@code legal.terms.12.1}), so the Korean and English versions keep the
 * same structure; the operator's details come from {@code valuemall.operator.*}. The
 * version and effective date are the ones consents are recorded with.
 */
@Controller
class LegalController {

	static final String VIEW_DOCUMENT = "legal/document";

	/** Paragraphs per article, in order; the bundles hold one key per paragraph. */
	private static final int[] TERMS = { 1, 4, 3, 3, 3, 1, 2, 2, 2, 1, 1, 2, 1, 1, 2, 1, 1, 1 };

	private static final int[] PRIVACY = { 4, 2, 2, 3, 1, 1, 2, 1, 1, 1, 1, 1 };

	/** An article: its title's message key and its paragraphs' keys. */
	public record Article(String titleKey, List<String> paragraphKeys) {
	}

	@GetMapping("/terms")
	String showTerms(Model model) {
		return show(model, "terms", LegalDocument.TERMS, TERMS);
	}

	@GetMapping("/privacy")
	String showPrivacy(Model model) {
		return show(model, "privacy", LegalDocument.PRIVACY, PRIVACY);
	}

	private static String show(Model model, String name, LegalDocument document, int[] paragraphs) {
		List<Article> articles = new ArrayList<>();
		for (int article = 1; article <= paragraphs.length; article++) {
			String prefix = "legal." + name + "." + article;
			articles.add(new Article(prefix + ".title",
					IntStream.rangeClosed(1, paragraphs[article - 1]).mapToObj((p) -> prefix + "." + p).toList()));
		}
		model.addAttribute("documentName", name);
		model.addAttribute("titleKey", "legal." + name + ".title");
		model.addAttribute("leadKey", "legal." + name + ".lead");
		model.addAttribute("document", document);
		model.addAttribute("articles", articles);
		return VIEW_DOCUMENT;
	}

}
