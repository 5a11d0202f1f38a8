package kr.valuemall.catalog.bulk;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An upload that is not there, or not the asking seller's: both answer 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class BulkUploadNotFound extends RuntimeException {

	BulkUploadNotFound(long id) {
		super("No bulk upload " + id, null, false, false);
	}

}
