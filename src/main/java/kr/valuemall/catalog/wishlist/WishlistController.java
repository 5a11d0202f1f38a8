package kr.valuemall.catalog.wishlist;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.valuemall.account.MallUser;
import kr.valuemall.catalog.listing.ProductNotFound;
import kr.valuemall.catalog.storefront.ProductCard;
import kr.valuemall.catalog.storefront.Storefront;

/**
 * 찜: the heart on product pages and cards, and the shopper's list at {@code /wishlist}.
 * The heart is a form (it works without JavaScript: the shopper comes back to the page
 * they were on); mall.js sends it in the background instead and only flips the heart. A
 * visitor who is not signed in follows {@code /wishlist/add?product=} to the login and
 * comes back to a page that adds the product with one press.
 */
@Controller
class WishlistController {

	static final String VIEW_LIST = "catalog/wishlist";

	static final String VIEW_ADD = "catalog/wishlistAdd";

	/** What mall.js adds to a heart it sends in the background. */
	static final String IN_BACKGROUND = "X-Requested-With=fetch";

	private final Wishlist wishlist;

	private final Storefront storefront;

	WishlistController(Wishlist wishlist, Storefront storefront) {
		this.wishlist = wishlist;
		this.storefront = storefront;
	}

	@GetMapping("/wishlist")
	String list(@AuthenticationPrincipal MallUser shopper, Model model) {
		List<Wishlist.Item> items = this.wishlist.itemsOf(shopper.getId());
		List<ProductCard> cards = this.storefront
			.liveCards(items.stream().filter(Wishlist.Item::live).map(Wishlist.Item::productId).toList());
		Set<Long> shown = cards.stream().map((card) -> card.product().getId()).collect(Collectors.toSet());
		model.addAttribute("cards", cards);
		model.addAttribute("unavailable", items.stream().filter((item) -> !shown.contains(item.productId())).toList());
		model.addAttribute("itemCount", items.size());
		return VIEW_LIST;
	}

	/** Where a visitor who pressed the heart lands after signing in. */
	@GetMapping("/wishlist/add")
	String initAdd(@AuthenticationPrincipal MallUser shopper, @RequestParam long product, Model model) {
		ProductCard card = this.storefront.liveCards(List.of(product))
			.stream()
			.findFirst()
			.orElseThrow(() -> ProductNotFound.of(product));
		if (this.wishlist.contains(shopper.getId(), product)) {
			return "redirect:/products/" + product;
		}
		model.addAttribute("card", card);
		return VIEW_ADD;
	}

	@PostMapping("/wishlist/items")
	String add(@AuthenticationPrincipal MallUser shopper, @RequestParam long productId,
			@RequestHeader(name = HttpHeaders.REFERER, required = false) String back, HttpServletRequest request,
			RedirectAttributes redirect) {
		try {
			this.wishlist.add(shopper.getId(), productId);
			redirect.addFlashAttribute("notice", "wishlist.added");
		}
		catch (WishlistFull ex) {
			redirect.addFlashAttribute("notice", "wishlist.full");
		}
		return "redirect:" + backTo(back, request.getServerName(), productId);
	}

	@PostMapping("/wishlist/items/{productId}/remove")
	String remove(@AuthenticationPrincipal MallUser shopper, @PathVariable long productId,
			@RequestHeader(name = HttpHeaders.REFERER, required = false) String back, HttpServletRequest request,
			RedirectAttributes redirect) {
		this.wishlist.remove(shopper.getId(), productId);
		redirect.addFlashAttribute("notice", "wishlist.removed");
		return "redirect:" + backTo(back, request.getServerName(), productId);
	}

	/** The heart pressed with mall.js: no page load, the new state in return. */
	@PostMapping(path = "/wishlist/items", headers = IN_BACKGROUND, produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<Map<String, Object>> addInBackground(@AuthenticationPrincipal MallUser shopper,
			@RequestParam long productId) {
		try {
			this.wishlist.add(shopper.getId(), productId);
		}
		catch (ProductNotFound ex) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("wished", false));
		}
		catch (WishlistFull ex) {
			return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("wished", false));
		}
		return ResponseEntity.ok(state(shopper, true));
	}

	@PostMapping(path = "/wishlist/items/{productId}/remove", headers = IN_BACKGROUND,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> removeInBackground(@AuthenticationPrincipal MallUser shopper, @PathVariable long productId) {
		this.wishlist.remove(shopper.getId(), productId);
		return state(shopper, false);
	}

	private Map<String, Object> state(MallUser shopper, boolean wished) {
		return Map.of("wished", wished, "count", this.wishlist.count(shopper.getId()));
	}

	/**
	 * Back to the page the heart was on (the browser's Referer), when it is a page of
	 * this site; the product's page otherwise. The Referer only gives a path here, so no
	 * form can send anyone elsewhere.
	 */
	static String backTo(String referer, String serverName, long productId) {
		String fallback = "/products/" + productId;
		if (referer == null || referer.isBlank()) {
			return fallback;
		}
		try {
			URI uri = new URI(referer);
			if (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(serverName)) {
				return fallback;
			}
			String path = uri.getRawPath();
			// The page that asked a visitor back from the login would only send them on.
			if (path == null || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/wishlist/add")) {
				return fallback;
			}
			return (uri.getRawQuery() != null) ? path + "?" + uri.getRawQuery() : path;
		}
		catch (URISyntaxException ex) {
			return fallback;
		}
	}

}
