package kr.valuemall.catalog.qna;

import java.io.Serializable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A shopper's question about a product, and whether only the seller may read it (비밀글).
 * Line breaks are counted as one character each, as the shopper sees them.
 */
public record QuestionForm(@NotBlank @Size(min = QuestionForm.MIN_BODY, max = QuestionForm.MAX_BODY) String body,
		Boolean secret) implements Serializable {

	public static final int MIN_BODY = 5;

	public static final int MAX_BODY = 1000;

	public QuestionForm {
		body = (body != null) ? body.replace("\r\n", "\n").strip() : null;
		// An unticked box sends nothing at all.
		secret = Boolean.TRUE.equals(secret);
	}

	public static QuestionForm empty() {
		return new QuestionForm("", false);
	}

}
