package kr.valuemall.web;

import java.util.Locale;

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
 */
final class KoreanParticleMessages implements HierarchicalMessageSource {

	private final MessageSource messages;

	KoreanParticleMessages(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
		return agree(this.messages.getMessage(code, args, defaultMessage, locale), locale);
	}

	@Override
	public String getMessage(String code, Object[] args, Locale locale) throws NoSuchMessageException {
		return agree(this.messages.getMessage(code, args, locale), locale);
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
