package kr.valuemall.catalog.notice;

import java.util.List;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Something wrong with one line of a notice (or with its group), as a message key and its
 * arguments, so that a form shows it next to the line and a bulk upload reports it in its
 * row in Korean.
 *
 * @param field the line's {@link NoticeItem#key()}, or {@link #GROUP} for the group
 * @param code the message key
 * @param arguments the message's arguments; a line's label is itself a resolvable
 */
public record NoticeProblem(String field, String code, List<Object> arguments) {

	/** The field name of the product group itself. */
	public static final String GROUP = "noticeGroup";

	public NoticeProblem {
		arguments = List.copyOf(arguments);
	}

	/** The message, ready for a {@link org.springframework.context.MessageSource}. */
	public MessageSourceResolvable message() {
		return new DefaultMessageSourceResolvable(new String[] { this.code }, this.arguments.toArray());
	}

	/** The arguments as a form error carries them. */
	public Object[] argumentArray() {
		return this.arguments.toArray();
	}

}
