package kr.valuemall.shared;

/**
 * An uploaded image or PDF that the mall will not store, with the message key that tells
 * the uploader why; its own text is for the log only.
 */
public class UploadRefused extends RuntimeException {

	/** Why, each with its message key. */
	public enum Reason {

		/**
		 * The header declares more pixels than the mall decodes (a decompression bomb).
		 */
		TOO_MANY_PIXELS("upload.image.tooManyPixels"),

		/** Says it is a JPEG or PNG but cannot be decoded. */
		IMAGE_UNREADABLE("upload.image.unreadable"),

		/** Not a PDF that can be read (damaged, or not a PDF at all). */
		PDF_UNREADABLE("upload.pdf.unreadable"),

		/** Opens only with a password. */
		PDF_ENCRYPTED("upload.pdf.encrypted"),

		/** Carries JavaScript, a launch action or embedded files. */
		PDF_ACTIVE_CONTENT("upload.pdf.activeContent"),

		/** More pages than a document of this kind has. */
		PDF_TOO_MANY_PAGES("upload.pdf.tooManyPages");

		private final String messageKey;

		Reason(String messageKey) {
			this.messageKey = messageKey;
		}

	}

	private final Reason reason;

	UploadRefused(Reason reason, String detail, Throwable cause) {
		super("Upload refused: " + reason.messageKey + ((detail != null) ? " (" + detail + ")" : ""), cause);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

	public String messageKey() {
		return this.reason.messageKey;
	}

}
