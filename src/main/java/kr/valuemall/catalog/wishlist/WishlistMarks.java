package kr.valuemall.catalog.wishlist;

import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import kr.valuemall.account.MallUser;

/**
 * Whether the signed-in shopper keeps a product, for the hearts on cards and product
 * pages ({@code @wishlistMarks.has(id)} in templates). The shopper's list is read once
 * per request, and only when a page asks; anonymous visitors cost no query.
 */
@Component("wishlistMarks")
public class WishlistMarks {

	private static final String KEPT = WishlistMarks.class.getName() + ".kept";

	private final Wishlist wishlist;

	WishlistMarks(Wishlist wishlist) {
		this.wishlist = wishlist;
	}

	public boolean has(long productId) {
		return kept().contains(productId);
	}

	@SuppressWarnings("unchecked")
	private Set<Long> kept() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof MallUser user)) {
			return Set.of();
		}
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return this.wishlist.productIdsOf(user.getId());
		}
		Object cached = request.getAttribute(KEPT, RequestAttributes.SCOPE_REQUEST);
		if (cached instanceof Set<?> set) {
			return (Set<Long>) set;
		}
		Set<Long> kept = this.wishlist.productIdsOf(user.getId());
		request.setAttribute(KEPT, kept, RequestAttributes.SCOPE_REQUEST);
		return kept;
	}

}
