package kr.valuemall.promotion;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.valuemall.account.MallUser;
import kr.valuemall.order.ProductShelf;
import kr.valuemall.order.ShelfProduct;
import kr.valuemall.seller.SellerApi;
import kr.valuemall.seller.StoreSummary;

/**
 * {@code /seller/campaigns}: a seller puts own live products in a campaign that has not
 * ended, at a discount up to the campaign's maximum, and takes them out again.
 */
@Controller
class SellerCampaignController {

	static final String VIEW_LIST = "promotion/sellerCampaigns";

	static final String VIEW_CAMPAIGN = "promotion/sellerCampaign";

	/** The form only reads numbers; the campaign judges them. */
	/** More than a small seller lists; the select stays usable. */
	private static final int MAX_PRODUCTS = 500;

	private final Campaigns campaigns;

	private final SellerApi sellers;

	private final ProductShelf shelf;

	private final Clock clock;

	SellerCampaignController(Campaigns campaigns, SellerApi sellers, ProductShelf shelf, Clock clock) {
		this.campaigns = campaigns;
		this.sellers = sellers;
		this.shelf = shelf;
		this.clock = clock;
	}

	@GetMapping("/seller/campaigns")
	String list(@AuthenticationPrincipal MallUser user, Model model) {
		if (this.sellers.storeOfAccount(user.getId()).isEmpty()) {
			return "redirect:/seller";
		}
		model.addAttribute("campaigns", this.campaigns.open(this.clock.instant()));
		model.addAttribute("now", this.clock.instant());
		return VIEW_LIST;
	}

	@GetMapping("/seller/campaigns/{id}")
	String initJoinForm(@AuthenticationPrincipal MallUser user, @PathVariable long id, Model model) {
		Optional<StoreSummary> store = this.sellers.storeOfAccount(user.getId());
		if (store.isEmpty()) {
			return "redirect:/seller";
		}
		model.addAttribute("optInForm", OptInForm.empty());
		return show(model, campaign(id), store.get());
	}

	@PostMapping("/seller/campaigns/{id}/products")
	String processJoinForm(@AuthenticationPrincipal MallUser user, @PathVariable long id,
			@Valid @ModelAttribute("optInForm") OptInForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Optional<StoreSummary> store = this.sellers.storeOfAccount(user.getId());
		if (store.isEmpty()) {
			return "redirect:/seller";
		}
		Campaign campaign = campaign(id);
		long sellerId = store.get().sellerId();
		if (!campaign.takesOffers(this.clock.instant())) {
			result.reject("sellerCampaign.ended");
			return show(model, campaign, store.get());
		}
		ShelfProduct product = null;
		if (!result.hasFieldErrors("productId")) {
			product = this.shelf.find(List.of(form.product())).get(form.product());
			if (product == null) {
				result.rejectValue("productId", "sellerCampaign.product.notYours");
			}
		}
		// Only reading the numbers here; which discounts and prices the campaign takes is
		// the campaign's to say.
		Long percent = form.hasPercent() && !form.hasPrice() ? form.percent() : null;
		Long price = form.hasPrice() && !form.hasPercent() && product != null ? form.price() : null;
		CampaignOffer.Decision decision = campaign.consider(
				new CampaignOffer(sellerId, product, form.hasPercent(), percent, form.hasPrice(), price),
				this.clock.instant());
		for (CampaignOffer.Refusal refusal : decision.refusals()) {
			if (refusal.field() == null) {
				result.reject(refusal.code());
			}
			else if (!result.hasFieldErrors(refusal.field())) {
				result.rejectValue(refusal.field(), refusal.code(), refusal.args(), null);
			}
		}
		if (result.hasErrors() || !decision.accepted()) {
			return show(model, campaign, store.get());
		}
		CampaignEntry entry = decision.entry();
		if (!this.campaigns.join(entry)) {
			result.rejectValue("productId", "sellerCampaign.product.already");
			return show(model, campaign, store.get());
		}
		redirect.addFlashAttribute("joined", product.name());
		return "redirect:/seller/campaigns/" + id;
	}

	@PostMapping("/seller/campaigns/{id}/products/{productId}/delete")
	String withdraw(@AuthenticationPrincipal MallUser user, @PathVariable long id, @PathVariable long productId,
			RedirectAttributes redirect) {
		Optional<StoreSummary> store = this.sellers.storeOfAccount(user.getId());
		if (store.isEmpty()) {
			return "redirect:/seller";
		}
		if (this.campaigns.withdraw(campaign(id).id(), store.get().sellerId(), productId)) {
			redirect.addFlashAttribute("withdrawn", true);
		}
		return "redirect:/seller/campaigns/" + id;
	}

	private Campaign campaign(long id) {
		return this.campaigns.find(id).orElseThrow(() -> CampaignNotFound.of(Long.toString(id)));
	}

	private String show(Model model, Campaign campaign, StoreSummary store) {
		Instant now = this.clock.instant();
		List<CampaignEntry> entries = this.campaigns.entriesOf(campaign.id(), store.sellerId());
		Map<Long, ShelfProduct> entered = this.shelf.find(entries.stream().map(CampaignEntry::productId).toList());
		Set<Long> in = entered.keySet();
		List<ShelfProduct> choices = this.shelf.liveOf(store.sellerId(), MAX_PRODUCTS)
			.stream()
			.filter((product) -> !in.contains(product.id()))
			.collect(Collectors.toList());
		model.addAttribute("campaign", campaign);
		model.addAttribute("state", campaign.state(now).name());
		model.addAttribute("entries",
				entries.stream()
					.filter((entry) -> entered.containsKey(entry.productId()))
					.map((entry) -> new CampaignController.CampaignProduct(entered.get(entry.productId()),
							entry.priceFor(entered.get(entry.productId()).price(), campaign.maxDiscountPercent())))
					.toList());
		model.addAttribute("choices", choices);
		return VIEW_CAMPAIGN;
	}

}
