package kr.valuemall.catalog.reviews;

import jakarta.validation.Valid;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.valuemall.account.MallUser;
import kr.valuemall.seller.SellerApi;
import kr.valuemall.seller.StoreSummary;

/**
 * {@code /seller/reviews}: a seller reads the reviews of its own products and answers
 * each once.
 */
@Controller
class ReviewReplyController {

	static final String VIEW_LIST = "catalog/reviewSellerList";

	static final String VIEW_REPLY = "catalog/reviewReply";

	private final ProductReviews reviews;

	private final SellerApi sellers;

	ReviewReplyController(ProductReviews reviews, SellerApi sellers) {
		this.reviews = reviews;
		this.sellers = sellers;
	}

	@GetMapping("/seller/reviews")
	String list(@AuthenticationPrincipal MallUser user, @RequestParam(defaultValue = "0") int page, Model model) {
		StoreSummary store = store(user);
		model.addAttribute("store", store);
		model.addAttribute("rating", this.reviews.ratingOfStore(store.sellerId()));
		model.addAttribute("reviews", this.reviews.ofSeller(store.sellerId(), page));
		return VIEW_LIST;
	}

	@GetMapping("/seller/reviews/{id}/reply")
	String initReplyForm(@AuthenticationPrincipal MallUser user, @PathVariable long id, Model model,
			RedirectAttributes redirect) {
		ReviewView review = this.reviews.ofSeller(id, store(user).sellerId());
		if (review.replied()) {
			redirect.addFlashAttribute("notice", "review.reply.already");
			return "redirect:/seller/reviews";
		}
		model.addAttribute("review", review);
		model.addAttribute("replyForm", ReplyForm.empty());
		return VIEW_REPLY;
	}

	@PostMapping("/seller/reviews/{id}/reply")
	String processReplyForm(@AuthenticationPrincipal MallUser user, @PathVariable long id,
			@Valid @ModelAttribute ReplyForm replyForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		long sellerId = store(user).sellerId();
		if (result.hasErrors()) {
			model.addAttribute("review", this.reviews.ofSeller(id, sellerId));
			return VIEW_REPLY;
		}
		boolean written = this.reviews.reply(id, sellerId, replyForm.reply());
		redirect.addFlashAttribute("notice", written ? "review.reply.saved" : "review.reply.already");
		return "redirect:/seller/reviews";
	}

	private StoreSummary store(MallUser user) {
		return this.sellers.storeOfAccount(user.getId())
			.orElseThrow(() -> new AccessDeniedException("No approved store for account " + user.getId()));
	}

}
