package kr.valuemall.catalog.images;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * The image formats a seller may upload, told apart by their first bytes. The file name
 * and the Content-Type a browser sends are the client's claims and are never consulted.
 */
enum UploadFormat {

	JPEG("jpeg"), PNG("png"), GIF("gif");

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	/** ISO-BMFF brands of HEIC/HEIF, the format iPhones save photos in. */
	private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "mif1",
			"msf1");

	private final String imageIoName;

	UploadFormat(String imageIoName) {
		this.imageIoName = imageIoName;
	}

	/** The name under which the JDK's ImageIO has a reader for it. */
	String imageIoName() {
		return this.imageIoName;
	}

	/**
	 * Tells the format from the content.
	 * @throws ImageRejected for anything that is not JPEG, PNG or GIF, with its own
	 * advice for WebP and HEIC
	 */
	static UploadFormat sniff(byte[] bytes) {
		if (startsWith(bytes, 0, (byte) 0xFF, (byte) 0xD8, (byte) 0xFF)) {
			return JPEG;
		}
		if (startsWith(bytes, 0, PNG_SIGNATURE)) {
			return PNG;
		}
		if (ascii(bytes, 0, 6).equals("GIF87a") || ascii(bytes, 0, 6).equals("GIF89a")) {
			return GIF;
		}
		if (ascii(bytes, 0, 4).equals("RIFF") && ascii(bytes, 8, 4).equals("WEBP")) {
			throw ImageRejected.of(ImageRejected.Reason.WEBP);
		}
		if (ascii(bytes, 4, 4).equals("ftyp") && HEIF_BRANDS.contains(ascii(bytes, 8, 4))) {
			throw ImageRejected.of(ImageRejected.Reason.HEIC);
		}
		throw ImageRejected.of(ImageRejected.Reason.UNSUPPORTED_TYPE);
	}

	private static boolean startsWith(byte[] bytes, int offset, byte... expected) {
		return bytes.length >= offset + expected.length
				&& Arrays.equals(bytes, offset, offset + expected.length, expected, 0, expected.length);
	}

	private static String ascii(byte[] bytes, int offset, int length) {
		return (bytes.length >= offset + length) ? new String(bytes, offset, length, StandardCharsets.ISO_8859_1) : "";
	}

}
