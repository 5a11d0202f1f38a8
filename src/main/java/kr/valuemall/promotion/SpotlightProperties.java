package kr.valuemall.promotion;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The fair-exposure spotlight.
 *
 * @param size stores shown at once
 * @param newStoreDays a store counts as new for this many days after it opened, whether
 * or not it has sold
 */
@ConfigurationProperties("valuemall.promotion.spotlight")
public record SpotlightProperties(@DefaultValue("4") int size, @DefaultValue("60") int newStoreDays) {

	public SpotlightProperties {
		if (size < 1) {
			throw new IllegalArgumentException("valuemall.promotion.spotlight.size must be at least 1");
		}
		if (newStoreDays < 0) {
			throw new IllegalArgumentException("valuemall.promotion.spotlight.new-store-days must not be negative");
		}
	}

}
