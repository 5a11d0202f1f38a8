package kr.valuemall.web.forms;

import java.util.Locale;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The typed-number and choice constraints as forms see them through Spring: which message
 * code each failure carries, with the range's ends as its arguments.
 */
class FormConstraintsTests {

	private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

	private final SpringValidatorAdapter validator = new SpringValidatorAdapter(FACTORY.getValidator());

	enum Colour {

		RED, BLUE

	}

	record Typed(@WholeNumber(min = 1, max = 1_000_000) String price, @OneOf(Colour.class) String colour) {

	}

	@AfterAll
	static void close() {
		FACTORY.close();
	}

	@Test
	void numbersAreReadAsPeopleTypeThem() {
		assertThat(TypedNumbers.read("1,200,000")).isEqualTo(1_200_000L);
		assertThat(TypedNumbers.read(" 12 000 ")).isEqualTo(12_000L);
		assertThat(TypedNumbers.read("5000원")).isEqualTo(5_000L);
		assertThat(TypedNumbers.read("3명")).isEqualTo(3L);
		assertThat(TypedNumbers.read("10%")).isEqualTo(10L);
		assertThat(TypedNumbers.read("12.5")).isNull();
		assertThat(TypedNumbers.read("-3")).isNull();
		assertThat(TypedNumbers.read("오만 원")).isNull();
		assertThat(TypedNumbers.read("1234567890123456")).as("sixteen digits").isNull();
		assertThat(TypedNumbers.read("")).isNull();
		assertThat(TypedNumbers.FORMAT.print(1_200_000L, Locale.KOREAN)).isEqualTo("1,200,000");
	}

	@Test
	void blankPassesForTheFieldsOwnRequiredCheck() {
		assertThat(errorsOf(new Typed("", " ")).hasErrors()).isFalse();
		assertThat(errorsOf(new Typed(null, null)).hasErrors()).isFalse();
	}

	@Test
	void textThatIsNoNumberHasItsOwnCode() {
		FieldError error = errorsOf(new Typed("abc", "RED")).getFieldError("price");
		assertThat(error.getCodes()).contains("TypedNumber.typed.price", "TypedNumber");
		assertThat(error.getRejectedValue()).isEqualTo("abc");
	}

	@Test
	void aNumberOutOfRangeSaysTheRange() {
		FieldError error = errorsOf(new Typed("2,000,000", "RED")).getFieldError("price");
		assertThat(error.getCodes()).contains("NumberRange");
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("NumberRange", Locale.KOREAN, "{2}부터 {1}까지 입력할 수 있습니다.");
		assertThat(messages.getMessage(error, Locale.KOREAN)).isEqualTo("1부터 1,000,000까지 입력할 수 있습니다.");
		assertThat(errorsOf(new Typed("0", "RED")).getFieldError("price").getCodes()).contains("NumberRange");
		assertThat(errorsOf(new Typed("1,000,000원", "RED")).hasErrors()).isFalse();
	}

	@Test
	void aChoiceMustNameAValue() {
		assertThat(errorsOf(new Typed("1", "GREEN")).getFieldError("colour").getCodes()).contains("OneOf");
		assertThat(errorsOf(new Typed("1", " BLUE ")).hasErrors()).isFalse();
		assertThat(TypedChoices.value(Colour.class, " BLUE ")).isEqualTo(Colour.BLUE);
		assertThat(TypedChoices.value(Colour.class, "")).isNull();
	}

	private BeanPropertyBindingResult errorsOf(Typed typed) {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(typed, "typed");
		this.validator.validate(typed, errors);
		return errors;
	}

}
