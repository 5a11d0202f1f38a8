package kr.valuemall.catalog.storefront;

import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskExecutor;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import kr.valuemall.catalog.CategoryMenu;
import kr.valuemall.catalog.recent.RecentlyViewed;
import kr.valuemall.seller.SellerApi;
import kr.valuemall.seller.StoreSummary;
import kr.valuemall.web.SiteLinks;
import kr.valuemall.web.VisitorPage;
import kr.valuemall.shared.ShortLived;

/**
 * The home page. Its shelves (best sellers, new products, new stores) may be seconds old:
 * they are kept for {@code valuemall.catalog.shelf-max-age}, so a busy home page reads
 * them a few times a minute rather than on every load. The spotlight takes its turn on
 * every load.
 */
@Controller
class HomeController {

	static final String VIEW_HOME = "catalog/home";

	private final CategoryMenu categoryMenu;

	private final Storefront storefront;

	private final SellerApi sellers;

	private final SpotlightShelf spotlight;

	private final SiteLinks site;

	private final ShortLived<String, List<ProductCard>> shelves;

	private final ShortLived<String, List<StoreSummary>> newStores;

	private static final int RECENT_ON_HOME = 4;

	private final RecentlyViewed recent;

	HomeController(CategoryMenu categoryMenu, Storefront storefront, SellerApi sellers, SpotlightShelf spotlight,
			SiteLinks site, @Value("${valuemall.catalog.shelf-max-age:5s}") Duration shelfMaxAge,
			@Value("${valuemall.catalog.shelf-kept-for:10m}") Duration shelfKeptFor, RecentlyViewed recent,
			@Qualifier("applicationTaskExecutor") ObjectProvider<TaskExecutor> rereads) {
		this.recent = recent;
		this.categoryMenu = categoryMenu;
		this.storefront = storefront;
		this.sellers = sellers;
		this.spotlight = spotlight;
		this.site = site;
		// Read again in the background: no load waits for a shelf once it has been read.
		Duration keptFor = ShortLived.keptFor(shelfMaxAge, shelfKeptFor);
		this.shelves = new ShortLived<>(shelfMaxAge, 10, keptFor, rereads.getIfAvailable());
		this.newStores = new ShortLived<>(shelfMaxAge, 1, keptFor, rereads.getIfAvailable());
	}

	@GetMapping("/")
	@VisitorPage(perLoad = "spotlight", perLoadFragment = "promotion/spotlight :: spotlight")
	String home(Model model, HttpServletRequest request) {
		model.addAttribute("categories", this.categoryMenu.topLevel());
		model.addAttribute("bestSellers", this.shelves.get("best", (key) -> this.storefront.bestSellers(8)));
		model.addAttribute("newProducts", this.shelves.get("new", (key) -> this.storefront.newest(8)));
		model.addAttribute("newStores", this.newStores.get("new", (key) -> this.sellers.newestStores(6)));
		model.addAttribute("spotlight", this.spotlight.home());
		model.addAttribute("canonicalUrl", this.site.absolute("/"));
		// Only for a browser that has opened products: its own, never shared.
		model.addAttribute("recentCards", this.recent.cards(request, RECENT_ON_HOME));
		return VIEW_HOME;
	}

}
