package kr.valuemall.web;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The side navigation (tabs on phones) of the two workspaces, the seller centre under
 * {@code /seller} and the staff area under {@code /admin}. Each item names the roles that
 * may open it, copied from SecurityConfig's rules, so nobody is shown a link that answers
 * 403. Used from fragments/workspace.html as {@code @workspaceNav}.
 */
@Component("workspaceNav")
public class WorkspaceNavigation {

	private static final String ADMIN = "ROLE_ADMIN";

	private static final String REVIEWER = "ROLE_REVIEWER";

	private static final String MINISTRY = "ROLE_MINISTRY";

	private static final String SELLER = "ROLE_SELLER";

	static final List<Entry> SELLER_ITEMS = List.of(new Entry("workspace.nav.seller.home", "/seller", SELLER),
			new Entry("workspace.nav.seller.products", "/seller/products", SELLER),
			new Entry("workspace.nav.seller.bulk", "/seller/products/bulk", SELLER),
			new Entry("workspace.nav.seller.orders", "/seller/orders", SELLER),
			new Entry("workspace.nav.seller.reviews", "/seller/reviews", SELLER),
			new Entry("workspace.nav.seller.questions", "/seller/questions", SELLER),
			new Entry("workspace.nav.seller.settlements", "/seller/settlements", SELLER),
			new Entry("workspace.nav.seller.campaigns", "/seller/campaigns", SELLER),
			new Entry("workspace.nav.seller.promote", "/seller/promote", SELLER),
			new Entry("workspace.nav.seller.store", "/seller/store", SELLER),
			new Entry("workspace.nav.seller.delivery", "/seller/delivery", SELLER),
			new Entry("workspace.nav.seller.shipping", "/seller/shipping", SELLER),
			new Entry("workspace.nav.seller.payoutAccount", "/seller/payout-account", SELLER));

	static final List<Entry> STAFF_ITEMS = List.of(
			new Entry("workspace.nav.staff.home", "/admin", ADMIN, REVIEWER, MINISTRY),
			new Entry("workspace.nav.staff.sellers", "/admin/sellers", ADMIN, REVIEWER),
			new Entry("workspace.nav.staff.listings", "/admin/listings", ADMIN, REVIEWER),
			new Entry("workspace.nav.staff.rules", "/admin/listings/rules", ADMIN),
			new Entry("workspace.nav.staff.orders", "/admin/orders", ADMIN),
			new Entry("workspace.nav.staff.refunds", "/admin/refunds", ADMIN),
			new Entry("workspace.nav.staff.deposits", "/admin/deposits", ADMIN),
			new Entry("workspace.nav.staff.settlements", "/admin/settlements", ADMIN),
			new Entry("workspace.nav.staff.payoutAccounts", "/admin/payout-accounts", ADMIN),
			new Entry("workspace.nav.staff.reports", "/admin/reports", ADMIN, MINISTRY),
			new Entry("workspace.nav.staff.campaigns", "/admin/campaigns", ADMIN),
			new Entry("workspace.nav.staff.coupons", "/admin/coupons", ADMIN),
			new Entry("workspace.nav.staff.mails", "/admin/mails", ADMIN),
			new Entry("workspace.nav.staff.staff", "/admin/staff", ADMIN),
			new Entry("workspace.nav.staff.audit", "/admin/audit", ADMIN));

	/** The workspace of the page being drawn, with the items its viewer may open. */
	public Workspace current() {
		String path = currentPath();
		Set<String> authorities = authorities();
		boolean seller = path.equals("/seller") || path.startsWith("/seller/");
		List<Entry> entries = seller ? SELLER_ITEMS : STAFF_ITEMS;
		List<Entry> visible = entries.stream().filter((entry) -> entry.openTo(authorities)).toList();
		Entry current = visible.stream()
			.filter((entry) -> entry.covers(path))
			.reduce((a, b) -> (b.path().length() > a.path().length()) ? b : a)
			.orElse(null);
		List<Item> items = visible.stream()
			.map((entry) -> new Item(entry.messageKey(), entry.path(), entry == current))
			.toList();
		return seller ? new Workspace("seller", "workspace.seller.name", "/seller", items)
				: new Workspace("staff", "workspace.staff.name", "/admin", items);
	}

	private static String currentPath() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			Object failedUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
			String uri = (failedUri != null) ? failedUri.toString() : request.getRequestURI();
			return uri.substring(Math.min(uri.length(), request.getContextPath().length()));
		}
		return "";
	}

	private static Set<String> authorities() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return Set.of();
		}
		Collection<? extends GrantedAuthority> granted = authentication.getAuthorities();
		return granted.stream().map(GrantedAuthority::getAuthority).collect(Collectors.toUnmodifiableSet());
	}

	/** One workspace as its layout draws it. */
	public record Workspace(String kind, String nameKey, String homePath, List<Item> items) {

	}

	/** A navigation link; current when the page shown is this item's or lies under it. */
	public record Item(String messageKey, String path, boolean current) {

	}

	record Entry(String messageKey, String path, Set<String> roles) {

		Entry(String messageKey, String path, String... roles) {
			this(messageKey, path, Set.of(roles));
		}

		boolean openTo(Set<String> authorities) {
			return this.roles.stream().anyMatch(authorities::contains);
		}

		boolean covers(String requestPath) {
			return requestPath.equals(this.path) || requestPath.startsWith(this.path + "/");
		}

	}

}
