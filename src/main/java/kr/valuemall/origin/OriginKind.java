package kr.valuemall.origin;

/**
 * Country of origin as the big Korean marketplaces keep it. Only {@link #DOMESTIC} may be
 * listed in the mall. Shown through the message keys {@code origin.kind.<NAME>}.
 */
public enum OriginKind {

	DOMESTIC, IMPORTED, PARALLEL_IMPORT, OVERSEAS_PURCHASE, OTHER;

	public String messageKey() {
		return "origin.kind." + name();
	}

}
