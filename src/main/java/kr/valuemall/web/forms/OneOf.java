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
 * A choice sent as text that must name one of an enum's values; blank passes (say
 * {@code @NotBlank} where a choice is required). The form reads it with
 * {@link TypedChoices#value(Class, String)}. Message code {@code OneOf}.
 */
@Documented
@Constraint(validatedBy = OneOf.Validator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface OneOf {

	/** The enum whose value names are the choices. */
	Class<? extends Enum<?>> value();

	String message() default "{form.choice.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Passes blank text and the name of one of the enum's values. */
	class Validator implements ConstraintValidator<OneOf, String> {

		private Class<? extends Enum<?>> type;

		@Override
		public void initialize(OneOf oneOf) {
			this.type = oneOf.value();
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || value.isBlank()) {
				return true;
			}
			String name = value.strip();
			for (Enum<?> constant : this.type.getEnumConstants()) {
				if (constant.name().equals(name)) {
					return true;
				}
			}
			return false;
		}

	}

}
