package kr.valuemall.feed;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sitemap and feed settings.
 *
 * @param sitemapUrlsPerFile the most URLs one sitemap file holds (the protocol allows
 * 50,000); above it {@code /sitemap.xml} becomes an index of smaller files
 * @param summaryWindow how far back the Naver summary feed reaches; it should cover the
 * time since Naver last read the full feed (once a day)
 */
@ConfigurationProperties("valuemall.feed")
public record FeedProperties(@DefaultValue("50000") int sitemapUrlsPerFile,
		@DefaultValue("PT24H") Duration summaryWindow) {

	public FeedProperties {
		if (sitemapUrlsPerFile < 1 || sitemapUrlsPerFile > 50_000) {
			throw new IllegalArgumentException("valuemall.feed.sitemap-urls-per-file must be 1 to 50000");
		}
	}

}
