package kr.valuemall.catalog.bulk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import kr.valuemall.catalog.CategoryMenu;
import kr.valuemall.catalog.CategoryView;
import kr.valuemall.catalog.notice.NoticeField;
import kr.valuemall.catalog.notice.NoticeGroup;
import kr.valuemall.catalog.notice.NoticeItem;
import kr.valuemall.origin.MakerRole;
import kr.valuemall.origin.OriginKind;
import kr.valuemall.shared.Region;
import kr.valuemall.shared.SpreadsheetFiles;
import kr.valuemall.shared.SpreadsheetFiles.Choice;
import kr.valuemall.shared.SpreadsheetFiles.Layout;
import kr.valuemall.shared.SpreadsheetFiles.Tab;

/**
 * The workbook a seller downloads to list in bulk: the sheet to fill (headings, drop-down
 * lists for every choice), a guide with each column's meaning, an example and the column
 * of Naver Smart Store's template it matches, which notice lines each product group
 * needs, the categories, and the lists the drop-downs offer.
 */
@Component
class BulkTemplate {

	/** Rows the drop-downs cover below the heading: the most one upload takes. */
	private static final int ROWS = BulkSheet.MAX_ROWS;

	private final CategoryMenu categories;

	private final BulkChoices choices;

	private final MessageSource messages;

	BulkTemplate(CategoryMenu categories, BulkChoices choices, MessageSource messages) {
		this.categories = categories;
		this.choices = choices;
		this.messages = messages;
	}

	byte[] workbook(Locale locale) {
		List<BulkColumn> columns = Arrays.asList(BulkColumn.values());
		List<Object> headings = new ArrayList<>();
		for (BulkColumn column : columns) {
			headings.add(message(column.messageKey(), locale));
		}
		for (NoticeItem item : NoticeItem.values()) {
			headings.add(BulkListings.noticeHeading(this.messages, item, locale));
		}
		String listsName = message("bulk.template.lists", locale);
		String categoriesName = message("bulk.template.categories", locale);

		List<List<?>> categoryRows = new ArrayList<>();
		categoryRows.add(List.of(message("bulk.template.categorySlug", locale),
				message("bulk.template.categoryName", locale), message("bulk.template.categoryPath", locale)));
		for (CategoryView top : this.categories.topLevel()) {
			categoryRows.add(List.of(top.slug(), top.name(locale), top.name(locale)));
			for (CategoryView child : top.children()) {
				categoryRows
					.add(List.of(child.slug(), child.name(locale), top.name(locale) + " > " + child.name(locale)));
			}
		}

		List<List<String>> lists = List.of(labels(OriginKind.values(), "origin.kind.", locale),
				labels(Region.values(), "region.", locale), labels(MakerRole.values(), "origin.makerRole.", locale),
				List.of("Y", "N"), this.choices.actions(locale), this.choices.noticeGroups(locale));
		List<List<?>> listRows = new ArrayList<>();
		listRows.add(List.of(message(BulkColumn.ORIGIN_KIND.messageKey(), locale),
				message(BulkColumn.MADE_REGION.messageKey(), locale),
				message(BulkColumn.MAKER_ROLE.messageKey(), locale), message(BulkColumn.ATTESTED.messageKey(), locale),
				message(BulkColumn.ACTION.messageKey(), locale),
				message(BulkColumn.NOTICE_GROUP.messageKey(), locale)));
		int longest = lists.stream().mapToInt(List::size).max().orElse(0);
		for (int r = 0; r < longest; r++) {
			List<String> row = new ArrayList<>();
			for (List<String> list : lists) {
				row.add((r < list.size()) ? list.get(r) : "");
			}
			listRows.add(row);
		}

		List<Choice> dropDowns = List.of(
				new Choice(columns.indexOf(BulkColumn.CATEGORY), ROWS, range(categoriesName, "A", categoryRows.size())),
				new Choice(columns.indexOf(BulkColumn.ORIGIN_KIND), ROWS,
						range(listsName, "A", lists.get(0).size() + 1)),
				new Choice(columns.indexOf(BulkColumn.MADE_REGION), ROWS,
						range(listsName, "B", lists.get(1).size() + 1)),
				new Choice(columns.indexOf(BulkColumn.MAKER_ROLE), ROWS,
						range(listsName, "C", lists.get(2).size() + 1)),
				new Choice(columns.indexOf(BulkColumn.ATTESTED), ROWS, range(listsName, "D", lists.get(3).size() + 1)),
				new Choice(columns.indexOf(BulkColumn.ACTION), ROWS, range(listsName, "E", lists.get(4).size() + 1)),
				new Choice(columns.indexOf(BulkColumn.NOTICE_GROUP), ROWS,
						range(listsName, "F", lists.get(5).size() + 1)));

		String noticeName = message("bulk.template.notice", locale);
		List<List<?>> noticeRows = new ArrayList<>();
		noticeRows.add(List.of(message(BulkColumn.NOTICE_GROUP.messageKey(), locale),
				message("bulk.template.noticeColumn", locale), message("bulk.guide.required", locale)));
		for (NoticeGroup group : NoticeGroup.values()) {
			for (NoticeField field : group.fields()) {
				noticeRows.add(List.of(message(group.messageKey(), locale),
						BulkListings.noticeHeading(this.messages, field.item(), locale),
						message(field.required() ? "bulk.guide.yes" : "bulk.template.ifApplicable", locale)));
			}
		}

		List<List<?>> guide = new ArrayList<>();
		guide.add(List.of(message("bulk.guide.column", locale), message("bulk.guide.required", locale),
				message("bulk.guide.meaning", locale), message("bulk.guide.example", locale),
				message("bulk.guide.naver", locale)));
		for (BulkColumn column : columns) {
			guide.add(List.of(message(column.messageKey(), locale),
					message(column.required() ? "bulk.guide.yes" : "bulk.guide.no", locale),
					message(column.hintKey(), locale), message(column.messageKey() + ".example", locale),
					(column.naverColumn() != null) ? column.naverColumn() : "—"));
		}
		guide.add(List.of());
		guide.add(List.of(message("bulk.guide.note", locale)));

		return SpreadsheetFiles.xlsx(List.of(
				new Tab(message("bulk.template.sheet", locale), List.of(headings), new Layout(true, widths(), true),
						dropDowns),
				new Tab(message("bulk.template.guide", locale), guide,
						new Layout(true, List.of(16, 8, 60, 30, 22), true), List.of()),
				new Tab(noticeName, noticeRows, new Layout(true, List.of(22, 40, 12), true), List.of()),
				new Tab(categoriesName, categoryRows, new Layout(true, List.of(18, 16, 30), true), List.of()),
				new Tab(listsName, listRows, new Layout(true, List.of(16), true), List.of())));
	}

	private static List<Integer> widths() {
		List<Integer> widths = new ArrayList<>();
		for (BulkColumn column : BulkColumn.values()) {
			widths.add((column == BulkColumn.NAME || column == BulkColumn.DESCRIPTION) ? 36 : 14);
		}
		widths.add(20);
		return widths;
	}

	/** An absolute range in another sheet, below its heading. */
	private static String range(String sheet, String column, int lastRow) {
		return "'" + sheet.replace("'", "''") + "'!$" + column + "$2:$" + column + "$" + Math.max(lastRow, 2);
	}

	private <E extends Enum<E>> List<String> labels(E[] values, String prefix, Locale locale) {
		return Arrays.stream(values).map((value) -> message(prefix + value.name(), locale)).toList();
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
