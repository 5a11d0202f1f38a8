package kr.valuemall.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much the demo profile seeds. A newcomer's demo is the full mall; the test suite's
 * demo mall only needs every kind of thing once, and seeding the full one costs the suite
 * most of a minute on a quiet machine and several on a busy one.
 *
 * @param scale {@code full}: every listing with its gift set and trial size, six months
 * of orders; {@code small}: each listing once and about a third of the orders, with the
 * same accounts, stores, campaigns and an order in every state
 */
@ConfigurationProperties("valuemall.demo")
public record DemoProperties(@DefaultValue("full") Scale scale) {

	public enum Scale {

		FULL, SMALL

	}

	public boolean small() {
		return this.scale == Scale.SMALL;
	}

}
