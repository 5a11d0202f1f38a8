package kr.valuemall.origin;

/**
 * Whether the seller makes the product or resells what someone else made. Shown through
 * the message keys {@code origin.makerRole.<NAME>}.
 */
public enum MakerRole {

	MAKER, RESELLER;

	public String messageKey() {
		return "origin.makerRole." + name();
	}

}
