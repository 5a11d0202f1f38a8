package kr.valuemall.catalog.images;

/**
 * An upload after {@link ImageProcessing}: re-encoded in the sizes the pages need, all of
 * one content type.
 *
 * @param contentType {@code image/jpeg} or {@code image/png}
 * @param full at most {@value ImageProcessing#FULL_LONG_SIDE} px on the long side
 * @param medium at most {@value ImageProcessing#MEDIUM_LONG_SIDE} px on the long side
 * @param thumbnail at most {@value ImageProcessing#THUMBNAIL_LONG_SIDE} px on the long
 * side
 * @param contentHash SHA-256 of the full image in lower-case hex
 * @param originalSize bytes the seller uploaded
 */
public record ProcessedImage(String contentType, EncodedImage full, EncodedImage medium, EncodedImage thumbnail,
		String contentHash, int originalSize) {

	/**
	 * One size of an image, encoded.
	 *
	 * @param webp the same size as WebP, or null when the encoder is not there
	 */
	record EncodedImage(byte[] bytes, int width, int height, byte[] webp) {

		int size() {
			return this.bytes.length;
		}

	}

}
