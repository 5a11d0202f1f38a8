package kr.valuemall.seller.application;

import java.io.IOException;
import java.util.Arrays;

import org.springframework.web.multipart.MultipartFile;

import kr.valuemall.shared.UploadRefused;
import kr.valuemall.shared.UploadedImages;
import kr.valuemall.shared.UploadedPdfs;

/**
 * An uploaded business registration certificate. Its type is read from its first bytes,
 * never from its name or the browser's word for it, and what is stored is a clean copy:
 * an image re-encoded (its pixels only, at most {@value #MAX_LONG_SIDE} px on the long
 * side, read by staff), a PDF checked for scripts, launch actions and embedded files and
 * flattened.
 */
record EvidenceFile(String fileName, Type type, byte[] content) {

	static final int MAX_BYTES = 10 * 1024 * 1024;

	/** Enough to read the smallest print of a scanned A4 page. */
	static final int MAX_LONG_SIDE = 3000;

	enum Type {

		PDF("application/pdf", new byte[] { '%', 'P', 'D', 'F', '-' }),
		JPEG("image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }),
		PNG("image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });

		private final String mediaType;

		private final byte[] signature;

		Type(String mediaType, byte[] signature) {
			this.mediaType = mediaType;
			this.signature = signature;
		}

		String mediaType() {
			return this.mediaType;
		}

		static Type of(byte[] content) {
			for (Type type : values()) {
				if (content.length >= type.signature.length
						&& Arrays.equals(content, 0, type.signature.length, type.signature, 0, type.signature.length)) {
					return type;
				}
			}
			return null;
		}

	}

	/** Either the file, or the message key of why it cannot be taken. */
	record Inspection(EvidenceFile file, String problem) {

		boolean accepted() {
			return this.file != null;
		}

	}

	static Inspection inspect(MultipartFile upload) {
		if (upload == null || upload.isEmpty()) {
			return new Inspection(null, "seller.apply.document.missing");
		}
		if (upload.getSize() > MAX_BYTES) {
			return new Inspection(null, "seller.apply.document.tooLarge");
		}
		byte[] content;
		try {
			content = upload.getBytes();
		}
		catch (IOException ex) {
			return new Inspection(null, "seller.apply.document.unreadable");
		}
		Type type = Type.of(content);
		if (type == null) {
			return new Inspection(null, "seller.apply.document.wrongType");
		}
		try {
			content = switch (type) {
				case PDF -> UploadedPdfs.flatten(content);
				case JPEG, PNG -> UploadedImages.reencode(content, MAX_LONG_SIDE).bytes();
			};
		}
		catch (UploadRefused ex) {
			return new Inspection(null, ex.messageKey());
		}
		String name = (upload.getOriginalFilename() != null && !upload.getOriginalFilename().isBlank())
				? upload.getOriginalFilename().replaceAll("[\\\\/\\r\\n\"]", "_") : "document";
		return new Inspection(new EvidenceFile(name.substring(0, Math.min(200, name.length())), type, content), null);
	}

}
