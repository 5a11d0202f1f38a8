package kr.valuemall.origin;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import org.springframework.beans.factory.annotation.Autowired;

import kr.valuemall.IntegrationTest;
import kr.valuemall.shared.Region;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Realistic listings, Korean and English, screened with the rules the migration seeds:
 * the domestic ones (tricky ones included) go live without a false reason, the imports
 * are held for the reason we expect.
 */
@IntegrationTest
class ScreeningCasesTests {

	private static final AtomicLong listingIds = new AtomicLong(7_000_000);

	@Autowired
	OriginApi origin;

	@ParameterizedTest(name = "{0} → {7} ({9})")
	@CsvFileSource(resources = "/origin/screening-cases.csv", delimiter = '|', numLinesToSkip = 1, encoding = "UTF-8")
	void screensRealisticListings(String name, String description, long price, String category, String manufacturer,
			String region, MakerRole makerRole, ReviewStatus expected, String expectedReason, String why) {
		long id = listingIds.incrementAndGet();
		ListingDeclaration declaration = new ListingDeclaration(id, id, "테스트 상점 " + id, category, name, description,
				price, OriginKind.DOMESTIC, null, manufacturer, (region != null) ? Region.valueOf(region) : null,
				makerRole, true);

		ScreeningOutcome outcome = this.origin.screen(declaration);

		assertThat(outcome.status()).as("%s: %s", why, outcome.reasons()).isEqualTo(expected);
		if (expectedReason == null) {
			assertThat(outcome.reasons()).as(why).isEmpty();
			return;
		}
		String[] parts = expectedReason.split(":", 2);
		assertThat(outcome.reasons()).as("%s: %s", why, outcome.reasons()).anySatisfy((reason) -> {
			assertThat(reason.code()).isEqualTo(parts[0]);
			if (parts.length > 1) {
				assertThat(reason.detail().toLowerCase(Locale.ROOT)).isEqualTo(parts[1].toLowerCase(Locale.ROOT));
			}
		});
		assertThat(this.origin.reviewOf(id)).hasValueSatisfying((review) -> {
			assertThat(review.status()).isEqualTo(expected);
			assertThat(review.reasons()).isEqualTo(outcome.reasons());
		});
	}

}
