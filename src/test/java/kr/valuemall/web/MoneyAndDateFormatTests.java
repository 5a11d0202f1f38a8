package kr.valuemall.web;

import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyAndDateFormatTests {

	private final MoneyFormat money = new MoneyFormat(messages());

	@Test
	void wonAreShownWithGroupingAndTheWonSign() {
		assertThat(this.money.format(12_000, Locale.KOREAN)).isEqualTo("12,000원");
		assertThat(this.money.format(1_234_567, Locale.KOREAN)).isEqualTo("1,234,567원");
		assertThat(this.money.format(0, Locale.KOREAN)).isEqualTo("0원");
		assertThat(this.money.format(12_000, Locale.ENGLISH)).isEqualTo("₩12,000");
	}

	@Test
	void instantsAreShownInSeoulTime() {
		Instant utcEvening = Instant.parse("2026-11-26T15:30:00Z");
		assertThat(new DateTimeDisplay().dateTime(utcEvening)).isEqualTo("2026-11-27 00:30");
		assertThat(new DateTimeDisplay().date(utcEvening)).isEqualTo("2026-11-27");
		assertThat(new DateTimeDisplay().dateTime(null)).isEmpty();
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		messages.setAlwaysUseMessageFormat(true);
		return messages;
	}

}
