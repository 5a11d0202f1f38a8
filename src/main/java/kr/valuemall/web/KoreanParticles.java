package kr.valuemall.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Korean particles that agree with the word before them. A Korean message cannot know
 * whether {@code {0}} will end in a final consonant (받침), so it writes the pair form, as
 * Korean forms on paper do: 을(를), 이(가), 은(는), 과(와), (으)로, 이에요(예요), 이었(였), (이)나. Once the
 * arguments are in, the form that fits the sound before it is kept: 130,000원을 · 사과를 · 서울로
 * · 부산으로.
 * <p>
 * The sound comes from the last character before the pair, skipping closing brackets and
 * quotes: a Hangul syllable's final consonant; a number as it is read aloud (7 is 칠, 10
 * is 십, 130,000 is 십삼만); a Latin word or acronym by its usual Korean reading (LG is 엘지,
 * the letter L is 엘, Google ends in ㄹ, Apple in a vowel); a unit after a number (kg is
 * 킬로그램, cm is 센티미터). Where the sound cannot be known (no text before the pair, or a
 * Chinese character) the pair form is left as written, which is how careful Korean
 * writing shows it.
 */
public final class KoreanParticles {

	/** How the word before a particle ends, as far as particles care. */
	public enum Ending {

		/** No final consonant: 사과, 2 (이), 5 (오). */
		VOWEL,

		/** A final consonant other than ㄹ: 가방, 3 (삼), 10 (십). */
		CONSONANT,

		/** A final ㄹ: 서울, 1 (일), 7 (칠), L (엘). Takes 로, not 으로. */
		RIEUL,

		/** Nothing to go by, so the pair form stays. */
		UNKNOWN;

		boolean hasFinalConsonant() {
			return this == CONSONANT || this == RIEUL;
		}

	}

	/**
	 * Particles written as the form after a final consonant with the form after a vowel
	 * in brackets; the reversed order is understood for the common ones too.
	 */
	private static final Map<String, Choice> PAIRS = pairs();

	private static final Pattern PAIR = pairPattern();

	private static final String CLOSING = ")]}\"'”’」』》〉】〕";

	/** How each digit is read: 영 일 이 삼 사 오 육 칠 팔 구. */
	private static final Ending[] DIGITS = { Ending.CONSONANT, Ending.RIEUL, Ending.VOWEL, Ending.CONSONANT,
			Ending.VOWEL, Ending.VOWEL, Ending.CONSONANT, Ending.RIEUL, Ending.RIEUL, Ending.VOWEL };

	/** The unit of a group of four zeros: 만, 억, 조, 경. */
	private static final Ending[] MYRIADS = { Ending.CONSONANT, Ending.CONSONANT, Ending.VOWEL, Ending.CONSONANT };

	/** Units written after a number, by how they are read. */
	private static final Map<String, Ending> UNITS = Map.ofEntries(Map.entry("kg", Ending.CONSONANT),
			Map.entry("g", Ending.CONSONANT), Map.entry("mg", Ending.CONSONANT), Map.entry("t", Ending.VOWEL),
			Map.entry("ml", Ending.VOWEL), Map.entry("l", Ending.VOWEL), Map.entry("cm", Ending.VOWEL),
			Map.entry("mm", Ending.VOWEL), Map.entry("km", Ending.VOWEL), Map.entry("m", Ending.VOWEL),
			Map.entry("w", Ending.VOWEL), Map.entry("kw", Ending.VOWEL), Map.entry("v", Ending.VOWEL),
			Map.entry("hz", Ending.VOWEL), Map.entry("kcal", Ending.RIEUL), Map.entry("cal", Ending.RIEUL),
			Map.entry("pcs", Ending.VOWEL), Map.entry("px", Ending.VOWEL));

	/** Acronyms are read letter by letter: 엘, 엠, 엔 and 알 end in a consonant. */
	private static final String LETTERS_WITH_FINAL = "LMNR";

	private KoreanParticles() {
	}

	/**
	 * The text with every pair form replaced by the form that agrees with the word before
	 * it, or left as written where that word's sound is unknown.
	 * @param text a filled-in message
	 * @return the text as it should be read
	 */
	public static String resolve(String text) {
		if (text == null || text.indexOf('(') < 0) {
			return text;
		}
		Matcher matcher = PAIR.matcher(text);
		StringBuilder result = null;
		int copied = 0;
		while (matcher.find()) {
			if (result == null) {
				result = new StringBuilder(text.length());
			}
			result.append(text, copied, matcher.start());
			copied = matcher.end();
			Ending ending = endingOf(result, result.length());
			if (ending == Ending.UNKNOWN) {
				result.append(matcher.group());
			}
			else if (matcher.group(1) != null) {
				result.append(prefixed(matcher.group(1), ending));
			}
			else {
				result.append(PAIRS.get(matcher.group()).form(ending));
			}
		}
		if (result == null) {
			return text;
		}
		return result.append(text, copied, text.length()).toString();
	}

	/** (으)로: 으 after a final consonant but not after ㄹ; (이)나: 이 after any. */
	private static String prefixed(String prefix, Ending ending) {
		if (prefix.equals("으")) {
			return (ending == Ending.CONSONANT) ? "으" : "";
		}
		return ending.hasFinalConsonant() ? "이" : "";
	}

	/**
	 * How the text before {@code end} ends when read aloud, skipping closing brackets and
	 * quotes.
	 * @param text the text
	 * @param end where the particle would go
	 * @return its ending
	 */
	public static Ending endingOf(CharSequence text, int end) {
		int last = end - 1;
		while (last >= 0 && CLOSING.indexOf(text.charAt(last)) >= 0) {
			last--;
		}
		if (last < 0) {
			return Ending.UNKNOWN;
		}
		char c = text.charAt(last);
		if (c >= '가' && c <= '힣') {
			int finalConsonant = (c - '가') % 28;
			return (finalConsonant == 0) ? Ending.VOWEL : (finalConsonant == 8) ? Ending.RIEUL : Ending.CONSONANT;
		}
		if (c >= 'ㄱ' && c <= 'ㅎ') {
			return (c == 'ㄹ') ? Ending.RIEUL : Ending.CONSONANT;
		}
		if (c >= 'ㅏ' && c <= 'ㅣ') {
			return Ending.VOWEL;
		}
		if (c >= '0' && c <= '9') {
			return number(text, last);
		}
		if (isLatin(c)) {
			return latin(text, last);
		}
		if (c == '%') {
			return Ending.VOWEL;
		}
		return Ending.UNKNOWN;
	}

	/** A number read in Korean: its last digit, or the unit its trailing zeros make. */
	private static Ending number(CharSequence text, int last) {
		int start = last;
		while (start > 0 && isNumberChar(text.charAt(start - 1))) {
			start--;
		}
		String token = text.subSequence(start, last + 1).toString();
		int point = token.lastIndexOf('.');
		if (point >= 0) {
			// Digits after a decimal point are read one by one: 0.5 is 영 점 오.
			return DIGITS[token.charAt(token.length() - 1) - '0'];
		}
		String digits = token.replace(",", "");
		int zeros = 0;
		while (zeros < digits.length() && digits.charAt(digits.length() - 1 - zeros) == '0') {
			zeros++;
		}
		if (zeros == 0 || zeros == digits.length()) {
			return DIGITS[digits.charAt(digits.length() - 1) - '0'];
		}
		if (zeros < 4) {
			// 십, 백, 천
			return Ending.CONSONANT;
		}
		int myriad = zeros / 4;
		return (myriad <= MYRIADS.length) ? MYRIADS[myriad - 1] : Ending.UNKNOWN;
	}

	private static boolean isNumberChar(char c) {
		return (c >= '0' && c <= '9') || c == ',' || c == '.';
	}

	private static boolean isLatin(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

	/** A Latin word: a unit after a number, an acronym letter by letter, else a word. */
	private static Ending latin(CharSequence text, int last) {
		int start = last;
		while (start > 0 && isLatin(text.charAt(start - 1))) {
			start--;
		}
		String word = text.subSequence(start, last + 1).toString();
		String lower = word.toLowerCase(Locale.ROOT);
		if (start > 0 && Character.isDigit(text.charAt(start - 1)) && UNITS.containsKey(lower)
				&& !isCode(text, start - 1)) {
			return UNITS.get(lower);
		}
		if (word.length() == 1 || word.equals(word.toUpperCase(Locale.ROOT))) {
			char letter = Character.toUpperCase(word.charAt(word.length() - 1));
			if (letter == 'L' || letter == 'R') {
				return Ending.RIEUL;
			}
			return (LETTERS_WITH_FINAL.indexOf(letter) >= 0) ? Ending.CONSONANT : Ending.VOWEL;
		}
		return englishWord(lower);
	}

	/**
	 * Digits after letters make a code (PAGE2024L is read letter by letter), not a
	 * quantity.
	 */
	private static boolean isCode(CharSequence text, int lastDigit) {
		int before = lastDigit;
		while (before >= 0 && isNumberChar(text.charAt(before))) {
			before--;
		}
		return before >= 0 && isLatin(text.charAt(before));
	}

	/**
	 * How an English word usually ends in Korean spelling: app 앱, book 북, chat 챗, web 웹
	 * and long 롱 end in a consonant, mall 몰 and Google 구글 in ㄹ, Apple 애플, desk 데스크 and
	 * Naver 네이버 in a vowel.
	 */
	private static Ending englishWord(String word) {
		int n = word.length();
		char last = word.charAt(n - 1);
		char before = (n > 1) ? word.charAt(n - 2) : ' ';
		if (before == last && n > 2) {
			// app 앱, add 애드: a doubled letter sounds once
			before = word.charAt(n - 3);
		}
		switch (last) {
			case 'l':
				return Ending.RIEUL;
			case 'm':
			case 'n':
				return Ending.CONSONANT;
			case 'g':
				return (before == 'n') ? Ending.CONSONANT : Ending.VOWEL;
			case 'e':
				if (before == 'l' && n > 2) {
					char third = word.charAt(n - 3);
					return (third == 'p' || third == 't' || third == 'd' || third == 'k') ? Ending.VOWEL : Ending.RIEUL;
				}
				return Ending.VOWEL;
			case 'c':
				return Ending.CONSONANT;
			case 'k':
				return (before == 'c' || isVowel(before)) ? Ending.CONSONANT : Ending.VOWEL;
			case 'p':
			case 'b':
			case 't':
				return isVowel(before) ? Ending.CONSONANT : Ending.VOWEL;
			default:
				return Ending.VOWEL;
		}
	}

	private static boolean isVowel(char c) {
		return "aeiou".indexOf(c) >= 0;
	}

	private static Map<String, Choice> pairs() {
		List<Choice> choices = List.of(new Choice("을", "를", true), new Choice("이", "가", true),
				new Choice("은", "는", true), new Choice("과", "와", true), new Choice("아", "야", false),
				new Choice("이에요", "예요", true), new Choice("이었", "였", true), new Choice("으로", "로", true));
		Map<String, Choice> pairs = new LinkedHashMap<>();
		for (Choice choice : choices) {
			pairs.put(choice.afterConsonant() + "(" + choice.afterVowel() + ")", choice);
			if (choice.reversible()) {
				pairs.put(choice.afterVowel() + "(" + choice.afterConsonant() + ")", choice);
			}
		}
		return pairs;
	}

	private static Pattern pairPattern() {
		List<String> written = new ArrayList<>(PAIRS.keySet());
		written.sort(Comparator.comparingInt(String::length).reversed());
		StringBuilder pattern = new StringBuilder("\\((으|이)\\)(?=[가-힣])");
		for (String form : written) {
			pattern.append('|').append(Pattern.quote(form));
		}
		return Pattern.compile(pattern.toString());
	}

	private record Choice(String afterConsonant, String afterVowel, boolean reversible) {

		String form(Ending ending) {
			if (this.afterConsonant.equals("으로")) {
				return (ending == Ending.CONSONANT) ? "으로" : "로";
			}
			return ending.hasFinalConsonant() ? this.afterConsonant : this.afterVowel;
		}

	}

}
