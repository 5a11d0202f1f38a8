package kr.valuemall.catalog.notice;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A listing's product information notice: its product group and what the seller wrote on
 * each of the group's lines. Only the group's lines are kept, trimmed; a blank line is
 * absent. A listing that has not chosen a group yet has {@link #NONE}.
 *
 * @param group the product group, or {@code null} while none is chosen
 * @param values what each line says, by {@link NoticeItem#key()}, in the notice's order
 */
public record ProductNotice(NoticeGroup group, Map<String, String> values) {

	/** No notice yet: listings from before the notice existed, and fresh drafts. */
	public static final ProductNotice NONE = new ProductNotice(null, Map.of());

	public ProductNotice {
		Map<String, String> kept = new LinkedHashMap<>();
		if (group != null && values != null) {
			for (NoticeField field : group.fields()) {
				String value = values.get(field.key());
				if (value != null && !value.isBlank()) {
					kept.put(field.key(), value.strip());
				}
			}
		}
		values = Collections.unmodifiableMap(kept);
	}

	public static ProductNotice of(NoticeGroup group, Map<String, String> values) {
		return (group != null) ? new ProductNotice(group, values) : NONE;
	}

	/** Whether the seller has chosen a product group (and so written a notice). */
	public boolean isFilled() {
		return this.group != null;
	}

	/** What the line says, or {@code null} when it is blank. */
	public String value(String key) {
		return this.values.get(key);
	}

	/** Whether the notice may stand on a listing that is on sale. */
	public boolean isComplete() {
		return this.group != null && NoticeRules.check(this.group, this.values, true).isEmpty();
	}

	/** The group's lines with what each says, as the product page shows them. */
	public List<Row> rows() {
		if (this.group == null) {
			return List.of();
		}
		return this.group.fields().stream().map((field) -> new Row(field, this.values.get(field.key()))).toList();
	}

	/**
	 * A line of the notice table.
	 *
	 * @param value what the seller wrote, or {@code null} for a blank line
	 */
	public record Row(NoticeField field, String value) {

		/** A "해당 시" line left blank: it does not apply to this product. */
		public boolean notApplicable() {
			return this.value == null && !this.field.required();
		}

	}

}
