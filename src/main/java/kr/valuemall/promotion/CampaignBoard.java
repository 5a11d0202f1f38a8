package kr.valuemall.promotion;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The campaigns running now, for the home page: {@code @campaignBoard.running()} in a
 * template, so the catalog's home controller need not know about campaigns.
 */
@Component("campaignBoard")
public class CampaignBoard {

	private final Campaigns campaigns;

	private final Clock clock;

	CampaignBoard(Campaigns campaigns, Clock clock) {
		this.campaigns = campaigns;
		this.clock = clock;
	}

	public List<Campaign> running() {
		return this.campaigns.running(this.clock.instant());
	}

}
