package kr.valuemall.order.cart;

import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.valuemall.account.MallUser;
import kr.valuemall.seller.SellerApi;
import kr.valuemall.seller.StoreSummary;

/**
 * {@code /seller/shipping}: the seller's free-shipping threshold. The fee itself is set
 * on each product.
 */
@Controller
class ShippingPolicyController {

	static final String VIEW_FORM = "order/shippingPolicy";

	/** A hundred million won: far above any basket of a small store. */
	private final ShippingPolicies policies;

	private final SellerApi sellers;

	ShippingPolicyController(ShippingPolicies policies, SellerApi sellers) {
		this.policies = policies;
		this.sellers = sellers;
	}

	@GetMapping("/seller/shipping")
	String initPolicyForm(@AuthenticationPrincipal MallUser user, Model model) {
		StoreSummary store = store(user);
		Optional<Long> threshold = this.policies.threshold(store.sellerId());
		model.addAttribute("shippingPolicyForm", ShippingPolicyForm.of(threshold.orElse(null)));
		model.addAttribute("threshold", threshold.orElse(null));
		return VIEW_FORM;
	}

	@PostMapping("/seller/shipping")
	String processPolicyForm(@AuthenticationPrincipal MallUser user,
			@Valid @ModelAttribute ShippingPolicyForm shippingPolicyForm, BindingResult result,
			RedirectAttributes redirect, Model model) {
		StoreSummary store = store(user);
		if (result.hasErrors()) {
			model.addAttribute("threshold", this.policies.threshold(store.sellerId()).orElse(null));
			return VIEW_FORM;
		}
		Long threshold = shippingPolicyForm.value();
		this.policies.setThreshold(store.sellerId(), threshold);
		redirect.addFlashAttribute("notice", (threshold != null) ? "shippingPolicy.saved" : "shippingPolicy.cleared");
		return "redirect:/seller/shipping";
	}

	private StoreSummary store(MallUser user) {
		return this.sellers.storeOfAccount(user.getId())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
