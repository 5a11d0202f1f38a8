package kr.valuemall.catalog.bulk;

import java.util.Arrays;
import java.util.Optional;

/**
 * The columns of the bulk listing sheet, in the template's order. Each has its heading
 * (message key {@code bulk.column.<NAME>}, read in Korean or English), the product form
 * field it fills, and the column of Naver Smart Store's bulk-registration template that
 * holds the same thing, so that a seller can map an export column by column
 * (docs/bulk-listing.md). After these come the product information notice's lines, one
 * column per {@code NoticeItem}, headed by its label.
 */
enum BulkColumn {

	PRODUCT_ID(null, "상품번호(스마트스토어)", false),

	CATEGORY("categorySlug", "카테고리ID", true),

	NAME("name", "상품명", true),

	DESCRIPTION("description", "상품 상세정보", true),

	PRICE("price", "판매가", true),

	STOCK("stock", "재고수량", true),

	SHIPPING_FEE("shippingFee", "기본배송비", true),

	ORIGIN_KIND("originKind", "원산지 코드", true),

	MADE_REGION("madeRegion", "원산지 직접입력", false),

	MANUFACTURER("manufacturer", "제조사", false),

	IMPORTER("importer", "수입사", false),

	MAKER_ROLE("makerRole", null, false),

	ATTESTED("attested", null, false),

	ACTION(null, null, false),

	NOTICE_GROUP(null, null, false),

	/** The option names, one or two ("색상\n사이즈" or "색상,사이즈"). */
	OPTION_NAMES(null, "옵션명", false),

	/** One line of comma separated values per option name. */
	OPTION_VALUES(null, "옵션값", false),

	/** One price difference per combination, comma separated. */
	OPTION_PRICES(null, "옵션가", false),

	/** One stock per combination, comma separated. */
	OPTION_STOCKS(null, "옵션 재고수량", false);

	private final String field;

	private final String naverColumn;

	private final boolean required;

	BulkColumn(String field, String naverColumn, boolean required) {
		this.field = field;
		this.naverColumn = naverColumn;
		this.required = required;
	}

	String messageKey() {
		return "bulk.column." + name();
	}

	String hintKey() {
		return "bulk.column." + name() + ".hint";
	}

	/** The product form field this column fills, or null for the row's own columns. */
	String field() {
		return this.field;
	}

	/** The Naver Smart Store template column with the same content, or null for none. */
	String naverColumn() {
		return this.naverColumn;
	}

	/**
	 * Whether the sheet must have this column (a cell may still be blank for a draft).
	 */
	boolean required() {
		return this.required;
	}

	static Optional<BulkColumn> ofField(String field) {
		return Arrays.stream(values()).filter((column) -> field.equals(column.field)).findFirst();
	}

}
