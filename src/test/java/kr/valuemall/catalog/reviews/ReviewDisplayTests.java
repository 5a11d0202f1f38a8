package kr.valuemall.catalog.reviews;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import kr.valuemall.catalog.RatingSummary;

class ReviewDisplayTests {

	@Test
	void namesAreMaskedInTheMiddleAsKoreanMallsDo() {
		assertThat(ReviewView.mask("홍길동")).isEqualTo("홍*동");
		assertThat(ReviewView.mask("남궁민수")).isEqualTo("남**수");
		assertThat(ReviewView.mask("김철")).isEqualTo("김*");
		assertThat(ReviewView.mask("김")).isEqualTo("김*");
		assertThat(ReviewView.mask(" Kim ")).isEqualTo("K*m");
		assertThat(ReviewView.mask("  ")).isEqualTo("*");
	}

	@Test
	void theAverageIsRoundedHalfUpToOneDecimalWithoutFloatingPoint() {
		assertThat(new RatingSummary(4, 17).averageText()).isEqualTo("4.3");
		assertThat(new RatingSummary(3, 13).averageText()).isEqualTo("4.3");
		assertThat(new RatingSummary(20, 85).averageText()).isEqualTo("4.3");
		assertThat(new RatingSummary(1, 5).averageText()).isEqualTo("5.0");
		assertThat(RatingSummary.NONE.hasReviews()).isFalse();
	}

}
