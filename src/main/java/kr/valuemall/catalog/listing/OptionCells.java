package kr.valuemall.catalog.listing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import kr.valuemall.web.forms.TypedNumbers;

/**
 * Options as a bulk sheet holds them, in the four cells of Naver Smart Store's combined
 * options (조합형 옵션): 옵션명 ("색상\n사이즈" or '색상,사이즈'), 옵션값 (one line per name, values comma
 * separated: '블랙,화이트\nS,M,L'), 옵션가 (one difference per combination, comma separated, the
 * first name's values outermost; blank for none) and 옵션 재고수량 (one stock per combination).
 * The same limits as the product form.
 */
public final class OptionCells {

	/** Which cell a problem is in. */
	public enum Cell {

		NAMES, VALUES, PRICES, STOCKS

	}

	/** A problem: its cell and its message (code and arguments). */
	public record Problem(Cell cell, String code, Object... arguments) {

	}

	/** The options read, or null with problems. */
	public record Read(ProductOptions options, List<Problem> problems) {

	}

	private OptionCells() {
	}

	/**
	 * @param price the row's price when it reads right, else null (every option's price
	 * must stay above zero)
	 * @return no options (null) and no problems when 옵션명 is blank
	 */
	public static Read read(String names, String values, String prices, String stocks, Long price) {
		List<Problem> problems = new ArrayList<>();
		List<String> nameList = split(names, "[\\n,]");
		if (nameList.isEmpty()) {
			return new Read(null, problems);
		}
		if (nameList.size() > 2) {
			problems.add(new Problem(Cell.NAMES, "bulk.options.names.tooMany"));
			return new Read(null, problems);
		}
		if (nameList.stream().anyMatch((name) -> name.length() > ProductOptions.MAX_NAME)) {
			problems.add(new Problem(Cell.NAMES, "options.name.tooLong", ProductOptions.MAX_NAME));
		}
		List<String> lines = (values != null) ? values.strip().lines().filter((line) -> !line.isBlank()).toList()
				: List.of();
		if (lines.size() != nameList.size()) {
			problems.add(new Problem(Cell.VALUES, "bulk.options.values.lines", nameList.size()));
			return new Read(null, problems);
		}
		List<List<String>> valueLists = new ArrayList<>();
		for (String line : lines) {
			List<String> list = split(line, ",");
			if (list.stream().anyMatch((value) -> value.length() > ProductOptions.MAX_VALUE)) {
				problems.add(new Problem(Cell.VALUES, "options.values.tooLong", ProductOptions.MAX_VALUE));
			}
			else if (new LinkedHashSet<>(list).size() != list.size()) {
				problems.add(new Problem(Cell.VALUES, "options.values.duplicate"));
			}
			valueLists.add(list);
		}
		List<String[]> combinations = new ArrayList<>();
		for (String first : valueLists.get(0)) {
			if (valueLists.size() == 1) {
				combinations.add(new String[] { first, null });
			}
			else {
				for (String second : valueLists.get(1)) {
					combinations.add(new String[] { first, second });
				}
			}
		}
		if (combinations.size() > ProductOptions.MAX_SKUS) {
			problems.add(new Problem(Cell.VALUES, "options.tooMany", ProductOptions.MAX_SKUS));
		}
		List<String> priceCells = split(prices, ",");
		List<String> stockCells = split(stocks, ",");
		if (!priceCells.isEmpty() && priceCells.size() != combinations.size()) {
			problems.add(new Problem(Cell.PRICES, "bulk.options.count", combinations.size()));
		}
		if (stockCells.size() != combinations.size()) {
			problems.add(new Problem(Cell.STOCKS, "bulk.options.count", combinations.size()));
		}
		if (!problems.isEmpty()) {
			return new Read(null, problems);
		}
		List<ProductOptions.Sku> skus = new ArrayList<>();
		for (int i = 0; i < combinations.size(); i++) {
			Long delta = priceCells.isEmpty() ? Long.valueOf(0) : OptionsForm.delta(priceCells.get(i));
			Long stock = TypedNumbers.read(stockCells.get(i));
			if (delta == null || Math.abs(delta) > ProductForm.MAX_PRICE) {
				problems.add(new Problem(Cell.PRICES, "options.delta.invalid"));
			}
			else if (price != null && price + delta <= 0) {
				problems.add(new Problem(Cell.PRICES, "options.delta.belowZero", price + delta));
			}
			if (stock == null || stock > ProductForm.MAX_STOCK) {
				problems.add(new Problem(Cell.STOCKS, "options.stock.invalid"));
			}
			if (problems.isEmpty()) {
				skus.add(new ProductOptions.Sku(combinations.get(i)[0], combinations.get(i)[1], delta,
						stock.intValue()));
			}
		}
		if (!problems.isEmpty()) {
			return new Read(null, problems);
		}
		return new Read(new ProductOptions(nameList.get(0), (nameList.size() > 1) ? nameList.get(1) : null, skus),
				problems);
	}

	/** The cells for a listing's options, as {@link #read} reads them. */
	public static List<String> write(ProductOptions options) {
		if (!options.hasOptions()) {
			return List.of("", "", "", "");
		}
		String names = (options.name2() != null) ? options.name1() + "\n" + options.name2() : options.name1();
		String values = String.join(",", options.values(1))
				+ ((options.name2() != null) ? "\n" + String.join(",", options.values(2)) : "");
		return List.of(names, values,
				String.join(",", options.skus().stream().map((sku) -> OptionsForm.signed(sku.priceDelta())).toList()),
				String.join(",", options.skus().stream().map((sku) -> String.valueOf(sku.stock())).toList()));
	}

	private static List<String> split(String text, String separator) {
		List<String> parts = new ArrayList<>();
		if (text == null) {
			return parts;
		}
		for (String part : text.split(separator)) {
			if (!part.isBlank()) {
				parts.add(part.strip());
			}
		}
		return parts;
	}

}
