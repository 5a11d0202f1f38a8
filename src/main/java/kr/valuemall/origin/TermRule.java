package kr.valuemall.origin;

/**
 * One enabled word of the rule book, as screening reads it.
 */
record TermRule(TermKind kind, String term, int points) {

}
