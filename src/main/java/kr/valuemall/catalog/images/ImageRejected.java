package kr.valuemall.catalog.images;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * An uploaded product image that the mall will not store. Carries a message key for the
 * seller's form (e.g. {@code bindingResult.rejectValue("images", ex.messageKey())}); its
 * own text is for the log only. Not handled by a form, it is a 400, never a 500.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class ImageRejected extends RuntimeException {

	/** Why an image was refused, each with the message key that tells the seller. */
	enum Reason {

		/** Not JPEG, PNG or GIF by its content, whatever its name or declared type. */
		UNSUPPORTED_TYPE("image.invalid.type"),

		/** WebP: the JDK cannot decode it, so it gets its own advice. */
		WEBP("image.invalid.webp"),

		/** HEIC/HEIF, as iPhones save photos: the JDK cannot decode it either. */
		HEIC("image.invalid.heic"),

		/** More bytes than one image may have. */
		TOO_LARGE("image.invalid.tooLarge"),

		/**
		 * More pixels than the mall decodes (a decompression bomb, or an absurd scan).
		 */
		TOO_MANY_PIXELS("image.invalid.tooManyPixels"),

		/** Too small to show a product. */
		TOO_SMALL("image.invalid.tooSmall"),

		/** Says it is a JPEG/PNG/GIF but cannot be decoded (damaged, or CMYK JPEG). */
		UNREADABLE("image.invalid.unreadable"),

		/** More images than a product may have. */
		TOO_MANY("image.invalid.tooMany");

		private final String messageKey;

		Reason(String messageKey) {
			this.messageKey = messageKey;
		}

		public String messageKey() {
			return this.messageKey;
		}

	}

	private final Reason reason;

	private final String fileName;

	private ImageRejected(Reason reason, String fileName, Throwable cause) {
		super("Image refused: " + reason.messageKey() + ((fileName != null) ? " (" + fileName + ")" : ""), cause);
		this.reason = reason;
		this.fileName = fileName;
	}

	static ImageRejected of(Reason reason) {
		return new ImageRejected(reason, null, null);
	}

	static ImageRejected unreadable(Throwable cause) {
		return new ImageRejected(Reason.UNREADABLE, null, cause);
	}

	static ImageRejected tooMany() {
		return of(Reason.TOO_MANY);
	}

	/**
	 * The same refusal, naming the uploaded file so a seller knows which of several it
	 * was.
	 */
	ImageRejected forFile(String fileName) {
		return new ImageRejected(this.reason, fileName, getCause());
	}

	Reason reason() {
		return this.reason;
	}

	public String messageKey() {
		return this.reason.messageKey();
	}

	/** Whether it was one file too many rather than a file refused for what it is. */
	public boolean isTooMany() {
		return this.reason == Reason.TOO_MANY;
	}

	/** The name the seller's browser gave the file, or {@code null}; show it escaped. */
	public String fileName() {
		return this.fileName;
	}

}
