package kr.valuemall.web.forms;

/**
 * Reads a choice that forms keep as text (so that it can be shown again) once
 * {@link OneOf} has checked it.
 */
public final class TypedChoices {

	private TypedChoices() {
	}

	/**
	 * The chosen value of a checked field; blank gives {@code null}.
	 * @throws IllegalArgumentException when the text names none of the values after all
	 */
	public static <E extends Enum<E>> E value(Class<E> type, String chosen) {
		return (chosen == null || chosen.isBlank()) ? null : Enum.valueOf(type, chosen.strip());
	}

}
