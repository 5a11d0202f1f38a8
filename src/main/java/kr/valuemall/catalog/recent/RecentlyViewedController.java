package kr.valuemall.catalog.recent;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /recent}: the products this browser opened lately, and the buttons that forget
 * one or all of them.
 */
@Controller
class RecentlyViewedController {

	static final String VIEW_RECENT = "catalog/recent";

	private final RecentlyViewed recent;

	RecentlyViewedController(RecentlyViewed recent) {
		this.recent = recent;
	}

	@GetMapping("/recent")
	String recent(HttpServletRequest request, Model model) {
		model.addAttribute("cards", this.recent.cards(request, RecentlyViewed.MAX));
		return VIEW_RECENT;
	}

	@PostMapping("/recent/clear")
	String clear(HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		this.recent.clear(request, response);
		redirect.addFlashAttribute("notice", "recent.cleared");
		return "redirect:/recent";
	}

	@PostMapping("/recent/{productId}/remove")
	String remove(@PathVariable long productId, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		this.recent.remove(productId, request, response);
		redirect.addFlashAttribute("notice", "recent.removed");
		return "redirect:/recent";
	}

}
