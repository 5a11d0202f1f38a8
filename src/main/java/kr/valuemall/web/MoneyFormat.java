package kr.valuemall.web;

import java.text.NumberFormat;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Shows whole won the way shoppers read them: {@code 12,000원} in Korean, {@code ₩12,000}
 * in English. Used from templates as {@code @money.format(amount)}.
 */
@Component("money")
public class MoneyFormat {

	private final MessageSource messages;

	MoneyFormat(MessageSource messages) {
		this.messages = messages;
	}

	public String format(long won) {
		return format(won, LocaleContextHolder.getLocale());
	}

	public String format(long won, Locale locale) {
		String digits = NumberFormat.getIntegerInstance(Locale.KOREA).format(won);
		return this.messages.getMessage("money.krw", new Object[] { digits }, locale);
	}

}
