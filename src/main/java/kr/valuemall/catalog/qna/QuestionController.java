package kr.valuemall.catalog.qna;

import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
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
import kr.valuemall.catalog.listing.ProductNotFound;
import kr.valuemall.catalog.storefront.Storefront;
import kr.valuemall.shared.throttle.Throttled;

/**
 * Shoppers' side of 상품 문의: asking on the product page, every question of a product page
 * by page ({@code /products/{id}/questions}), and one's own questions with their answers
 * ({@code /questions/mine}, where the answer notification leads).
 */
@Controller
class QuestionController {

	static final String VIEW_PRODUCT_QUESTIONS = "catalog/questionList";

	static final String VIEW_MINE = "catalog/questionMine";

	private final ProductQuestions questions;

	private final QuestionReaders readers;

	private final Storefront storefront;

	QuestionController(ProductQuestions questions, QuestionReaders readers, Storefront storefront) {
		this.questions = questions;
		this.readers = readers;
		this.storefront = storefront;
	}

	/**
	 * A question from the product page. The product page is not rendered here: a question
	 * that needs fixing goes back to it with what was typed and the errors.
	 */
	@PostMapping("/products/{id}/questions")
	@Throttled("review")
	String ask(@PathVariable long id, @AuthenticationPrincipal MallUser shopper,
			@Valid @ModelAttribute QuestionForm questionForm, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			// Sessions are rows (Spring Session JDBC): the flash carries the typed words
			// and a message key, not the BindingResult.
			redirect.addFlashAttribute("questionForm", questionForm);
			redirect.addFlashAttribute("questionError", (questionForm.body() == null || questionForm.body().isEmpty())
					? "qna.body.required" : "qna.body.size");
			return "redirect:/products/" + id + "#qna";
		}
		this.questions.ask(id, shopper.getId(), shopper.getDisplayName(), questionForm);
		redirect.addFlashAttribute("notice", "qna.asked");
		return "redirect:/products/" + id + "#qna";
	}

	@GetMapping("/products/{id}/questions")
	String productQuestions(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
		Storefront.ProductPage product = this.storefront.product(id).orElseThrow(() -> ProductNotFound.of(id));
		Page<QuestionView> found = this.questions.ofProduct(id, page);
		model.addAttribute("product", product.product());
		model.addAttribute("questions", this.readers.shown(found.getContent(), product.store().accountId()));
		model.addAttribute("questionPage", found);
		return VIEW_PRODUCT_QUESTIONS;
	}

	@GetMapping("/questions/mine")
	String mine(@AuthenticationPrincipal MallUser shopper, Model model) {
		model.addAttribute("questions", this.questions.ofAsker(shopper.getId()));
		return VIEW_MINE;
	}

}
