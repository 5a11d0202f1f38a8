package kr.valuemall.report;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class ReportTableNotFound extends RuntimeException {

	private ReportTableNotFound(String name) {
		super("No report table " + name);
	}

	static ReportTableNotFound of(String name) {
		return new ReportTableNotFound(name);
	}

}
