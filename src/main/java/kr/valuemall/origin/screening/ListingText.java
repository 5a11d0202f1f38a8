package kr.valuemall.origin.screening;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The words of a listing, searched the way a careful reader would. Hangul terms match
 * with spaces ignored ({@code 중국 산} is {@code 중국산}); Latin terms match whole words
 * whatever their case ({@code Braun} is not {@code brown}); a Hangul brand must start a
 * word ({@code 애플망고} is not a brand). A match that lies inside a safe phrase or inside a
 * longer match counts for nothing, so {@code 국산} never fires and {@code 수입산} fires once.
 */
final class ListingText {

	private static final String LATIN_BEFORE = "(?<![A-Za-z0-9])";

	private static final String LATIN_AFTER = "(?![A-Za-z0-9])";

	private static final String WORD_BEFORE = "(?<![\\p{L}\\p{N}])";

	/**
	 * After a short Hangul slang word (알리, 테무): the end of the word, or a particle, so
	 * that 알리는 and 알리고 (to tell) do not read as the marketplace.
	 */
	private static final String SLANG_AFTER = "(?:(?![가-힣])|(?=에서|발|템|에|로|보다|처럼|랑|와|과|의|산|최저|베스트|인기|직구|직배송|가격|한|해|·))";

	/** Far more than the rule book's words: a bound, never reached. */
	private static final Cache<Word, Optional<Pattern>> PATTERNS = Caffeine.newBuilder().maximumSize(50_000).build();

	private final String text;

	/**
	 * Every character of the text, also as a case-insensitive pattern compares it: a word
	 * with a character outside this set cannot match, and most of the rule book's words
	 * do not, so their patterns are never run.
	 */
	private final BitSet characters = new BitSet();

	private final Map<Word, List<Span>> found = new HashMap<>();

	private ListingText(String text) {
		this.text = text;
		text.codePoints().forEach((c) -> {
			this.characters.set(c);
			this.characters.set(folded(c));
		});
	}

	static ListingText of(String... parts) {
		StringBuilder text = new StringBuilder();
		for (String part : parts) {
			if (part != null && !part.isBlank()) {
				text.append(part).append('\n');
			}
		}
		// Full-width colons and letters (：, Ｍａｄｅ) read as their plain forms.
		return new ListingText(Normalizer.normalize(text, Normalizer.Form.NFKC));
	}

	String text() {
		return this.text;
	}

	/**
	 * The terms found, keyed by term, each with the first place it was found; matches
	 * inside a safe phrase, or inside a longer match among {@code rivals}, are left out.
	 */
	Map<TermRule, Span> find(List<TermRule> terms, List<TermRule> safePhrases, List<TermRule> rivals) {
		return find(terms, safePhrases, rivals, List.of(), (term, span) -> true);
	}

	/**
	 * As {@link #find(List, List, List)}, leaving out matches inside the
	 * {@code explained} spans and those the reader does not {@code keep} (a denied or
	 * contrasted phrase).
	 */
	Map<TermRule, Span> find(List<TermRule> terms, List<TermRule> safePhrases, List<TermRule> rivals,
			List<Span> explained, BiPredicate<TermRule, Span> keep) {
		List<Span> suppressors = new ArrayList<>();
		for (TermRule safe : safePhrases) {
			suppressors.addAll(spans(safe));
		}
		for (TermRule rival : rivals) {
			suppressors.addAll(spans(rival));
		}
		Map<TermRule, Span> found = new LinkedHashMap<>();
		for (TermRule term : terms) {
			for (Span span : spans(term)) {
				boolean suppressed = suppressors.stream().anyMatch((other) -> other.covers(span))
						|| explained.stream().anyMatch((other) -> other.overlaps(span));
				if (!suppressed && keep.test(term, span)) {
					found.putIfAbsent(term, span);
					break;
				}
			}
		}
		return found;
	}

	/**
	 * Where a word is found, read once per text: the scoring words are also each other's
	 * rivals, so each was searched for twice.
	 */
	private List<Span> spans(TermRule term) {
		return this.found.computeIfAbsent(new Word(term.kind(), term.term()), (word) -> search(term));
	}

	private List<Span> search(TermRule term) {
		List<Span> spans = new ArrayList<>();
		if (!mayContain(term.term())) {
			return spans;
		}
		Pattern pattern = pattern(term);
		if (pattern == null) {
			return spans;
		}
		Matcher matcher = pattern.matcher(this.text);
		while (matcher.find()) {
			if (splitsAWord(term, matcher)) {
				continue;
			}
			spans.add(new Span(matcher.start(), matcher.end()));
		}
		return spans;
	}

	/**
	 * Whether every character of the word is in the text, compared as the word's pattern
	 * compares them ({@code CASE_INSENSITIVE | UNICODE_CASE}: a character is itself or
	 * its upper case's lower case); a word that fails cannot match.
	 */
	boolean mayContain(String word) {
		return word.codePoints()
			.allMatch((c) -> Character.isWhitespace(c) || this.characters.get(c) || this.characters.get(folded(c)));
	}

	private static int folded(int c) {
		return Character.toLowerCase(Character.toUpperCase(c));
	}

	/**
	 * A Hangul match across a space that stops inside the next word, or starts inside the
	 * word before, reads two words as one: 수입원 in "수입 원료" is not the importer's label,
	 * nor 미국산 in "수세미 국산".
	 */
	private boolean splitsAWord(TermRule term, Matcher matcher) {
		if (term.term().strip().chars().anyMatch(Character::isWhitespace)
				|| matcher.group().chars().noneMatch(Character::isWhitespace)) {
			return false;
		}
		int start = matcher.start();
		int end = matcher.end();
		return (end < this.text.length() && hangulAt(end)) || (start > 0 && hangulAt(start - 1));
	}

	private boolean hangulAt(int at) {
		return Character.UnicodeScript.of(this.text.codePointAt(at)) == Character.UnicodeScript.HANGUL;
	}

	/**
	 * A word's pattern, compiled once: every listing is read against the rule book's
	 * thousand-odd words, and compiling them took most of a listing's screening.
	 */
	static Pattern pattern(TermRule rule) {
		return PATTERNS.get(new Word(rule.kind(), rule.term()), (word) -> Optional.ofNullable(compile(rule)))
			.orElse(null);
	}

	private static Pattern compile(TermRule rule) {
		String term = rule.term().strip();
		if (term.isEmpty()) {
			return null;
		}
		boolean hangul = containsHangul(term);
		StringBuilder regex = new StringBuilder();
		boolean pendingSpace = false;
		for (int i = 0; i < term.length(); i++) {
			char c = term.charAt(i);
			if (Character.isWhitespace(c)) {
				pendingSpace = true;
				continue;
			}
			if (regex.length() > 0 && hangul) {
				regex.append("\\s*");
			}
			else if (regex.length() > 0 && pendingSpace) {
				regex.append("\\s+");
			}
			pendingSpace = false;
			regex.append(Pattern.quote(String.valueOf(c)));
		}
		String body = regex.toString();
		if (hangul) {
			boolean shortSlang = rule.kind() == TermKind.CROSS_BORDER_SLANG && term.length() <= 2;
			String before = (rule.kind() == TermKind.FOREIGN_BRAND || shortSlang) ? WORD_BEFORE : "";
			String after = shortSlang ? SLANG_AFTER : "";
			return Pattern.compile(before + body + after, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
		}
		String before = isLatinWordChar(term.charAt(0)) ? LATIN_BEFORE : "";
		String after = isLatinWordChar(term.charAt(term.length() - 1)) ? LATIN_AFTER : "";
		return Pattern.compile(before + body + after, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	static boolean containsHangul(String text) {
		return text.codePoints().anyMatch((c) -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
	}

	private static boolean isLatinWordChar(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
	}

	/** Where a match lies in the text. */
	record Span(int start, int end) {

		boolean overlaps(Span other) {
			return this.start < other.end && other.start < this.end;
		}

		/** Whether this span holds the other and is longer than it. */
		boolean covers(Span other) {
			return this.start <= other.start && other.end <= this.end
					&& (this.end - this.start) > (other.end - other.start);
		}

	}

	/** What a word's pattern depends on: its kind and its text, not its points. */
	private record Word(TermKind kind, String term) {

	}

}
