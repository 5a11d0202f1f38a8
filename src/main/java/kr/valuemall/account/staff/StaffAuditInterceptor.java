package kr.valuemall.account.staff;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Puts every staff action in the audit log: each POST under {@code /admin} that went
 * through (no error status, no form sent back with errors), with who, when, which action
 * (the route, e.g. {@code POST /admin/sellers/{id}/approve}), on what (the route's ids),
 * why (a {@code reason} field when there is one) and the other fields sent, secrets left
 * out, and what the desk answered (its notice). Being one interceptor, no staff desk can
 * forget to record.
 */
class StaffAuditInterceptor implements HandlerInterceptor {

	private static final Logger logger = LoggerFactory.getLogger(StaffAuditInterceptor.class);

	private static final String REFUSED = StaffAuditInterceptor.class.getName() + ".refused";

	/** Fields never written to the log: secrets and the CSRF token. */
	private static final Set<String> SECRET = Set.of("_csrf", "password", "passwordconfirm", "currentpassword",
			"accountnumber", "cardnumber", "cvc", "token");

	private static final Set<String> REASONS = Set.of("reason", "staffReason", "note");

	private final StaffAudit audit;

	StaffAuditInterceptor(StaffAudit audit) {
		this.audit = audit;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		if (modelAndView != null && modelAndView.getModel()
			.values()
			.stream()
			.anyMatch((value) -> value instanceof BindingResult result && result.hasErrors())) {
			request.setAttribute(REFUSED, Boolean.TRUE);
		}
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!"POST".equals(request.getMethod()) || ex != null || response.getStatus() >= 400
				|| request.getAttribute(REFUSED) != null) {
			return;
		}
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		if (user == null || !user.isAuthenticated()) {
			return;
		}
		Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		String action = "POST " + ((pattern != null) ? pattern : request.getRequestURI());
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		String target = (variables != null && !variables.isEmpty()) ? new TreeMap<>(variables).toString() : null;
		String reason = REASONS.stream()
			.map(request::getParameter)
			.filter((value) -> value != null && !value.isBlank())
			.findFirst()
			.map(String::strip)
			.orElse(null);
		String details = request.getParameterMap()
			.entrySet()
			.stream()
			.filter((field) -> !SECRET.contains(field.getKey().toLowerCase()) && !REASONS.contains(field.getKey()))
			.map((field) -> field.getKey() + "="
					+ String.join(",", java.util.Arrays.stream(field.getValue()).map(String::strip).toList()))
			.sorted()
			.collect(Collectors.joining("; "));
		// What the desk answered (its flash notice), so a refused attempt reads as one.
		Object notice = RequestContextUtils.getOutputFlashMap(request).get("notice");
		if (notice != null) {
			details = details.isEmpty() ? "→ " + notice : details + " → " + notice;
		}
		try {
			this.audit.record(user.getName(), action, request.getRequestURI(), target, reason,
					details.isEmpty() ? null : details);
		}
		catch (RuntimeException failed) {
			// The action itself is done; a log entry that cannot be written is reported.
			logger.error("Could not write the staff audit entry for {} by {}", action, user.getName(), failed);
		}
	}

}
