package kr.valuemall.web.forms;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;

/**
 * A form field typed as text that must be a whole number within {@code [min, max]}, read
 * by {@link TypedNumbers}. Blank passes (say {@code @NotBlank} where a number is
 * required). Each way it can fail has its own message: {@code TypedNumber} when the text
 * is not a number, {@code NumberRange} (with {@code {2}} the minimum and {@code {1}} the
 * maximum) when it is one out of range.
 */
@Documented
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@TypedNumber
@NumberRange
public @interface WholeNumber {

	@OverridesAttribute(constraint = NumberRange.class, name = "min")
	long min() default 0;

	@OverridesAttribute(constraint = NumberRange.class, name = "max")
	long max() default Long.MAX_VALUE;

	/** Passed on to both parts, as Bean Validation does for composed constraints. */
	Class<?>[] groups() default {};

	String message() default "";

	Class<? extends Payload>[] payload() default {};

}
