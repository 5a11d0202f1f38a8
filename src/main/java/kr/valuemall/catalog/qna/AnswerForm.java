package kr.valuemall.catalog.qna;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The seller's one answer to a question. */
record AnswerForm(@NotBlank @Size(max = AnswerForm.MAX_ANSWER) String answer) {

	static final int MAX_ANSWER = 2000;

	AnswerForm {
		answer = (answer != null) ? answer.replace("\r\n", "\n").strip() : null;
	}

}
