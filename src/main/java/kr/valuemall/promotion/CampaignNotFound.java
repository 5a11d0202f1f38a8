package kr.valuemall.promotion;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No campaign at this address or with this id. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class CampaignNotFound extends RuntimeException {

	private CampaignNotFound(String message) {
		super(message);
	}

	static CampaignNotFound of(String slugOrId) {
		return new CampaignNotFound("No campaign " + slugOrId);
	}

}
