package kr.valuemall.catalog.images;

/**
 * Reads the EXIF orientation tag (0x0112) of a JPEG. Phones store a photo as the sensor
 * saw it and record in this tag how to turn it; re-encoding drops the tag, so the turn
 * must be applied to the pixels or a portrait photo would show lying on its side. A few
 * lines of parsing spare a metadata library. Anything unexpected reads as 1 (upright, as
 * stored).
 */
final class ExifOrientation {

	static final int UPRIGHT = 1;

	private static final int ORIENTATION_TAG = 0x0112;

	private static final int TYPE_SHORT = 3;

	private ExifOrientation() {
	}

	/** The orientation, 1 to 8, of a JPEG's first EXIF segment; 1 when there is none. */
	static int of(byte[] jpeg) {
		try {
			int offset = 2;
			while (offset + 4 <= jpeg.length && (jpeg[offset] & 0xFF) == 0xFF) {
				int marker = jpeg[offset + 1] & 0xFF;
				if (marker == 0xFF) {
					offset++; // fill byte
					continue;
				}
				if (marker == 0xDA || marker == 0xD9) {
					return UPRIGHT; // image data starts: metadata comes before it
				}
				int length = u16(jpeg, offset + 2, false);
				int data = offset + 4;
				if (marker == 0xE1 && length >= 8 && startsWithExif(jpeg, data)) {
					return fromTiff(jpeg, data + 6, offset + 2 + length);
				}
				offset += 2 + length;
			}
		}
		catch (ArrayIndexOutOfBoundsException ex) {
			// A damaged segment: treat as upright, the decoder will judge the rest.
		}
		return UPRIGHT;
	}

	private static boolean startsWithExif(byte[] bytes, int offset) {
		return bytes[offset] == 'E' && bytes[offset + 1] == 'x' && bytes[offset + 2] == 'i' && bytes[offset + 3] == 'f'
				&& bytes[offset + 4] == 0 && bytes[offset + 5] == 0;
	}

	private static int fromTiff(byte[] bytes, int tiff, int end) {
		boolean littleEndian;
		if (bytes[tiff] == 'I' && bytes[tiff + 1] == 'I') {
			littleEndian = true;
		}
		else if (bytes[tiff] == 'M' && bytes[tiff + 1] == 'M') {
			littleEndian = false;
		}
		else {
			return UPRIGHT;
		}
		if (u16(bytes, tiff + 2, littleEndian) != 42) {
			return UPRIGHT;
		}
		long ifd0 = u32(bytes, tiff + 4, littleEndian);
		if (ifd0 < 8 || tiff + ifd0 + 2 > end) {
			return UPRIGHT;
		}
		int entries = u16(bytes, tiff + (int) ifd0, littleEndian);
		int entry = tiff + (int) ifd0 + 2;
		for (int i = 0; i < entries && entry + 12 <= end; i++, entry += 12) {
			if (u16(bytes, entry, littleEndian) == ORIENTATION_TAG
					&& u16(bytes, entry + 2, littleEndian) == TYPE_SHORT) {
				int value = u16(bytes, entry + 8, littleEndian);
				return (value >= 1 && value <= 8) ? value : UPRIGHT;
			}
		}
		return UPRIGHT;
	}

	private static int u16(byte[] bytes, int offset, boolean littleEndian) {
		int a = bytes[offset] & 0xFF;
		int b = bytes[offset + 1] & 0xFF;
		return littleEndian ? (b << 8) | a : (a << 8) | b;
	}

	private static long u32(byte[] bytes, int offset, boolean littleEndian) {
		long high = u16(bytes, offset + (littleEndian ? 2 : 0), littleEndian);
		long low = u16(bytes, offset + (littleEndian ? 0 : 2), littleEndian);
		return (high << 16) | low;
	}

}
