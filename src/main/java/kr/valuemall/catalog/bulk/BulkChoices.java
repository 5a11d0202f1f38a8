package kr.valuemall.catalog.bulk;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import kr.valuemall.catalog.CategoryMenu;
import kr.valuemall.catalog.CategoryView;
import kr.valuemall.catalog.listing.ProductForm;
import kr.valuemall.catalog.notice.NoticeGroup;
import kr.valuemall.origin.MakerRole;
import kr.valuemall.origin.OriginKind;
import kr.valuemall.shared.Region;

/**
 * Turns a sheet row into the product form a seller would have typed: choices written the
 * way people write them in a spreadsheet ("국산", "서울", "경기도", "Y", a category's name or
 * address) become the form's values. Anything it does not recognise is passed on as
 * typed, so that the form's own checks say what is wrong with it.
 */
@Component
class BulkChoices {

	private static final Set<String> YES = Set.of("y", "yes", "예", "네", "o", "true", "1", "동의", "확인");

	private static final Set<String> PUBLISH = Set.of("판매", "판매신청", "판매중", "판매요청", "publish", "sell", "onsale");

	private static final Set<String> DRAFT = Set.of("", "임시저장", "저장", "draft", "save", "saveasdraft");

	/** Short names people write for regions, beside the full names the mall shows. */
	private static final Map<String, Region> REGION_SHORT_NAMES = Map.ofEntries(Map.entry("서울", Region.SEOUL),
			Map.entry("부산", Region.BUSAN), Map.entry("대구", Region.DAEGU), Map.entry("인천", Region.INCHEON),
			Map.entry("광주", Region.GWANGJU), Map.entry("대전", Region.DAEJEON), Map.entry("울산", Region.ULSAN),
			Map.entry("세종", Region.SEJONG), Map.entry("경기", Region.GYEONGGI), Map.entry("강원", Region.GANGWON),
			Map.entry("강원도", Region.GANGWON), Map.entry("충북", Region.CHUNGBUK), Map.entry("충남", Region.CHUNGNAM),
			Map.entry("전북", Region.JEONBUK), Map.entry("전라북도", Region.JEONBUK), Map.entry("전남", Region.JEONNAM),
			Map.entry("경북", Region.GYEONGBUK), Map.entry("경남", Region.GYEONGNAM), Map.entry("제주", Region.JEJU),
			Map.entry("제주도", Region.JEJU));

	private final CategoryMenu categories;

	private final MessageSource messages;

	private final Map<String, String> originKinds;

	private final Map<String, String> regions;

	private final Map<String, String> makerRoles;

	private final Map<String, String> noticeGroups;

	BulkChoices(CategoryMenu categories, MessageSource messages) {
		this.categories = categories;
		this.messages = messages;
		this.originKinds = labels(OriginKind.values(), "origin.kind.");
		this.regions = labels(Region.values(), "region.");
		REGION_SHORT_NAMES.forEach((name, region) -> this.regions.put(key(name), region.name()));
		this.makerRoles = labels(MakerRole.values(), "origin.makerRole.");
		this.makerRoles.put(key("제조"), MakerRole.MAKER.name());
		this.makerRoles.put(key("직접제조"), MakerRole.MAKER.name());
		this.makerRoles.put(key("유통"), MakerRole.RESELLER.name());
		this.makerRoles.put(key("재판매"), MakerRole.RESELLER.name());
		this.noticeGroups = labels(NoticeGroup.values(), "notice.group.");
	}

	/**
	 * The notice's product group as written (its name in Korean or English, or its code);
	 * null when blank.
	 * @throws IllegalArgumentException when the text names no group
	 */
	NoticeGroup noticeGroup(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		String name = this.noticeGroups.get(key(typed));
		if (name == null) {
			throw new IllegalArgumentException("No notice group " + typed);
		}
		return NoticeGroup.valueOf(name);
	}

	/** The words the template offers for the notice's group, in the given language. */
	List<String> noticeGroups(Locale locale) {
		return java.util.Arrays.stream(NoticeGroup.values())
			.map((group) -> this.messages.getMessage(group.messageKey(), null, locale))
			.toList();
	}

	ProductForm form(BulkRow row) {
		return new ProductForm(category(row.get(BulkColumn.CATEGORY)), row.get(BulkColumn.NAME),
				row.get(BulkColumn.DESCRIPTION), row.get(BulkColumn.PRICE), stock(row),
				row.get(BulkColumn.SHIPPING_FEE), choice(this.originKinds, row.get(BulkColumn.ORIGIN_KIND)),
				row.get(BulkColumn.IMPORTER), row.get(BulkColumn.MANUFACTURER),
				choice(this.regions, row.get(BulkColumn.MADE_REGION)),
				choice(this.makerRoles, row.get(BulkColumn.MAKER_ROLE)), attested(row.get(BulkColumn.ATTESTED)));
	}

	/**
	 * The row's stock: with options and a blank 재고수량 (as a Naver export has it), the
	 * options' stocks hold it and the listing's is their total.
	 */
	private static String stock(BulkRow row) {
		String typed = row.get(BulkColumn.STOCK);
		if (!typed.isBlank() || row.get(BulkColumn.OPTION_NAMES).isBlank()) {
			return typed;
		}
		long total = 0;
		for (String cell : row.get(BulkColumn.OPTION_STOCKS).split(",")) {
			Long read = kr.valuemall.web.forms.TypedNumbers.read(cell.strip());
			total += (read != null) ? read : 0;
		}
		return String.valueOf(total);
	}

	/** True to put the row on sale, false to keep it a draft, null when unreadable. */
	Boolean publish(String typed) {
		String key = key(typed);
		if (PUBLISH.contains(key)) {
			return true;
		}
		return DRAFT.contains(key) ? false : null;
	}

	/** The words the template offers for the action column, in the given language. */
	List<String> actions(Locale locale) {
		return List.of(this.messages.getMessage("bulk.action.publish", null, locale),
				this.messages.getMessage("bulk.action.draft", null, locale));
	}

	/**
	 * Anything but a yes is "not signed": publishing then says the attestation is
	 * missing.
	 */
	private static Boolean attested(String typed) {
		return YES.contains(key(typed));
	}

	private String category(String typed) {
		if (typed.isEmpty() || this.categories.find(typed).isPresent()) {
			return typed;
		}
		String wanted = key(typed);
		for (CategoryView top : this.categories.topLevel()) {
			for (CategoryView category : flatten(top)) {
				if (key(category.nameKo()).equals(wanted) || key(category.nameEn()).equals(wanted)
						|| key(top.nameKo() + ">" + category.nameKo()).equals(wanted)) {
					return category.slug();
				}
			}
		}
		return typed;
	}

	private static List<CategoryView> flatten(CategoryView top) {
		List<CategoryView> all = new java.util.ArrayList<>();
		all.add(top);
		all.addAll(top.children());
		return all;
	}

	private String choice(Map<String, String> names, String typed) {
		return names.getOrDefault(key(typed), typed);
	}

	private <E extends Enum<E>> Map<String, String> labels(E[] values, String prefix) {
		Map<String, String> names = new HashMap<>();
		for (E value : values) {
			names.put(key(value.name()), value.name());
			for (Locale locale : List.of(Locale.KOREAN, Locale.ENGLISH)) {
				String label = this.messages.getMessage(prefix + value.name(), null, null, locale);
				if (label != null) {
					names.put(key(label), value.name());
				}
			}
		}
		return names;
	}

	/** Compared without case, spaces, dots and middle dots: "유통·재판매" = "유통 재판매". */
	private static String key(String typed) {
		return (typed == null) ? "" : typed.toLowerCase(Locale.ROOT).replaceAll("[\\s·.\\-_]", "");
	}

}
