package kr.valuemall.origin.rules;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.valuemall.origin.screening.TermKind;

/**
 * Staff edit the screening rules: words and their points, settings and price ranges.
 */
@Controller
@RequestMapping("/admin/listings/rules")
class OriginRulesController {

	static final String VIEW_RULES = "origin/rules";

	static final String REDIRECT_RULES = "redirect:/admin/listings/rules";

	private final OriginRules rules;

	OriginRulesController(OriginRules rules) {
		this.rules = rules;
	}

	@GetMapping
	String initRulesForms(Model model) {
		return rulesView(model);
	}

	@PostMapping("/terms")
	String processTermForm(@Valid @ModelAttribute TermForm termForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors() && !this.rules.addTerm(termForm.kind(), termForm.term(), termForm.points())) {
			result.rejectValue("term", "origin.rules.term.duplicate");
		}
		if (result.hasErrors()) {
			return rulesView(model);
		}
		redirect.addFlashAttribute("notice", "origin.rules.saved");
		return REDIRECT_RULES;
	}

	@PostMapping("/terms/{termId}/toggle")
	String toggleTerm(@PathVariable long termId, RedirectAttributes redirect) {
		this.rules.toggleTerm(termId);
		redirect.addFlashAttribute("notice", "origin.rules.saved");
		return REDIRECT_RULES;
	}

	@PostMapping("/terms/{termId}/delete")
	String removeTerm(@PathVariable long termId, RedirectAttributes redirect) {
		this.rules.removeTerm(termId);
		redirect.addFlashAttribute("notice", "origin.rules.removed");
		return REDIRECT_RULES;
	}

	@PostMapping("/settings")
	String processSettingsForm(@Valid @ModelAttribute SettingsForm settingsForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return rulesView(model);
		}
		this.rules.changeSettings(settingsForm.settings());
		redirect.addFlashAttribute("notice", "origin.rules.saved");
		return REDIRECT_RULES;
	}

	@PostMapping("/price-ranges")
	String processPriceRangeForm(@Valid @ModelAttribute PriceRangeForm priceRangeForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("minPrice") && !result.hasFieldErrors("maxPrice")
				&& !priceRangeForm.boundsInOrder()) {
			result.rejectValue("maxPrice", "origin.rules.price.order");
		}
		if (!result.hasErrors() && !this.rules.changePriceRange(priceRangeForm.categorySlug(),
				priceRangeForm.minPrice(), priceRangeForm.maxPrice())) {
			result.rejectValue("categorySlug", "origin.rules.price.unknown");
		}
		if (result.hasErrors()) {
			return rulesView(model);
		}
		redirect.addFlashAttribute("notice", "origin.rules.saved");
		return REDIRECT_RULES;
	}

	private String rulesView(Model model) {
		if (!model.containsAttribute("termForm")) {
			model.addAttribute("termForm", TermForm.empty());
		}
		if (!model.containsAttribute("settingsForm")) {
			model.addAttribute("settingsForm", SettingsForm.of(this.rules.settings()));
		}
		if (!model.containsAttribute("priceRangeForm")) {
			model.addAttribute("priceRangeForm", PriceRangeForm.empty());
		}
		model.addAttribute("terms", this.rules.terms().stream().map(TermRow::of).toList());
		model.addAttribute("termKinds", TermKind.values());
		model.addAttribute("priceRanges", this.rules.priceRanges().stream().map(CategoryPriceRange::bounds).toList());
		return VIEW_RULES;
	}

}
