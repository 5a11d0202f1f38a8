package kr.valuemall.web;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The message source every page asks: a message without arguments is looked up and
 * formatted once, then shown as it was; everything else is asked of the bundles every
 * time, as before.
 */
class KoreanParticleMessagesTests {

	private final AtomicInteger lookups = new AtomicInteger();

	private final KoreanParticleMessages messages = new KoreanParticleMessages(bundles());

	private StaticMessageSource bundles() {
		StaticMessageSource bundles = new StaticMessageSource() {
			@Override
			protected String resolveCodeWithoutArguments(String code, Locale locale) {
				lookups.incrementAndGet();
				return super.resolveCodeWithoutArguments(code, locale);
			}

			@Override
			protected java.text.MessageFormat resolveCode(String code, Locale locale) {
				lookups.incrementAndGet();
				return super.resolveCode(code, locale);
			}
		};
		// As application.yml has it: every message through MessageFormat.
		bundles.setAlwaysUseMessageFormat(true);
		bundles.addMessage("mall.name", Locale.KOREAN, "가치몰");
		bundles.addMessage("mall.name", Locale.ENGLISH, "Value Mall");
		bundles.addMessage("quote", Locale.KOREAN, "''국산''을(를) 고르세요");
		bundles.addMessage("cart.added", Locale.KOREAN, "{0}을(를) 담았습니다");
		return bundles;
	}

	@Test
	void aMessageWithoutArgumentsIsLookedUpOnceAndShownTheSameAfterwards() {
		assertThat(this.messages.getMessage("quote", null, Locale.KOREAN)).isEqualTo("'국산'을 고르세요");
		int afterFirst = this.lookups.get();
		for (int i = 0; i < 5; i++) {
			assertThat(this.messages.getMessage("quote", new Object[0], Locale.KOREAN)).isEqualTo("'국산'을 고르세요");
			assertThat(this.messages.getMessage("quote", null, null, Locale.KOREAN)).isEqualTo("'국산'을 고르세요");
		}
		assertThat(this.lookups.get()).as("no lookup after the first").isEqualTo(afterFirst);
		// Each language apart.
		assertThat(this.messages.getMessage("mall.name", null, Locale.KOREAN)).isEqualTo("가치몰");
		assertThat(this.messages.getMessage("mall.name", null, Locale.ENGLISH)).isEqualTo("Value Mall");
		assertThat(this.messages.getMessage("mall.name", null, Locale.KOREAN)).isEqualTo("가치몰");
	}

	@Test
	void aMessageWithArgumentsIsFilledInEveryTime() {
		assertThat(this.messages.getMessage("cart.added", new Object[] { "도마" }, Locale.KOREAN)).isEqualTo("도마를 담았습니다");
		assertThat(this.messages.getMessage("cart.added", new Object[] { "가방" }, Locale.KOREAN)).isEqualTo("가방을 담았습니다");
		assertThat(this.messages.getMessage("cart.added", new Object[] { "가방" }, "기본", Locale.KOREAN))
			.isEqualTo("가방을 담았습니다");
	}

	@Test
	void aCodeNotFoundIsNeverKept() {
		for (int i = 0; i < 2; i++) {
			assertThatExceptionOfType(NoSuchMessageException.class)
				.isThrownBy(() -> this.messages.getMessage("no.such.code", null, Locale.KOREAN));
			assertThat(this.messages.getMessage("no.such.code", null, null, Locale.KOREAN)).isNull();
			assertThat(this.messages.getMessage("no.such.code", null, "기본 문구", Locale.KOREAN)).isEqualTo("기본 문구");
		}
		// A default given for a code that exists does not replace it, nor is it kept.
		assertThat(this.messages.getMessage("mall.name", null, "기본 문구", Locale.KOREAN)).isEqualTo("가치몰");
		assertThat(this.messages.getMessage("mall.name", null, Locale.KOREAN)).isEqualTo("가치몰");
	}

}
