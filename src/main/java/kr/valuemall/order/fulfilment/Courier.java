package kr.valuemall.order.fulfilment;

/**
 * The couriers a seller may ship with, and how long their tracking numbers are. The check
 * is loose on purpose: it catches a digit too many or too few, not a wrong number.
 */
public enum Courier {

	CJ(10, 12), HANJIN(10, 12), LOTTE(12, 13), EPOST(13, 13), LOGEN(11, 11);

	private final int minDigits;

	private final int maxDigits;

	Courier(int minDigits, int maxDigits) {
		this.minDigits = minDigits;
		this.maxDigits = maxDigits;
	}

	/**
	 * The number with spaces and hyphens removed, or null when it cannot be this
	 * courier's.
	 */
	public String normalize(String typed) {
		if (typed == null) {
			return null;
		}
		String digits = typed.replaceAll("[\\s-]", "");
		if (!digits.matches("\\d+") || digits.length() < this.minDigits || digits.length() > this.maxDigits) {
			return null;
		}
		return digits;
	}

	public int minDigits() {
		return this.minDigits;
	}

	public int maxDigits() {
		return this.maxDigits;
	}

}
