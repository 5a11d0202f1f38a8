package kr.valuemall.order.checkout;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import kr.valuemall.order.cart.CartLine;

/**
 * Which lines of the cart a checkout buys: all of them, or the ones the shopper ticked on
 * the cart page. The lines left out stay in the cart after the order.
 *
 * @param skuIds the SKUs ticked, or null for the whole cart
 */
public record CartSelection(Set<Long> skuIds) {

	/** The whole cart, as before the cart had check boxes. */
	public static final CartSelection ALL = new CartSelection(null);

	/**
	 * The selection a form sent.
	 * @param selected whether the form carried a selection at all (the cart page's
	 * checkout form says so, so that nothing ticked means nothing, not everything)
	 * @param typed the SKU ids ticked; values that are not ids are left out
	 */
	public static CartSelection of(boolean selected, List<String> typed) {
		if (!selected) {
			return ALL;
		}
		Set<Long> ids = new LinkedHashSet<>();
		if (typed != null) {
			for (String value : typed) {
				String digits = (value != null) ? value.strip() : "";
				if (digits.matches("\\d{1,18}")) {
					ids.add(Long.parseLong(digits));
				}
			}
		}
		return new CartSelection(Set.copyOf(ids));
	}

	public boolean isAll() {
		return this.skuIds == null;
	}

	/** The lines this selection buys, in the cart's order. */
	public List<CartLine> of(List<CartLine> lines) {
		if (isAll()) {
			return lines;
		}
		return lines.stream().filter((line) -> this.skuIds.contains(line.skuId())).toList();
	}

	/** The SKU ids as the checkout page carries them along, sorted for a stable page. */
	public List<String> params() {
		return isAll() ? List.of() : this.skuIds.stream().sorted().map(String::valueOf).toList();
	}

}
