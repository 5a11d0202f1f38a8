package kr.valuemall.promotion;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may know of campaigns: the pages worth showing to search engines
 * (campaigns running now or still to come; an ended campaign's page stays reachable for
 * shoppers who kept the link, but it is no longer announced) and every campaign's name.
 */
@Service
@Transactional(readOnly = true)
public class CampaignPages {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Campaigns campaigns;

	CampaignPages(JdbcClient jdbc, Clock clock, Campaigns campaigns) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.campaigns = campaigns;
	}

	/**
	 * Running and upcoming campaigns, soonest first, each with when its page last
	 * changed: the campaign edited or a product joining it.
	 */
	public List<CampaignPage> listed() {
		return this.jdbc.sql("""
				SELECT c.slug, greatest(c.updated_at, max(p.joined_at)) AS changed
				FROM campaign c LEFT JOIN campaign_product p ON p.campaign_id = c.id
				WHERE c.ends_at > ? GROUP BY c.id ORDER BY c.starts_at, c.id""")
			.params(Timestamp.from(this.clock.instant()))
			.query((row, n) -> new CampaignPage("/campaigns/" + row.getString(1), row.getTimestamp(2).toInstant()))
			.list();
	}

	/**
	 * Every campaign there has been, by id, with its name and days: what the ministry's
	 * reports call the campaigns their sales carry.
	 */
	public Map<Long, CampaignName> names() {
		return this.campaigns.all()
			.stream()
			.collect(Collectors.toMap(Campaign::id, (campaign) -> new CampaignName(campaign.id(), campaign.name(),
					campaign.firstDay(), campaign.lastDay())));
	}

	/** A campaign's name and its first and last day (Korea). */
	public record CampaignName(long id, String name, LocalDate firstDay, LocalDate lastDay) {

	}

	/** A campaign's page on the mall and when it last changed. */
	public record CampaignPage(String path, Instant lastModified) {

	}

}
