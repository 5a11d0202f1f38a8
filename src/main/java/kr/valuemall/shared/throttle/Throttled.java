package kr.valuemall.shared.throttle;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A form handler whose requests are counted by the client's address, by the signed-in
 * account if any, and by a request parameter if named (the e-mail a reset link goes to):
 * per address and value together, and per value from everywhere for the addresses that
 * already sent it. Past the rule's free requests the client gets the 429 page. The rule's
 * numbers are in {@code valuemall.throttle.rules}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Throttled {

	/** The rule's name under {@code valuemall.throttle.rules}. */
	String value();

	/** A request parameter also counted, such as the e-mail a mail would go to. */
	String parameter() default "";

}
