package kr.valuemall.catalog.bulk;

/**
 * An uploaded file that cannot be read as a bulk listing sheet at all; nothing in it was
 * listed. Shown as the message {@code messageKey} with {@code args}.
 */
class BulkFileRejected extends RuntimeException {

	private final String messageKey;

	private final Object[] args;

	BulkFileRejected(String messageKey, Object... args) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
		this.args = args;
	}

	String messageKey() {
		return this.messageKey;
	}

	Object[] args() {
		return this.args;
	}

}
