package kr.valuemall.order.payment;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A refund or a refund bank file that does not exist: answered as not found. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RefundNotFound extends RuntimeException {

	private RefundNotFound(String message) {
		super(message);
	}

	static RefundNotFound of(long refundId) {
		return new RefundNotFound("No refund " + refundId);
	}

	static RefundNotFound file(long fileId) {
		return new RefundNotFound("No refund bank file " + fileId);
	}

}
