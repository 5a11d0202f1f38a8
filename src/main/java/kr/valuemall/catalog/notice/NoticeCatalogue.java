package kr.valuemall.catalog.notice;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The notice's product groups and lines in words, for whatever lists or checks notices
 * outside the product form: the bulk upload's template columns and its per-row messages.
 * The form and the product page read the same groups and message keys.
 */
@Component
public class NoticeCatalogue {

	private final MessageSource messages;

	NoticeCatalogue(MessageSource messages) {
		this.messages = messages;
	}

	public List<NoticeGroup> groups() {
		return Arrays.asList(NoticeGroup.values());
	}

	public String nameOf(NoticeGroup group, Locale locale) {
		return this.messages.getMessage(group.messageKey(), null, locale);
	}

	/** The group's lines in the notice's order, with their labels and guidance. */
	public List<Line> linesOf(NoticeGroup group, Locale locale) {
		return group.fields()
			.stream()
			.map((field) -> new Line(field.key(), this.messages.getMessage(field.labelKey(), null, locale),
					(field.hintKey() != null) ? this.messages.getMessage(field.hintKey(), null, locale) : null,
					field.required(), field.item().isKcNumber()))
			.toList();
	}

	/** The group suggested for a listing of the category. */
	public NoticeGroup suggestedFor(String categorySlug) {
		return NoticeGroup.suggestedFor(categorySlug);
	}

	/**
	 * What is wrong with a notice given as text by line key, each problem in words; empty
	 * when it may be saved ({@code forSale}: and put on sale) as it is. Save it with
	 * {@link ProductNotice#of(NoticeGroup, Map)} through the seller's listings.
	 */
	public List<Problem> check(NoticeGroup group, Map<String, String> values, boolean forSale, Locale locale) {
		return NoticeRules.check(group, values, forSale)
			.stream()
			.map((problem) -> new Problem(problem.field(), this.messages.getMessage(problem.message(), locale)))
			.toList();
	}

	/**
	 * A line of a group's notice.
	 *
	 * @param key the line's stable key ({@link NoticeItem#key()})
	 * @param label its name as the notice gives it
	 * @param hint the notice's guidance on it, or {@code null}
	 * @param required whether it must be filled before the listing goes on sale
	 * (otherwise it is "해당 시": blank reads "해당 없음")
	 * @param kcNumber whether it holds KC certification numbers
	 */
	public record Line(String key, String label, String hint, boolean required, boolean kcNumber) {
	}

	/**
	 * A problem in words.
	 *
	 * @param field the line's key, or {@link NoticeProblem#GROUP}
	 */
	public record Problem(String field, String message) {
	}

}
