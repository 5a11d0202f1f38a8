package kr.valuemall.catalog.reviews;

import java.time.Instant;
import java.util.List;

import kr.valuemall.catalog.images.ReviewPhotos;

/**
 * A review as pages show it: the author's name masked (홍*동), the seller's reply if any,
 * and the shopper's photos.
 */
public record ReviewView(long id, long productId, String productName, int rating, String body, String author,
		Instant createdAt, String reply, Instant repliedAt, String optionLabel, List<ReviewPhotos.ReviewPhoto> photos) {

	public ReviewView {
		photos = (photos != null) ? List.copyOf(photos) : List.of();
	}

	public ReviewView(long id, long productId, String productName, int rating, String body, String author,
			Instant createdAt, String reply, Instant repliedAt, String optionLabel) {
		this(id, productId, productName, rating, body, author, createdAt, reply, repliedAt, optionLabel, List.of());
	}

	public ReviewView(long id, long productId, String productName, int rating, String body, String author,
			Instant createdAt, String reply, Instant repliedAt) {
		this(id, productId, productName, rating, body, author, createdAt, reply, repliedAt, null);
	}

	/** The same review with these photos (none when null). */
	ReviewView withPhotos(List<ReviewPhotos.ReviewPhoto> photos) {
		return new ReviewView(this.id, this.productId, this.productName, this.rating, this.body, this.author,
				this.createdAt, this.reply, this.repliedAt, this.optionLabel, photos);
	}

	public boolean replied() {
		return this.reply != null;
	}

	/**
	 * Hides the middle of a name the way Korean malls do: 홍길동 → 홍*동, 남궁민수 → 남**수, 김철 →
	 * 김*. A one-letter name keeps its letter and gets a star.
	 */
	public static String mask(String name) {
		if (name == null || name.isBlank()) {
			return "*";
		}
		int[] letters = name.strip().codePoints().toArray();
		StringBuilder masked = new StringBuilder().appendCodePoint(letters[0]);
		if (letters.length <= 2) {
			return masked.append('*').toString();
		}
		masked.append("*".repeat(letters.length - 2));
		return masked.appendCodePoint(letters[letters.length - 1]).toString();
	}

}
