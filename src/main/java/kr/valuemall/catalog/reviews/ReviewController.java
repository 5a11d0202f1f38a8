package kr.valuemall.catalog.reviews;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.valuemall.account.MallUser;
import kr.valuemall.catalog.images.ImageRejected;
import kr.valuemall.catalog.images.ReviewPhotos;
import kr.valuemall.catalog.listing.Product;
import kr.valuemall.catalog.listing.ProductNotFound;
import kr.valuemall.catalog.storefront.Storefront;
import kr.valuemall.shared.throttle.Throttled;

/**
 * A shopper reviews confirmed purchases ({@code /reviews/new?line=},
 * {@code /reviews/mine}); anyone reads a live product's reviews page by page
 * ({@code /products/{id}/reviews}).
 */
@Controller
class ReviewController {

	static final String VIEW_FORM = "catalog/reviewForm";

	static final String VIEW_MINE = "catalog/reviewMine";

	static final String VIEW_PRODUCT_REVIEWS = "catalog/reviewList";

	private static final String REDIRECT_MINE = "redirect:/reviews/mine";

	private final ProductReviews reviews;

	private final Storefront storefront;

	private final ReviewPhotos photos;

	ReviewController(ProductReviews reviews, Storefront storefront, ReviewPhotos photos) {
		this.photos = photos;
		this.reviews = reviews;
		this.storefront = storefront;
	}

	@GetMapping("/reviews/new")
	String initReviewForm(@RequestParam long line, @AuthenticationPrincipal MallUser shopper, Model model,
			RedirectAttributes redirect) {
		try {
			model.addAttribute("line", this.reviews.lineToReview(line, shopper.getId()));
		}
		catch (ReviewAlreadyWritten ex) {
			redirect.addFlashAttribute("notice", "review.already");
			return REDIRECT_MINE;
		}
		model.addAttribute("reviewForm", ReviewForm.empty());
		return VIEW_FORM;
	}

	@PostMapping("/reviews/new")
	@Throttled("review")
	String processReviewForm(@RequestParam long line, @AuthenticationPrincipal MallUser shopper,
			@Valid @ModelAttribute ReviewForm reviewForm, BindingResult result,
			@RequestParam(name = "photos", required = false) List<MultipartFile> photoFiles, Model model,
			RedirectAttributes redirect) {
		ReviewableLine reviewable;
		try {
			reviewable = this.reviews.lineToReview(line, shopper.getId());
		}
		catch (ReviewAlreadyWritten ex) {
			redirect.addFlashAttribute("notice", "review.already");
			return REDIRECT_MINE;
		}
		if (result.hasErrors()) {
			model.addAttribute("line", reviewable);
			// A browser cannot be given files back: the page says to choose them again.
			model.addAttribute("photosDropped", hasPhotos(photoFiles));
			return VIEW_FORM;
		}
		ReviewPhotos.Prepared photos;
		try {
			photos = this.photos.prepare(photoFiles);
		}
		catch (ImageRejected ex) {
			// What was typed stays; only the photos are to be chosen again.
			model.addAttribute("line", reviewable);
			model.addAttribute("photoError", ex.isTooMany() ? "review.photos.tooMany" : ex.messageKey());
			model.addAttribute("photoErrorFile", ex.isTooMany() ? null : ex.fileName());
			model.addAttribute("photosDropped", true);
			return VIEW_FORM;
		}
		try {
			this.reviews.write(line, shopper.getId(), shopper.getDisplayName(), reviewForm.rating(), reviewForm.body(),
					photos);
		}
		catch (ReviewAlreadyWritten ex) {
			// The same form sent twice at once: the unique key let one through.
			redirect.addFlashAttribute("notice", "review.already");
			return REDIRECT_MINE;
		}
		redirect.addFlashAttribute("notice", "review.thanks");
		return REDIRECT_MINE;
	}

	private static boolean hasPhotos(List<MultipartFile> files) {
		return files != null && files.stream().anyMatch((file) -> !file.isEmpty());
	}

	@GetMapping("/reviews/mine")
	String mine(@AuthenticationPrincipal MallUser shopper, Model model) {
		model.addAttribute("waiting", this.reviews.waitingFor(shopper.getId()));
		model.addAttribute("reviews", this.reviews.ofShopper(shopper.getId()));
		return VIEW_MINE;
	}

	@GetMapping("/products/{id}/reviews")
	String productReviews(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
		Product product = this.storefront.product(id).orElseThrow(() -> ProductNotFound.of(id)).product();
		model.addAttribute("product", product);
		model.addAttribute("reviews", this.reviews.ofProduct(id, page));
		return VIEW_PRODUCT_REVIEWS;
	}

}
