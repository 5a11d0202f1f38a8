package kr.valuemall.web.forms;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Typed text whose number lies within {@code [min, max]}; blank text and text that is not
 * a number pass (that is {@link TypedNumber}'s to say). Part of {@link WholeNumber},
 * which is what forms use.
 */
@Documented
@Constraint(validatedBy = NumberRange.Validator.class)
@Target({ ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
public @interface NumberRange {

	long min() default 0;

	long max() default Long.MAX_VALUE;

	String message() default "{form.number.range}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Passes numbers within the range, and anything that is not a number. */
	class Validator implements ConstraintValidator<NumberRange, String> {

		private long min;

		private long max;

		@Override
		public void initialize(NumberRange range) {
			this.min = range.min();
			this.max = range.max();
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			Long number = TypedNumbers.read(value);
			return number == null || (number >= this.min && number <= this.max);
		}

	}

}
