package kr.valuemall.web;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Set;

import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.format.annotation.DateTimeFormat;

import kr.valuemall.web.forms.TypedDates;

/**
 * Every day and month bound from a request (a form field, a query parameter, with or
 * without {@code @DateTimeFormat}) is read by {@link TypedDates}: ISO, within the years
 * the mall can mean. Anything else is a binding error of that field, shown as the form's
 * message or answered with the 400 page, never a date that fails later.
 */
final class DateFormats {

	private DateFormats() {
	}

	static void register(FormatterRegistry registry) {
		registry.addFormatterForFieldType(LocalDate.class, new Days());
		registry.addFormatterForFieldType(YearMonth.class, new Months());
		registry.addFormatterForFieldAnnotation(new Annotated());
	}

	static final class Days implements Formatter<LocalDate> {

		@Override
		public LocalDate parse(String text, Locale locale) throws ParseException {
			return TypedDates.day(text).orElseThrow(() -> new ParseException("Not a day the mall can mean", 0));
		}

		@Override
		public String print(LocalDate day, Locale locale) {
			return day.toString();
		}

	}

	static final class Months implements Formatter<YearMonth> {

		@Override
		public YearMonth parse(String text, Locale locale) throws ParseException {
			return TypedDates.month(text).orElseThrow(() -> new ParseException("Not a month the mall can mean", 0));
		}

		@Override
		public String print(YearMonth month, Locale locale) {
			return month.toString();
		}

	}

	/** {@code @DateTimeFormat} days and months: the mall's are ISO. */
	static final class Annotated implements AnnotationFormatterFactory<DateTimeFormat> {

		@Override
		public Set<Class<?>> getFieldTypes() {
			return Set.of(LocalDate.class, YearMonth.class);
		}

		@Override
		public Printer<?> getPrinter(DateTimeFormat annotation, Class<?> fieldType) {
			return formatter(fieldType);
		}

		@Override
		public Parser<?> getParser(DateTimeFormat annotation, Class<?> fieldType) {
			return formatter(fieldType);
		}

		private static Formatter<?> formatter(Class<?> fieldType) {
			return (fieldType == YearMonth.class) ? new Months() : new Days();
		}

	}

}
