package kr.valuemall.catalog.storefront;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import kr.valuemall.seller.SellerApi;
import kr.valuemall.web.SiteLinks;
import kr.valuemall.catalog.CategoryMenu;

@Controller
class HomeController {

	static final String VIEW_HOME = "catalog/home";

	private final CategoryMenu categoryMenu;

	private final Storefront storefront;

	private final SellerApi sellers;

	private final SpotlightShelf spotlight;

	private final SiteLinks site;

	HomeController(CategoryMenu categoryMenu, Storefront storefront, SellerApi sellers, SpotlightShelf spotlight,
			SiteLinks site) {
		this.categoryMenu = categoryMenu;
		this.storefront = storefront;
		this.sellers = sellers;
		this.spotlight = spotlight;
		this.site = site;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("categories", this.categoryMenu.topLevel());
		model.addAttribute("bestSellers", this.storefront.bestSellers(8));
		model.addAttribute("newProducts", this.storefront.newest(8));
		model.addAttribute("newStores", this.sellers.newestStores(6));
		model.addAttribute("spotlight", this.spotlight.home());
		model.addAttribute("canonicalUrl", this.site.absolute("/"));
		return VIEW_HOME;
	}

}
