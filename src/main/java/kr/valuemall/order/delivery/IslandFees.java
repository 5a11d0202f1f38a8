package kr.valuemall.order.delivery;

/**
 * The extra shipping fees to Jeju and to the other islands, whole won.
 */
public record IslandFees(long jeju, long island) {

	public static final IslandFees NONE = new IslandFees(0, 0);

	/** The extra fee to an area; nothing for the mainland (null). */
	public long of(RemoteArea area) {
		if (area == null) {
			return 0;
		}
		return (area == RemoteArea.JEJU) ? this.jeju : this.island;
	}

	/**
	 * The higher fee of each area: one seller's parcel pays its dearest item's fee once.
	 */
	public IslandFees max(IslandFees other) {
		return new IslandFees(Math.max(this.jeju, other.jeju), Math.max(this.island, other.island));
	}

	public boolean isNone() {
		return this.jeju == 0 && this.island == 0;
	}

}
