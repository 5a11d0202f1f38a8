package kr.valuemall.catalog.qna;

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
 * {@code /seller/questions}: the questions shoppers asked about the seller's products,
 * unanswered first with their count, each answered once. Private ones are the seller's to
 * read.
 */
@Controller
class SellerQuestionController {

	static final String VIEW_LIST = "catalog/questionSellerList";

	static final String VIEW_ANSWER = "catalog/questionAnswer";

	private final ProductQuestions questions;

	private final SellerApi sellers;

	SellerQuestionController(ProductQuestions questions, SellerApi sellers) {
		this.questions = questions;
		this.sellers = sellers;
	}

	@GetMapping("/seller/questions")
	String list(@AuthenticationPrincipal MallUser user, @RequestParam(defaultValue = "0") int page, Model model) {
		StoreSummary store = store(user);
		model.addAttribute("store", store);
		model.addAttribute("unanswered", this.questions.unansweredOf(store.sellerId()));
		model.addAttribute("questions", this.questions.ofSeller(store.sellerId(), page));
		return VIEW_LIST;
	}

	@GetMapping("/seller/questions/{id}/answer")
	String initAnswerForm(@AuthenticationPrincipal MallUser user, @PathVariable long id, Model model,
			RedirectAttributes redirect) {
		QuestionView question = this.questions.ofSeller(id, store(user).sellerId());
		if (question.answered()) {
			redirect.addFlashAttribute("notice", "qna.answer.already");
			return "redirect:/seller/questions";
		}
		model.addAttribute("question", question);
		model.addAttribute("answerForm", new AnswerForm(""));
		return VIEW_ANSWER;
	}

	@PostMapping("/seller/questions/{id}/answer")
	String processAnswerForm(@AuthenticationPrincipal MallUser user, @PathVariable long id,
			@Valid @ModelAttribute AnswerForm answerForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		long sellerId = store(user).sellerId();
		if (result.hasErrors()) {
			model.addAttribute("question", this.questions.ofSeller(id, sellerId));
			return VIEW_ANSWER;
		}
		boolean written = this.questions.answer(id, sellerId, answerForm.answer());
		redirect.addFlashAttribute("notice", written ? "qna.answer.saved" : "qna.answer.already");
		return "redirect:/seller/questions";
	}

	private StoreSummary store(MallUser user) {
		return this.sellers.storeOfAccount(user.getId())
			.orElseThrow(() -> new AccessDeniedException("No approved store for account " + user.getId()));
	}

}
