package kr.valuemall.catalog.listing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.springframework.validation.Errors;

import kr.valuemall.web.forms.TypedNumbers;

/**
 * The product form's options section (옵션), bound beside {@link ProductForm}: up to two
 * option names, each with its values typed comma separated ('블랙, 화이트'), and the grid of
 * their combinations with each one's price difference and stock, as typed. Without
 * JavaScript the seller types names and values, presses "조합 만들기" (the page comes back
 * with the grid, typed rows kept), then fills the grid.
 *
 * @param skus the grid's rows as posted (may lag behind the values until the grid is made
 * again)
 */
record OptionsForm(String optionName1, String optionValues1, String optionName2, String optionValues2,
		List<SkuRow> skus) {

	OptionsForm {
		optionName1 = strip(optionName1);
		optionValues1 = strip(optionValues1);
		optionName2 = strip(optionName2);
		optionValues2 = strip(optionValues2);
		skus = (skus != null) ? skus.stream().filter((row) -> row != null).toList() : List.of();
	}

	static OptionsForm empty() {
		return new OptionsForm("", "", "", "", List.of());
	}

	static OptionsForm of(ProductOptions options) {
		if (options == null || !options.hasOptions()) {
			return empty();
		}
		return new OptionsForm(options.name1(), String.join(", ", options.values(1)),
				(options.name2() != null) ? options.name2() : "", String.join(", ", options.values(2)),
				options.skus()
					.stream()
					.map((sku) -> new SkuRow(sku.value1(), (sku.value2() != null) ? sku.value2() : "",
							signed(sku.priceDelta()), String.valueOf(sku.stock())))
					.toList());
	}

	boolean hasOptions() {
		return !this.optionName1.isEmpty() || !this.optionValues1.isEmpty();
	}

	boolean hasSecond() {
		return !this.optionName2.isEmpty() || !this.optionValues2.isEmpty();
	}

	List<String> values1() {
		return split(this.optionValues1);
	}

	List<String> values2() {
		return hasSecond() ? split(this.optionValues2) : List.of();
	}

	/**
	 * The grid for the names and values as typed now: one row per combination, each with
	 * what was typed for it before (a new one blank).
	 */
	OptionsForm withGrid() {
		List<SkuRow> rows = new ArrayList<>();
		for (String first : values1()) {
			if (values2().isEmpty()) {
				rows.add(typedFor(first, "").orElse(new SkuRow(first, "", "0", "")));
			}
			for (String second : values2()) {
				rows.add(typedFor(first, second).orElse(new SkuRow(first, second, "0", "")));
			}
		}
		return new OptionsForm(this.optionName1, this.optionValues1, this.optionName2, this.optionValues2, rows);
	}

	private Optional<SkuRow> typedFor(String first, String second) {
		return this.skus.stream()
			.filter((row) -> first.equals(row.value1()) && second.equals(row.value2()))
			.findFirst();
	}

	/**
	 * The options as typed, or empty with a message beside each wrong name, value,
	 * difference or stock. Without options, the listing's one SKU holds the product
	 * form's stock.
	 * @param price the listing's price when it was typed right (every SKU's price must
	 * stay above zero), else null
	 * @param stock the product form's stock, for a listing without options
	 */
	Optional<ProductOptions> read(Long price, int stock, Errors errors) {
		if (!hasOptions()) {
			return errors.hasErrors() ? Optional.empty() : Optional.of(ProductOptions.none(stock));
		}
		checkName("optionName1", this.optionName1, errors);
		checkValues("optionValues1", values1(), errors);
		if (hasSecond()) {
			checkName("optionName2", this.optionName2, errors);
			checkValues("optionValues2", values2(), errors);
		}
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		OptionsForm grid = withGrid();
		if (grid.skus().size() > ProductOptions.MAX_SKUS) {
			errors.rejectValue("optionValues1", "options.tooMany", new Object[] { ProductOptions.MAX_SKUS }, null);
			return Optional.empty();
		}
		if (!grid.skus().equals(this.skus)) {
			// The values changed since the grid was made: the seller fills the new grid.
			errors.reject("options.gridChanged");
			return Optional.empty();
		}
		List<ProductOptions.Sku> read = new ArrayList<>();
		for (int i = 0; i < this.skus.size(); i++) {
			SkuRow row = this.skus.get(i);
			Long delta = delta(row.priceDelta());
			Long units = TypedNumbers.read(row.stock());
			if (delta == null || Math.abs(delta) > ProductForm.MAX_PRICE) {
				errors.rejectValue("skus[" + i + "].priceDelta", "options.delta.invalid");
			}
			else if (price != null && price + delta <= 0) {
				errors.rejectValue("skus[" + i + "].priceDelta", "options.delta.belowZero",
						new Object[] { price + delta }, null);
			}
			if (units == null || units > ProductForm.MAX_STOCK) {
				errors.rejectValue("skus[" + i + "].stock", "options.stock.invalid");
			}
			if (delta != null && units != null) {
				read.add(new ProductOptions.Sku(row.value1(), row.value2().isEmpty() ? null : row.value2(), delta,
						units.intValue()));
			}
		}
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		return Optional.of(new ProductOptions(this.optionName1, hasSecond() ? this.optionName2 : null, read));
	}

	private static void checkName(String field, String name, Errors errors) {
		if (name.isEmpty()) {
			errors.rejectValue(field, "options.name.required");
		}
		else if (name.length() > ProductOptions.MAX_NAME) {
			errors.rejectValue(field, "options.name.tooLong", new Object[] { ProductOptions.MAX_NAME }, null);
		}
	}

	private static void checkValues(String field, List<String> values, Errors errors) {
		if (values.isEmpty()) {
			errors.rejectValue(field, "options.values.required");
		}
		else if (values.stream().anyMatch((value) -> value.length() > ProductOptions.MAX_VALUE)) {
			errors.rejectValue(field, "options.values.tooLong", new Object[] { ProductOptions.MAX_VALUE }, null);
		}
		else if (new LinkedHashSet<>(values).size() != values.size()) {
			errors.rejectValue(field, "options.values.duplicate");
		}
	}

	/** Won typed with an optional sign: '+1,000', '-2000원', '0'; null when not that. */
	static Long delta(String typed) {
		String text = (typed != null) ? typed.strip() : "";
		if (text.isEmpty()) {
			return 0L;
		}
		boolean negative = text.startsWith("-") || text.startsWith("−");
		String digits = (text.startsWith("+") || negative) ? text.substring(1) : text;
		Long read = TypedNumbers.read(digits);
		return (read == null) ? null : (negative ? -read : read);
	}

	static String signed(long delta) {
		return (delta > 0) ? "+" + delta : String.valueOf(delta);
	}

	/** Values typed comma (or line) separated, blanks dropped, in the seller's order. */
	static List<String> split(String typed) {
		List<String> values = new ArrayList<>();
		for (String part : typed.split("[,\\n]")) {
			String value = part.strip();
			if (!value.isEmpty()) {
				values.add(value);
			}
		}
		return values;
	}

	private static String strip(String text) {
		return (text != null) ? text.strip() : "";
	}

	/** One combination's row as typed. */
	record SkuRow(String value1, String value2, String priceDelta, String stock) {

		SkuRow {
			value1 = strip(value1);
			value2 = strip(value2);
			priceDelta = (priceDelta != null) ? priceDelta : "";
			stock = (stock != null) ? stock : "";
		}

		/** "블랙 / L" */
		public String label() {
			return ProductOptions.Sku.label(this.value1, this.value2.isEmpty() ? null : this.value2);
		}

	}

}
