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
 * Text that {@link TypedNumbers} reads as a whole number; blank passes. Part of
 * {@link WholeNumber}, which is what forms use.
 */
@Documented
@Constraint(validatedBy = TypedNumber.Validator.class)
@Target({ ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
public @interface TypedNumber {

	String message() default "{form.number.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Passes blank text and text {@link TypedNumbers} can read. */
	class Validator implements ConstraintValidator<TypedNumber, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || TypedNumbers.read(value) != null;
		}

	}

}
