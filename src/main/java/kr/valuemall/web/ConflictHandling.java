package kr.valuemall.web;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Two people changed or created the same thing at once (two staff deciding one
 * application, a seller saving from two tabs, a form sent twice): the later one sees the
 * 409 page and tries again, instead of a 500. Only what the mall knows to be such a race
 * gets the 409: an optimistic lock that lost, or one of the unique constraints a double
 * submit can hit. Any other integrity violation is a defect (a check the code forgot, a
 * wrong query): it is logged with its cause and the visitor sees the 500 page.
 */
@ControllerAdvice
class ConflictHandling {

	private static final Logger logger = LoggerFactory.getLogger(ConflictHandling.class);

	/**
	 * The unique constraints and indexes (db/migration) that the same thing submitted
	 * twice at once runs into, whether or not the service behind the page already turns
	 * them into a friendlier answer.
	 */
	static final Set<String> SAME_THING_AT_ONCE = Set.of(
			// two sign-ups with one e-mail address
			"user_account_email_uk",
			// a seller application sent twice, or two applications naming one business
			// registration number or one store address
			"seller_application_account_id_key", "seller_application_brn_uk", "seller_application_slug_uk",
			// a payout account request sent twice
			"seller_payout_change_pending_uk",
			// a review form sent twice
			"product_review_order_line_id_key",
			// a checkout form sent twice, with or without a coupon
			"customer_order_idempotency_key_key", "coupon_redemption_checkout_key_key",
			// staff adding the same screening word, campaign address or coupon code twice
			"origin_term_kind_term_uk", "campaign_slug_key", "coupon_code_key");

	@ExceptionHandler(OptimisticLockingFailureException.class)
	void changedMeanwhile(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.CONFLICT.value());
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	void integrityViolated(DataIntegrityViolationException ex, HttpServletResponse response) throws IOException {
		String constraint = ViolatedConstraint.of(ex).orElse(null);
		if (constraint != null && SAME_THING_AT_ONCE.contains(constraint)) {
			response.sendError(HttpStatus.CONFLICT.value());
			return;
		}
		logger.error("A data integrity violation (constraint {}) that is not a race between two requests", constraint,
				ex);
		response.sendError(HttpStatus.INTERNAL_SERVER_ERROR.value());
	}

}
