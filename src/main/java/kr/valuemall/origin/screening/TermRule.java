package kr.valuemall.origin.screening;

/**
 * One enabled word of the rule book, as screening reads it.
 */
public record TermRule(TermKind kind, String term, int points) {

}
