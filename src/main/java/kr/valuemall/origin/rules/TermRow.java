package kr.valuemall.origin.rules;

import kr.valuemall.origin.screening.TermKind;

/**
 * A word of the rule book, as the rules page shows it.
 */
record TermRow(long id, TermKind kind, String term, int points, boolean enabled) {

	static TermRow of(OriginTerm term) {
		return new TermRow(term.getId(), term.getKind(), term.getTerm(), term.getPoints(), term.isEnabled());
	}

}
