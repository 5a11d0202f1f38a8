package kr.valuemall.promotion;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The fair-exposure spotlight.
 *
 * @param size stores shown at once
 * @param newStoreDays a store counts as new for this many days after it opened, whether
 * or not it has sold
 * @param turnsTakenAtOnce how many turns an instance takes from the shared rotation in
 * one database round trip (1 takes one per load); the loads of that instance then show
 * them in order
 */
@ConfigurationProperties("valuemall.promotion.spotlight")
public record SpotlightProperties(@DefaultValue("4") int size, @DefaultValue("60") int newStoreDays,
		@DefaultValue("16") int turnsTakenAtOnce) {

	public SpotlightProperties {
		if (size < 1) {
			throw new IllegalArgumentException("valuemall.promotion.spotlight.size must be at least 1");
		}
		if (turnsTakenAtOnce < 1 || turnsTakenAtOnce > 1000) {
			throw new IllegalArgumentException(
					"valuemall.promotion.spotlight.turns-taken-at-once must be between 1 and 1000");
		}
		if (newStoreDays < 0) {
			throw new IllegalArgumentException("valuemall.promotion.spotlight.new-store-days must not be negative");
		}
	}

}
