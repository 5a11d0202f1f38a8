package kr.valuemall.web;

import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.HierarchicalMessageSource;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.AbstractApplicationContext;

/**
 * The mall's message source with Korean particles made to agree once the arguments are
 * filled in (see {@link KoreanParticles}). It wraps the message source Spring Boot
 * configures, so pages, form errors, e-mails and notifications, which all ask that bean,
 * get the same text. English messages pass through untouched.
 * <p>
 * A message without arguments reads the same every time, so it is kept as finally shown,
 * by code and language, once it has been found: a product page shows about a hundred of
 * them, and each went through a shared {@code MessageFormat} (a lock that 32 requests
 * queued on) and the particle check on every view. Message bundles do not change while
 * the mall runs.
 */
final class KoreanParticleMessages implements HierarchicalMessageSource {

	/** Far more than the bundles' codes in every language: a bound, never reached. */
	private static final int PLAIN_MESSAGES = 20_000;

	private final MessageSource messages;

	private final Cache<Plain, String> plain = Caffeine.newBuilder().maximumSize(PLAIN_MESSAGES).build();

	KoreanParticleMessages(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
		if (defaultMessage == null && isEmpty(args)) {
			// Without a default, a code not found comes back null: nothing is kept.
			Plain key = new Plain(code, locale);
			String kept = this.plain.getIfPresent(key);
			if (kept != null) {
				return kept;
			}
			String message = agree(this.messages.getMessage(code, args, null, locale), locale);
			if (message != null) {
				this.plain.put(key, message);
			}
			return message;
		}
		return agree(this.messages.getMessage(code, args, defaultMessage, locale), locale);
	}

	@Override
	public String getMessage(String code, Object[] args, Locale locale) throws NoSuchMessageException {
		if (isEmpty(args)) {
			// A code not found throws, as before, and nothing is kept.
			return this.plain.get(new Plain(code, locale),
					(key) -> agree(this.messages.getMessage(code, args, locale), locale));
		}
		return agree(this.messages.getMessage(code, args, locale), locale);
	}

	private static boolean isEmpty(Object[] args) {
		return args == null || args.length == 0;
	}

	@Override
	public String getMessage(MessageSourceResolvable resolvable, Locale locale) throws NoSuchMessageException {
		return agree(this.messages.getMessage(resolvable, locale), locale);
	}

	@Override
	public void setParentMessageSource(MessageSource parent) {
		if (this.messages instanceof HierarchicalMessageSource hierarchical) {
			hierarchical.setParentMessageSource(parent);
		}
	}

	@Override
	public MessageSource getParentMessageSource() {
		return (this.messages instanceof HierarchicalMessageSource hierarchical) ? hierarchical.getParentMessageSource()
				: null;
	}

	/** Korean is the default language, so a message asked for without a locale is too. */
	private static String agree(String message, Locale locale) {
		if (locale != null && !locale.getLanguage().equals(Locale.KOREAN.getLanguage())) {
			return message;
		}
		return KoreanParticles.resolve(message);
	}

	/** A message asked for without arguments: its code and language. */
	private record Plain(String code, Locale locale) {
	}

	/**
	 * Wraps the application context's message source, whoever defined it, before the
	 * context starts handing it out.
	 */
	static class Wrapping implements BeanPostProcessor {

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			if (AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME.equals(beanName)
					&& bean instanceof MessageSource messages && !(bean instanceof KoreanParticleMessages)) {
				return new KoreanParticleMessages(messages);
			}
			return bean;
		}

	}

}
