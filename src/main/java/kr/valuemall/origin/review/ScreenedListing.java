package kr.valuemall.origin.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kr.valuemall.origin.MakerRole;
import kr.valuemall.origin.OriginKind;
import kr.valuemall.origin.ReviewStatus;
import kr.valuemall.origin.ScreeningReason;
import kr.valuemall.shared.Region;

/**
 * The listing as screened, for staff: its text with the words that fired marked, its
 * declaration, and the seller's other listings with where each stands. Hangul words are
 * marked whatever their spacing, as screening found them.
 */
public record ScreenedListing(List<Part> description, String manufacturer, Region madeRegion, MakerRole makerRole,
		OriginKind originKind, List<OtherListing> otherListings) {

	static ScreenedListing of(ReviewedListing listing, List<ReviewedListing> others) {
		return new ScreenedListing(marked(listing.getDescription(), listing.getReasons()), listing.getManufacturer(),
				listing.getMadeRegion(), listing.getMakerRole(), listing.getOriginKind(),
				others.stream().map(OtherListing::of).toList());
	}

	/** The text cut into plain and marked parts; empty when no text was kept. */
	static List<Part> marked(String text, List<ScreeningReason> reasons) {
		if (text == null || text.isEmpty()) {
			return List.of();
		}
		List<int[]> spans = new ArrayList<>();
		for (ScreeningReason reason : reasons) {
			Pattern pattern = pattern(reason.detail());
			if (reason.points() <= 0 || pattern == null) {
				continue;
			}
			Matcher matcher = pattern.matcher(text);
			while (matcher.find()) {
				spans.add(new int[] { matcher.start(), matcher.end() });
			}
		}
		spans.sort(Comparator.comparingInt((int[] span) -> span[0]));
		List<Part> parts = new ArrayList<>();
		int at = 0;
		for (int[] span : spans) {
			if (span[0] < at) {
				if (span[1] > at) {
					parts.add(new Part(text.substring(at, span[1]), true));
					at = span[1];
				}
				continue;
			}
			if (span[0] > at) {
				parts.add(new Part(text.substring(at, span[0]), false));
			}
			parts.add(new Part(text.substring(span[0], span[1]), true));
			at = span[1];
		}
		if (at < text.length()) {
			parts.add(new Part(text.substring(at), false));
		}
		return parts;
	}

	private static Pattern pattern(String detail) {
		if (detail == null || detail.isBlank()) {
			return null;
		}
		StringBuilder regex = new StringBuilder();
		detail.strip().codePoints().filter((c) -> !Character.isWhitespace(c)).forEach((c) -> {
			if (regex.length() > 0) {
				regex.append("\\s*");
			}
			regex.append(Pattern.quote(new String(Character.toChars(c))));
		});
		return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	/** A stretch of the text, marked when a rule fired on it. */
	public record Part(String text, boolean marked) {

	}

	/** Another listing of the same seller, and where it stands. */
	public record OtherListing(long listingId, String name, ReviewStatus status, int score, Instant updatedAt) {

		static OtherListing of(ReviewedListing listing) {
			return new OtherListing(listing.getListingId(), listing.getName(), listing.getStatus(), listing.getScore(),
					listing.getUpdatedAt());
		}

	}

}
