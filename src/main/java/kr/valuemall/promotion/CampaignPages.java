package kr.valuemall.promotion;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The campaign pages worth showing to search engines: those of campaigns running now or
 * still to come. An ended campaign's page stays reachable for shoppers who kept the link,
 * but it is no longer announced.
 */
@Service
@Transactional(readOnly = true)
public class CampaignPages {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	CampaignPages(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Running and upcoming campaigns, soonest first, each with when its page last
	 * changed: the campaign edited or a product joining it.
	 */
	public List<CampaignPage> listed() {
		return this.jdbc.query("""
				SELECT c.slug, greatest(c.updated_at, max(p.joined_at)) AS changed
				FROM campaign c LEFT JOIN campaign_product p ON p.campaign_id = c.id
				WHERE c.ends_at > ? GROUP BY c.id ORDER BY c.starts_at, c.id""",
				(row, n) -> new CampaignPage("/campaigns/" + row.getString(1), row.getTimestamp(2).toInstant()),
				Timestamp.from(this.clock.instant()));
	}

	/** A campaign's page on the mall and when it last changed. */
	public record CampaignPage(String path, Instant lastModified) {

	}

}
