package kr.valuemall.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A shopper page whose HTML visitors who are not signed in may share for a few seconds
 * ({@link VisitorPageCache}): the handler still runs on every load (view counts, the
 * spotlight's turn, the recently-viewed cookie), only the rendering is reused when the
 * model, the address and the language are the same.
 * <p>
 * Put it only on a page whose template reads nothing per visitor beyond its model, its
 * address and the CSRF token (which is filled in per visitor).
 * <p>
 * A part that differs on every load (the spotlight's turn) is rendered per load: name its
 * model attribute in {@link #perLoad()} and the fragment that shows it in
 * {@link #perLoadFragment()}, and insert it in the template through
 * {@code fragments/perLoad :: part(~{...})}, which leaves a marker in the shared copy.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface VisitorPage {

	/** The model attribute shown by the part rendered on every load, if any. */
	String perLoad() default "";

	/** The view name of that part, e.g. {@code promotion/spotlight :: spotlight}. */
	String perLoadFragment() default "";

}
