package kr.valuemall.origin.rules;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import kr.valuemall.origin.screening.TermKind;

/**
 * A word staff add to the rule book.
 */
record TermForm(@NotNull TermKind kind, @NotBlank @Size(max = 100) String term,
		@NotNull @Min(0) @Max(1000) Integer points) {

	static TermForm empty() {
		return new TermForm(TermKind.IMPORT_PHRASE, "", 50);
	}

}
