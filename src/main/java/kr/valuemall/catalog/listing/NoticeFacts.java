package kr.valuemall.catalog.listing;

import java.util.LinkedHashMap;
import java.util.Map;

import kr.valuemall.catalog.notice.NoticeItem;
import kr.valuemall.origin.OriginKind;

/**
 * What a listing already says that its notice repeats: the product's name, its maker and,
 * for goods declared domestic, Korea as where they come from. Fills the blank lines of a
 * group the seller loads, so the notice starts from the listing rather than from nothing.
 */
final class NoticeFacts {

	private NoticeFacts() {
	}

	static Map<String, String> of(ProductForm form) {
		Map<String, String> facts = new LinkedHashMap<>();
		String name = strip(form.name());
		String maker = strip(form.manufacturer());
		for (NoticeItem item : new NoticeItem[] { NoticeItem.PRODUCT_NAME, NoticeItem.PRODUCT_MODEL,
				NoticeItem.PRODUCT_TITLE, NoticeItem.ITEM_NAME }) {
			facts.put(item.key(), name);
		}
		facts.put(NoticeItem.MAKER.key(), maker);
		facts.put(NoticeItem.PRODUCER.key(), maker);
		if (OriginKind.DOMESTIC.name().equals(form.originKind())) {
			facts.put(NoticeItem.MADE_IN.key(), "대한민국");
			facts.put(NoticeItem.MADE_IN_OR_ORIGIN.key(), "대한민국");
			facts.put(NoticeItem.ORIGIN.key(), "국내산");
		}
		return facts;
	}

	private static String strip(String text) {
		return (text != null) ? text.strip() : "";
	}

}
