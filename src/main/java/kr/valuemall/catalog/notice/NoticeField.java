package kr.valuemall.catalog.notice;

/**
 * A line a product group's notice asks for: required, or "해당 시" (only where it applies;
 * left blank it reads "해당 없음"), with the notice's own guidance as a hint where it gives
 * one.
 *
 * @param hintKey message key of the guidance, or {@code null}
 */
public record NoticeField(NoticeItem item, boolean required, String hintKey) {

	static NoticeField required(NoticeItem item) {
		return new NoticeField(item, true, null);
	}

	static NoticeField required(NoticeItem item, String hint) {
		return new NoticeField(item, true, "notice.hint." + hint);
	}

	static NoticeField ifApplicable(NoticeItem item) {
		return new NoticeField(item, false, null);
	}

	static NoticeField ifApplicable(NoticeItem item, String hint) {
		return new NoticeField(item, false, "notice.hint." + hint);
	}

	public String key() {
		return this.item.key();
	}

	public String labelKey() {
		return this.item.messageKey();
	}

}
