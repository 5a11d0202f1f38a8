package kr.valuemall.catalog;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	static final String VIEW_HOME = "catalog/home";

	private final CategoryMenu categoryMenu;

	HomeController(CategoryMenu categoryMenu) {
		this.categoryMenu = categoryMenu;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("categories", this.categoryMenu.topLevel());
		return VIEW_HOME;
	}

}
