package kr.valuemall.origin.screening;

/**
 * What a word in the rule book is for. The first five score a listing when they appear in
 * it (channel phrases tell how imports travel: 통관, 관부가세, 현지 창고; slang names the
 * cross-border shops: 알리, 테무, 직구); a safe phrase is never read as a signal (국산 in 국산 콩,
 * 수입 inside 수입 없이); reseller and maker phrases tell whether a seller who declares to make
 * a product really does.
 */
public enum TermKind {

	IMPORT_PHRASE(true), FOREIGN_BRAND(true), FOREIGN_PLACE(true), IMPORT_CHANNEL(true), CROSS_BORDER_SLANG(true),
	SAFE_PHRASE(false), RESELLER_PHRASE(false), MAKER_PHRASE(false);

	private final boolean scoring;

	TermKind(boolean scoring) {
		this.scoring = scoring;
	}

	public boolean scoring() {
		return this.scoring;
	}

	public String messageKey() {
		return "origin.termKind." + name();
	}

}
