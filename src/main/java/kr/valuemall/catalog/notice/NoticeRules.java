package kr.valuemall.catalog.notice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What a notice must say. Any notice that is saved: no line longer than
 * {@value #MAX_LENGTH} characters, and a KC certification number written as one (letters,
 * digits and hyphens, several separated by commas). A notice on a listing that goes on
 * sale, in addition: a product group, every required line filled, and a country of
 * manufacture or origin in Korea, since only goods made here are sold here.
 */
public final class NoticeRules {

	public static final int MAX_LENGTH = 1000;

	/** e.g. CB063R1234-0001, YU10012-19001, R-R-ABC-XYZ123; several with commas. */
	private static final Pattern KC_NUMBERS = Pattern
		.compile("[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*(?:\\s*,\\s*[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*)*");

	private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*", Pattern.DOTALL);

	/** Korea, or a province or metropolitan city of it, as sellers write origins. */
	private static final Pattern KOREA = Pattern
		.compile("대한민국|한국|국내|국산|korea|서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|충청|전북|전남|전라|경북|경남|경상|제주");

	private NoticeRules() {
	}

	/**
	 * The problems of a notice as typed, line by line in the notice's order.
	 * @param group the chosen group, or {@code null} when none is
	 * @param typed what each line says, by item key (other keys are ignored)
	 * @param forSale whether the listing goes (or stays) on sale with it
	 */
	public static List<NoticeProblem> check(NoticeGroup group, Map<String, String> typed, boolean forSale) {
		List<NoticeProblem> problems = new ArrayList<>();
		if (group == null) {
			if (forSale) {
				problems.add(new NoticeProblem(NoticeProblem.GROUP, "notice.problem.groupRequired", List.of()));
			}
			return problems;
		}
		for (NoticeField field : group.fields()) {
			String value = (typed != null) ? typed.get(field.key()) : null;
			String text = (value != null) ? value.strip() : "";
			if (text.isEmpty()) {
				if (forSale && field.required()) {
					problems.add(new NoticeProblem(field.key(), "notice.problem.required",
							List.of(new DefaultMessageSourceResolvable(field.labelKey()))));
				}
			}
			else if (text.length() > MAX_LENGTH) {
				problems.add(new NoticeProblem(field.key(), "notice.problem.tooLong", List.of(MAX_LENGTH)));
			}
			else if (field.item().isKcNumber() && !isKcNumber(text)) {
				problems.add(new NoticeProblem(field.key(), "notice.problem.kcNumber", List.of()));
			}
			else if (forSale && field.item().namesCountry() && !namesKorea(text)) {
				problems.add(new NoticeProblem(field.key(), "notice.problem.notKorea", List.of()));
			}
		}
		return problems;
	}

	/**
	 * Letters, digits and hyphens with at least one digit; several separated by commas.
	 */
	static boolean isKcNumber(String text) {
		return KC_NUMBERS.matcher(text).matches() && HAS_DIGIT.matcher(text).matches();
	}

	static boolean namesKorea(String text) {
		return KOREA.matcher(text.toLowerCase(Locale.ROOT)).find();
	}

}
