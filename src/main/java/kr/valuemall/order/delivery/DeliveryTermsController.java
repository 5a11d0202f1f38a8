package kr.valuemall.order.delivery;

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
import kr.valuemall.order.fulfilment.Courier;
import kr.valuemall.seller.SellerApi;
import kr.valuemall.seller.StoreSummary;

/**
 * {@code /seller/delivery}: the seller's delivery terms (배송·반품 안내), shown on every
 * product page of the store: dispatch days and cut-off hour, courier, where returns go
 * and what they cost, and the extra fee for Jeju and the other islands.
 */
@Controller
class DeliveryTermsController {

	static final String VIEW_FORM = "order/deliveryTerms";

	private final SellerDeliveryTerms terms;

	private final SellerApi sellers;

	DeliveryTermsController(SellerDeliveryTerms terms, SellerApi sellers) {
		this.terms = terms;
		this.sellers = sellers;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("couriers", Courier.values());
		model.addAttribute("maxDispatchDays", DeliveryTerms.MAX_DISPATCH_DAYS);
	}

	@GetMapping("/seller/delivery")
	String initTermsForm(@AuthenticationPrincipal MallUser user, Model model) {
		StoreSummary store = store(user);
		Optional<DeliveryTerms> saved = this.terms.of(store.sellerId());
		model.addAttribute("deliveryTermsForm",
				saved.map(DeliveryTermsForm::of).orElseGet(() -> DeliveryTermsForm.suggested(store.businessAddress())));
		model.addAttribute("saved", saved.isPresent());
		return VIEW_FORM;
	}

	@PostMapping("/seller/delivery")
	String processTermsForm(@AuthenticationPrincipal MallUser user,
			@Valid @ModelAttribute DeliveryTermsForm deliveryTermsForm, BindingResult result,
			RedirectAttributes redirect, Model model) {
		StoreSummary store = store(user);
		if (result.hasErrors()) {
			model.addAttribute("saved", this.terms.of(store.sellerId()).isPresent());
			return VIEW_FORM;
		}
		this.terms.save(store.sellerId(), deliveryTermsForm.value());
		redirect.addFlashAttribute("notice", "deliveryTerms.saved");
		return "redirect:/seller/delivery";
	}

	private StoreSummary store(MallUser user) {
		return this.sellers.storeOfAccount(user.getId())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
