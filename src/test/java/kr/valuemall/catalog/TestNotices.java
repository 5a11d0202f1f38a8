package kr.valuemall.catalog;

import java.util.LinkedHashMap;
import java.util.Map;

import kr.valuemall.catalog.notice.NoticeField;
import kr.valuemall.catalog.notice.NoticeGroup;
import kr.valuemall.catalog.notice.ProductNotice;

/**
 * Complete product information notices for tests that put listings on sale: publishing
 * asks for one. Every required line of the category's group is filled (Korea where a line
 * names a country); "해당 시" lines stay blank.
 */
public final class TestNotices {

	private TestNotices() {
	}

	/** A complete notice of the group the category suggests. */
	public static ProductNotice complete(String categorySlug, String name, String maker) {
		NoticeGroup group = NoticeGroup.suggestedFor(categorySlug);
		Map<String, String> values = new LinkedHashMap<>();
		for (NoticeField field : group.fields()) {
			if (field.required()) {
				values.put(field.key(), valueOf(field, name, maker));
			}
		}
		return ProductNotice.of(group, values);
	}

	/**
	 * The notice as the seller's product form sends it: the group and one field per line.
	 */
	public static Map<String, String> formFields(ProductNotice notice) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("noticeGroup", notice.group().name());
		notice.values().forEach((key, value) -> fields.put("notice[" + key + "]", value));
		return fields;
	}

	/** The form fields of a complete notice of the category's group. */
	public static Map<String, String> formFields(String categorySlug, String name, String maker) {
		return formFields(complete(categorySlug, name, maker));
	}

	private static String valueOf(NoticeField field, String name, String maker) {
		return switch (field.item()) {
			case PRODUCT_NAME, PRODUCT_MODEL, PRODUCT_TITLE, ITEM_NAME -> name;
			case MAKER, PRODUCER -> maker;
			case MADE_IN, MADE_IN_OR_ORIGIN -> "대한민국";
			case ORIGIN -> "국내산";
			case AFTER_SERVICE, AFTER_SERVICE_OR_PHONE, CONSUMER_PHONE -> maker + " 031-123-4567";
			default -> "시험용 " + field.key();
		};
	}

}
