package kr.valuemall.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.ChoiceFormat;
import java.text.DateFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message in both languages, filled with values that end every way a Korean word or
 * number can end, read through the mall's own message source: a particle right after a
 * filled-in value must agree with how that value is read aloud, and no pair form such as
 * 을(를) may reach a reader. Messages added later are checked the same way, so a new "{0}을"
 * fails here until it is written "{0}을(를)".
 * <p>
 * The expected endings below are written out by hand, not asked of
 * {@link KoreanParticles}.
 */
class KoreanParticleBundleTests {

	/** Marks where a text argument starts in the output; it reads as nothing. */
	private static final char MARK = '\uE000';

	private static final Ending V = Ending.VOWEL;

	private static final Ending C = Ending.CONSONANT;

	private static final Ending R = Ending.RIEUL;

	/** Values a text argument may take, with how each ends when read aloud. */
	private static final List<Sample> TEXTS = List.of(new Sample("사과", V), new Sample("가방", C), new Sample("서울", R),
			new Sample("130,000원", C), new Sample("가치몰", R), new Sample("LG", V), new Sample("Google", R),
			new Sample("Apple", V), new Sample("URL", R), new Sample("WELCOME3000", C), new Sample("제주 한라봉", C),
			new Sample("‘한산모시’", V), new Sample("SALE5", V), new Sample("3kg", C), new Sample("2,002", V),
			new Sample("12,500", C), new Sample("(주)바다", V), new Sample("칠곡", C));

	/** Numbers, ending in each digit and in one to six zeros. */
	private static final List<Sample> NUMBERS = List.of(new Sample(0L, C), new Sample(1L, R), new Sample(2L, V),
			new Sample(3L, C), new Sample(4L, V), new Sample(5L, V), new Sample(6L, C), new Sample(7L, R),
			new Sample(8L, R), new Sample(9L, V), new Sample(10L, C), new Sample(100L, C), new Sample(1000L, C),
			new Sample(10000L, C), new Sample(130000L, C), new Sample(1000000L, C), new Sample(25L, V),
			new Sample(31L, R), new Sample(12L, V), new Sample(48L, R));

	private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)\\s*(?:,\\s*(\\w+))?");

	private static final String FORMS = "을|를|이|가|은|는|과|와|아|야|이에요|예요|이었|였|으로|로";

	private static final Pattern LEFTOVER = Pattern
		.compile("(?:" + FORMS + ")\\((?:" + FORMS + ")\\)|\\((?:으|이)\\)(?=[가-힣])");

	/**
	 * Boot's message source as the mall configures it (application.yml), wrapped as
	 * {@code WebConfig} wraps it; CouponCheckoutPageTests sees the same in the whole
	 * mall.
	 */
	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withInitializer(new ConfigDataApplicationContextInitializer())
		.withConfiguration(AutoConfigurations.of(MessageSourceAutoConfiguration.class))
		.withBean(KoreanParticleMessages.Wrapping.class);

	@Test
	void everyKoreanParticleAfterAFilledInValueAgreesWithIt() {
		this.contexts.run((context) -> {
			List<String> wrong = new ArrayList<>();
			int checked = 0;
			for (Map.Entry<String, String> message : bundle("messages_ko.properties").entrySet()) {
				for (Object[] arguments : argumentSets(message.getValue())) {
					String text = context.getMessage(message.getKey(), arguments, Locale.KOREAN);
					Matcher leftover = LEFTOVER.matcher(text);
					if (leftover.find()) {
						wrong.add(message.getKey() + ": pair form " + leftover.group() + " left in: " + text);
					}
					for (int index = 0; index < arguments.length; index++) {
						for (int end : ends(text, arguments[index], message.getValue(), index)) {
							checked++;
							String problem = disagreement(text, end, sampleOf(arguments[index]).ending());
							if (problem != null) {
								wrong.add(message.getKey() + ": " + problem + " in: "
										+ text.replace(String.valueOf(MARK), ""));
							}
						}
					}
				}
			}
			assertThat(checked).as("filled-in values found in the Korean output").isGreaterThan(1000);
			assertThat(wrong.stream().distinct().toList()).isEmpty();
		});
	}

	@Test
	void englishMessagesAreLeftAsMessageFormatWritesThem() {
		this.contexts.run((context) -> {
			MessageSource messages = context.getBean(MessageSource.class);
			List<String> changed = new ArrayList<>();
			for (Map.Entry<String, String> message : bundle("messages_en.properties").entrySet()) {
				for (Object[] arguments : argumentSets(message.getValue())) {
					String expected = new MessageFormat(message.getValue(), Locale.ENGLISH).format(arguments);
					String text = messages.getMessage(message.getKey(), arguments, Locale.ENGLISH);
					if (!text.equals(expected) || LEFTOVER.matcher(text).find()) {
						changed.add(message.getKey() + ": " + text);
					}
				}
			}
			assertThat(changed).isEmpty();
		});
	}

	@Test
	void theApplicationContextHandsOutTheResolvingMessageSource() {
		this.contexts.run((context) -> {
			assertThat(context.getBean(MessageSource.class)).isInstanceOf(KoreanParticleMessages.class);
			assertThat(context.getMessage("checkout.coupon.applied", new Object[] { "3,000원" }, Locale.KOREAN))
				.startsWith("쿠폰으로 3,000원을 할인했습니다.");
		});
	}

	@Test
	void theCheckerCatchesTheMistakesTheAuditFound() {
		assertThat(disagreement("130,000원를 할인했습니다", 7, C)).isNotNull();
		assertThat(disagreement("130,000원였을 것입니다", 7, C)).isNotNull();
		assertThat(disagreement("130,000원로 바뀌었습니다", 7, C)).isNotNull();
		assertThat(disagreement("사과을 담았습니다", 2, V)).isNotNull();
		assertThat(disagreement("서울으로 보냅니다", 2, R)).isNotNull();
		assertThat(disagreement("130,000원을 할인했습니다", 7, C)).isNull();
		assertThat(disagreement("서울로 보냅니다", 2, R)).isNull();
		assertThat(disagreement("3가지 색", 1, C)).as("가지 is a word, not 가").isNull();
		assertThat(disagreement("3 이상", 1, C)).isNull();
		assertThat(LEFTOVER.matcher("쿠폰 사과을(를) 썼습니다").find()).isTrue();
		assertThat(LEFTOVER.matcher("부산(으)로 보냅니다").find()).isTrue();
		assertThat(LEFTOVER.matcher("가치몰(정부)이 부담합니다").find()).isFalse();
	}

	/**
	 * Where the value ends in the output: after the mark for text; for a number, after
	 * each place its digits appear on their own.
	 */
	private static List<Integer> ends(String text, Object argument, String pattern, int index) {
		List<Integer> ends = new ArrayList<>();
		if (argument instanceof String value) {
			int at = text.indexOf(value);
			while (at >= 0) {
				ends.add(at + value.length());
				at = text.indexOf(value, at + 1);
			}
		}
		else if (argument instanceof Long number) {
			Format format = formatOf(pattern, index);
			String shown = ((format instanceof NumberFormat numberFormat && !(format instanceof ChoiceFormat))
					? numberFormat : NumberFormat.getInstance(Locale.KOREAN))
				.format(number);
			int at = text.indexOf(shown);
			while (at >= 0) {
				int end = at + shown.length();
				boolean alone = (at == 0 || !isNumberChar(text.charAt(at - 1)))
						&& (end == text.length() || !Character.isDigit(text.charAt(end)));
				if (alone) {
					ends.add(end);
				}
				at = text.indexOf(shown, at + 1);
			}
		}
		return ends;
	}

	private static boolean isNumberChar(char c) {
		return Character.isDigit(c) || c == ',' || c == '.';
	}

	/**
	 * The particle right after {@code end} (or after one more syllable glued to the
	 * value, such as 원 or 개) if it does not agree, else null.
	 */
	static String disagreement(String text, int end, Ending ending) {
		Particle particle = Particle.at(text, end);
		if (particle != null) {
			return particle.agreesWith(ending) ? null
					: "'" + particle.written + "' after a word ending in " + ending + " at " + end;
		}
		if (end < text.length() && isHangulSyllable(text.charAt(end))) {
			char glued = text.charAt(end);
			Particle next = Particle.at(text, end + 1);
			if (next != null && !next.agreesWith(endingOf(glued))) {
				return "'" + next.written + "' after '" + glued + "' at " + end;
			}
		}
		return null;
	}

	private static boolean isHangulSyllable(char c) {
		return c >= '가' && c <= '힣';
	}

	private static Ending endingOf(char syllable) {
		int finalConsonant = (syllable - '가') % 28;
		return (finalConsonant == 0) ? V : (finalConsonant == 8) ? R : C;
	}

	/**
	 * Several ways to fill a message: each argument takes every sample of its kind in
	 * turn, each argument a different one at a time.
	 */
	private static List<Object[]> argumentSets(String pattern) {
		Map<Integer, String> kinds = new TreeMap<>();
		Matcher matcher = ARGUMENT.matcher(pattern);
		while (matcher.find()) {
			int index = Integer.parseInt(matcher.group(1));
			String kind = (matcher.group(2) != null) ? matcher.group(2) : "text";
			kinds.merge(index, kind, (a, b) -> a.equals("text") ? b : a);
		}
		if (kinds.isEmpty()) {
			return List.<Object[]>of(new Object[0]);
		}
		int count = kinds.keySet().stream().mapToInt(Integer::intValue).max().getAsInt() + 1;
		List<Object[]> sets = new ArrayList<>();
		int rounds = TEXTS.size() + NUMBERS.size();
		for (int round = 0; round < rounds; round++) {
			Object[] arguments = new Object[count];
			for (int index = 0; index < count; index++) {
				String kind = kinds.getOrDefault(index, "text");
				int pick = round + index * 7;
				arguments[index] = switch (kind) {
					case "number", "choice" -> NUMBERS.get(pick % NUMBERS.size()).value();
					case "date", "time" -> new Date(1_780_000_000_000L);
					default -> {
						int all = pick % rounds;
						yield (all < TEXTS.size()) ? MARK + (String) TEXTS.get(all).value()
								: NUMBERS.get(all - TEXTS.size()).value();
					}
				};
			}
			sets.add(arguments);
		}
		return sets;
	}

	private static Sample sampleOf(Object argument) {
		if (argument instanceof String text) {
			String value = text.substring(1);
			return TEXTS.stream().filter((sample) -> sample.value().equals(value)).findFirst().orElseThrow();
		}
		return NUMBERS.stream()
			.filter((sample) -> sample.value().equals(argument))
			.findFirst()
			.orElse(new Sample(argument, Ending.VOWEL));
	}

	private static Format formatOf(String pattern, int index) {
		Format[] formats = new MessageFormat(pattern, Locale.KOREAN).getFormatsByArgumentIndex();
		return (index < formats.length) ? formats[index] : null;
	}

	private static Map<String, String> bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStreamReader reader = new InputStreamReader(new ClassPathResource(name).getInputStream(),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		Map<String, String> messages = new TreeMap<>();
		properties.stringPropertyNames().forEach((key) -> messages.put(key, properties.getProperty(key)));
		return messages;
	}

	enum Ending {

		VOWEL, CONSONANT, RIEUL;

		boolean hasFinalConsonant() {
			return this != VOWEL;
		}

	}

	private record Sample(Object value, Ending ending) {
	}

	/** A particle whose form depends on the word before it, as written in the output. */
	private record Particle(String written, String afterConsonant, String afterVowel, boolean rieulTakesVowelForm) {

		/** Longest first, so 이었 is not read as 이. */
		private static final List<Particle> KNOWN = List.of(new Particle("이었", "이었", "였", false),
				new Particle("였", "이었", "였", false), new Particle("이에요", "이에요", "예요", false),
				new Particle("예요", "이에요", "예요", false), new Particle("으로", "으로", "로", true),
				new Particle("로", "으로", "로", true), new Particle("을", "을", "를", false),
				new Particle("를", "을", "를", false), new Particle("이", "이", "가", false),
				new Particle("가", "이", "가", false), new Particle("은", "은", "는", false),
				new Particle("는", "은", "는", false), new Particle("과", "과", "와", false),
				new Particle("와", "과", "와", false));

		/** What may follow a particle within the same word: 로는, 로도, 과의. */
		private static final String FOLLOWERS = "는도만서써의";

		static Particle at(String text, int start) {
			for (Particle particle : KNOWN) {
				if (!text.startsWith(particle.written, start)) {
					continue;
				}
				int after = start + particle.written.length();
				boolean copulaPast = particle.written.endsWith("었") || particle.written.equals("였");
				if (copulaPast || after == text.length() || !isHangulSyllable(text.charAt(after))
						|| (FOLLOWERS.indexOf(text.charAt(after)) >= 0 && !particle.written.equals("이")
								&& !particle.written.equals("가")
								&& (after + 1 == text.length() || !isHangulSyllable(text.charAt(after + 1))))) {
					return particle;
				}
			}
			return null;
		}

		boolean agreesWith(Ending ending) {
			boolean consonantForm = this.rieulTakesVowelForm ? ending == Ending.CONSONANT : ending.hasFinalConsonant();
			return this.written.equals(consonantForm ? this.afterConsonant : this.afterVowel);
		}

	}

}
