package kr.valuemall.catalog.listing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kr.valuemall.catalog.notice.NoticeField;
import kr.valuemall.catalog.notice.NoticeGroup;
import kr.valuemall.catalog.notice.NoticeItem;
import kr.valuemall.catalog.notice.ProductNotice;
import kr.valuemall.web.forms.OneOf;

/**
 * The product form's own section for the product information notice: the chosen product
 * group and what each line says ({@code notice[material]=…}). Bound beside
 * {@link ProductForm}, not inside it, so the two change independently. Lines of another
 * group the seller typed before switching are kept too (the page carries them along), so
 * switching back loses nothing; only the chosen group's lines are saved.
 *
 * @param noticeGroup the group's name as sent, blank while none is chosen
 * @param notice what each line says, by {@link NoticeItem#key()}
 */
record NoticeForm(@OneOf(NoticeGroup.class) String noticeGroup, Map<String, String> notice) {

	NoticeForm {
		noticeGroup = (noticeGroup != null) ? noticeGroup.strip() : "";
		Map<String, String> known = new LinkedHashMap<>();
		if (notice != null) {
			notice.forEach((key, value) -> {
				if (NoticeItem.ofKey(key).isPresent() && value != null) {
					known.put(key, value);
				}
			});
		}
		notice = known;
	}

	static NoticeForm empty() {
		return new NoticeForm("", Map.of());
	}

	static NoticeForm of(ProductNotice notice) {
		return new NoticeForm((notice.group() != null) ? notice.group().name() : "", notice.values());
	}

	/** The chosen group; empty while none is (or the text names none). */
	Optional<NoticeGroup> group() {
		return NoticeGroup.named(this.noticeGroup);
	}

	/** The chosen group's lines, the ones the form shows. */
	public List<NoticeField> fields() {
		return group().map(NoticeGroup::fields).orElse(List.of());
	}

	public String value(String key) {
		return this.notice.getOrDefault(key, "");
	}

	/**
	 * Lines typed for another group: sent along unseen so that switching back finds them.
	 */
	public Map<String, String> carried() {
		List<String> shown = fields().stream().map(NoticeField::key).toList();
		Map<String, String> carried = new LinkedHashMap<>(this.notice);
		carried.keySet().removeAll(shown);
		carried.values().removeIf(String::isBlank);
		return carried;
	}

	/** The group that fits a category, for the hint beside the choice. */
	public NoticeGroup suggestedFor(String categorySlug) {
		return (categorySlug == null || categorySlug.isBlank()) ? null : NoticeGroup.suggestedFor(categorySlug);
	}

	/**
	 * The same notice under another group, its blank lines filled from the listing's
	 * facts.
	 */
	NoticeForm switchedTo(NoticeGroup group, Map<String, String> facts) {
		Map<String, String> values = new LinkedHashMap<>(this.notice);
		facts.forEach((key, fact) -> {
			if (values.getOrDefault(key, "").isBlank() && fact != null && !fact.isBlank()) {
				values.put(key, fact);
			}
		});
		return new NoticeForm(group.name(), values);
	}

	/** The notice to save: the chosen group's lines only. */
	ProductNotice toNotice() {
		return ProductNotice.of(group().orElse(null), this.notice);
	}

}
