package kr.valuemall.catalog;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import kr.valuemall.seller.SellerApi;

@Controller
class HomeController {

	static final String VIEW_HOME = "catalog/home";

	private final CategoryMenu categoryMenu;

	private final Storefront storefront;

	private final SellerApi sellers;

	HomeController(CategoryMenu categoryMenu, Storefront storefront, SellerApi sellers) {
		this.categoryMenu = categoryMenu;
		this.storefront = storefront;
		this.sellers = sellers;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("categories", this.categoryMenu.topLevel());
		model.addAttribute("newProducts", this.storefront.newest(8));
		model.addAttribute("newStores", this.sellers.newestStores(6));
		return VIEW_HOME;
	}

}
