package kr.valuemall.catalog.images;

import java.util.Arrays;
import java.util.Optional;

/**
 * The sizes each product image is kept in, as they appear in image URLs.
 */
public enum ImageSize {

	FULL("full"), MEDIUM("medium"), THUMBNAIL("thumbnail");

	private final String pathName;

	ImageSize(String pathName) {
		this.pathName = pathName;
	}

	String pathName() {
		return this.pathName;
	}

	static Optional<ImageSize> fromPathName(String pathName) {
		return Arrays.stream(values()).filter((size) -> size.pathName.equals(pathName)).findFirst();
	}

}
