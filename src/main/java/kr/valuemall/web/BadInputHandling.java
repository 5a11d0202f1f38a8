package kr.valuemall.web;

import java.io.IOException;
import java.time.DateTimeException;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The backstop behind {@link DateFormats}: a date computed from what a visitor sent that
 * java.time cannot hold (a year past its range, a day after its last) is that visitor's
 * bad input, answered with the 400 page. It is logged, since a date bound through the
 * mall's formats should never get that far.
 */
@ControllerAdvice
class BadInputHandling {

	private static final Logger logger = LoggerFactory.getLogger(BadInputHandling.class);

	@ExceptionHandler(DateTimeException.class)
	void dateOutOfRange(DateTimeException ex, HttpServletResponse response) throws IOException {
		logger.warn("A date out of range from a request: {}", ex.getMessage());
		response.sendError(HttpStatus.BAD_REQUEST.value());
	}

}
