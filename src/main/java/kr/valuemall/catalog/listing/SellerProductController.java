package kr.valuemall.catalog.listing;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.valuemall.account.MallUser;
import kr.valuemall.order.ListingDelivery;
import kr.valuemall.origin.MakerRole;
import kr.valuemall.origin.OriginApi;
import kr.valuemall.origin.OriginKind;
import kr.valuemall.origin.ReviewStatus;
import kr.valuemall.origin.ScreeningOutcome;
import kr.valuemall.seller.SellerApi;
import kr.valuemall.seller.StoreSummary;
import kr.valuemall.shared.Region;
import kr.valuemall.catalog.CategoryMenu;
import kr.valuemall.catalog.images.ImageRejected;
import kr.valuemall.catalog.notice.NoticeGroup;
import kr.valuemall.catalog.notice.NoticeProblem;
import kr.valuemall.catalog.notice.NoticeRules;
import kr.valuemall.catalog.notice.ProductNotice;

/**
 * {@code /seller/products}: a seller lists, edits, publishes and unpublishes its own
 * products.
 */
@Controller
class SellerProductController {

	static final String VIEW_LIST = "catalog/sellerProducts";

	static final String VIEW_FORM = "catalog/productForm";

	/** The action of the notice section's button: show the chosen group's lines. */
	static final String LOAD_NOTICE = "loadNotice";

	/** The action of the options section's button: make the grid of combinations. */
	static final String MAKE_OPTIONS = "makeOptions";

	private final SellerListings listings;

	private final ProductFormChecks checks;

	private final SellerApi sellers;

	private final OriginApi origin;

	private final CategoryMenu categories;

	private final ListingDelivery delivery;

	SellerProductController(SellerListings listings, ProductFormChecks checks, SellerApi sellers, OriginApi origin,
			CategoryMenu categories, ListingDelivery delivery) {
		this.delivery = delivery;
		this.listings = listings;
		this.checks = checks;
		this.sellers = sellers;
		this.origin = origin;
		this.categories = categories;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("categoryTree", this.categories.topLevel());
		model.addAttribute("originKinds", OriginKind.values());
		model.addAttribute("regions", Region.values());
		model.addAttribute("makerRoles", MakerRole.values());
		model.addAttribute("noticeGroups", NoticeGroup.values());
	}

	@GetMapping("/seller/products")
	String list(@AuthenticationPrincipal MallUser user, Model model) {
		StoreSummary store = store(user);
		model.addAttribute("store", store);
		model.addAttribute("listings", this.listings.listingsOf(store));
		return VIEW_LIST;
	}

	/**
	 * The form for a new listing: empty, or, with {@code copy}, filled with one of the
	 * seller's listings to start from (nothing is saved until the form is).
	 */
	@GetMapping("/seller/products/new")
	String initCreationForm(@AuthenticationPrincipal MallUser user,
			@RequestParam(name = "copy", required = false) Long copy, Model model) {
		StoreSummary store = store(user);
		if (copy != null) {
			ProductForm productForm = ProductForm.of(this.listings.find(store, copy));
			model.addAttribute("productForm", productForm);
			// A copy starts from the listing's own notice and delivery terms too.
			model.addAttribute("noticeForm", noticeFormOf(this.listings.noticeOf(store, copy), productForm));
			model.addAttribute("listingDeliveryForm", ListingDeliveryForm.of(this.delivery.overrideOf(copy)));
			model.addAttribute("optionsForm", OptionsForm.of(this.listings.optionsOf(store, copy)));
			model.addAttribute("copiedFrom", copy);
		}
		else {
			model.addAttribute("productForm", ProductForm.empty());
			model.addAttribute("noticeForm", NoticeForm.empty());
			model.addAttribute("listingDeliveryForm", ListingDeliveryForm.empty());
			model.addAttribute("optionsForm", OptionsForm.empty());
		}
		return VIEW_FORM;
	}

	@PostMapping("/seller/products")
	String processCreationForm(@AuthenticationPrincipal MallUser user, @Valid @ModelAttribute ProductForm productForm,
			BindingResult result, @Valid @ModelAttribute NoticeForm noticeForm, BindingResult noticeResult,
			@Valid @ModelAttribute ListingDeliveryForm listingDeliveryForm, BindingResult deliveryResult,
			@ModelAttribute OptionsForm optionsForm, BindingResult optionsResult,
			@RequestParam(name = "action", defaultValue = "save") String action,
			@RequestParam(name = "images", required = false) List<MultipartFile> images, RedirectAttributes redirect,
			Model model) {
		StoreSummary store = store(user);
		if (LOAD_NOTICE.equals(action)) {
			return showNoticeLines(productForm, noticeForm, model);
		}
		if (MAKE_OPTIONS.equals(action)) {
			return showOptionGrid(optionsForm, model);
		}
		boolean publish = "publish".equals(action);
		Optional<ProductDetails> details = readChecked(productForm, result, publish);
		Optional<ProductNotice> notice = readNotice(noticeForm, noticeResult, publish, result, model);
		Optional<ProductOptions> options = readOptions(optionsForm, optionsResult, details, model);
		if (details.isEmpty() || notice.isEmpty() || options.isEmpty() || deliveryResult.hasErrors()) {
			return VIEW_FORM;
		}
		Product product = this.listings.create(store, details.get(), notice.get(), options.get());
		this.delivery.setOverride(product.getId(), listingDeliveryForm.value());
		addImages(store, product.getId(), images, redirect);
		if (publish) {
			publish(store, product.getId(), redirect);
		}
		else {
			redirect.addFlashAttribute("notice", "product.saved");
		}
		return "redirect:/seller/products/" + product.getId() + "/edit";
	}

	@GetMapping("/seller/products/{id}/edit")
	String initUpdateForm(@AuthenticationPrincipal MallUser user, @PathVariable long id, Model model) {
		StoreSummary store = store(user);
		Product product = this.listings.find(store, id);
		ProductForm productForm = ProductForm.of(product);
		model.addAttribute("productForm", productForm);
		model.addAttribute("noticeForm", noticeFormOf(this.listings.noticeOf(store, id), productForm));
		model.addAttribute("listingDeliveryForm", ListingDeliveryForm.of(this.delivery.overrideOf(id)));
		model.addAttribute("optionsForm", OptionsForm.of(this.listings.optionsOf(store, id)));
		showProduct(store, product, model);
		return VIEW_FORM;
	}

	@PostMapping("/seller/products/{id}")
	String processUpdateForm(@AuthenticationPrincipal MallUser user, @PathVariable long id,
			@Valid @ModelAttribute ProductForm productForm, BindingResult result,
			@Valid @ModelAttribute NoticeForm noticeForm, BindingResult noticeResult,
			@Valid @ModelAttribute ListingDeliveryForm listingDeliveryForm, BindingResult deliveryResult,
			@ModelAttribute OptionsForm optionsForm, BindingResult optionsResult,
			@RequestParam(name = "action", defaultValue = "save") String action, RedirectAttributes redirect,
			Model model) {
		StoreSummary store = store(user);
		Product current = this.listings.find(store, id);
		if (LOAD_NOTICE.equals(action)) {
			showProduct(store, current, model);
			return showNoticeLines(productForm, noticeForm, model);
		}
		if (MAKE_OPTIONS.equals(action)) {
			showProduct(store, current, model);
			return showOptionGrid(optionsForm, model);
		}
		boolean publish = "publish".equals(action);
		Optional<ProductDetails> details = readChecked(productForm, result, publish);
		Optional<ProductNotice> notice = readNotice(noticeForm, noticeResult, publish || isOffered(current), result,
				model);
		Optional<ProductOptions> options = readOptions(optionsForm, optionsResult, details, model);
		if (details.isEmpty() || notice.isEmpty() || options.isEmpty() || deliveryResult.hasErrors()) {
			showProduct(store, current, model);
			return VIEW_FORM;
		}
		ProductStatus before = current.getStatus();
		Product product = this.listings.edit(store, id, details.get(), notice.get(), options.get());
		this.delivery.setOverride(id, listingDeliveryForm.value());
		if (publish && product.getStatus() != ProductStatus.LIVE && product.getStatus() != ProductStatus.HELD) {
			publish(store, id, redirect);
		}
		else {
			redirect.addFlashAttribute("notice", noticeFor(before, product.getStatus()));
		}
		return "redirect:/seller/products/" + id + "/edit";
	}

	@PostMapping("/seller/products/{id}/unpublish")
	String unpublish(@AuthenticationPrincipal MallUser user, @PathVariable long id, RedirectAttributes redirect) {
		this.listings.unpublish(store(user), id);
		redirect.addFlashAttribute("notice", "product.unpublished");
		return "redirect:/seller/products/" + id + "/edit";
	}

	@PostMapping("/seller/products/{id}/images")
	String uploadImages(@AuthenticationPrincipal MallUser user, @PathVariable long id,
			@RequestParam(name = "images", required = false) List<MultipartFile> images, RedirectAttributes redirect) {
		if (addImages(store(user), id, images, redirect)) {
			redirect.addFlashAttribute("notice", "product.images.added");
		}
		return "redirect:/seller/products/" + id + "/edit";
	}

	@PostMapping("/seller/products/{id}/images/{imageId}/delete")
	String removeImage(@AuthenticationPrincipal MallUser user, @PathVariable long id, @PathVariable long imageId,
			RedirectAttributes redirect) {
		this.listings.removeImage(store(user), id, imageId);
		redirect.addFlashAttribute("notice", "product.images.removed");
		return "redirect:/seller/products/" + id + "/edit";
	}

	private Optional<ProductDetails> readChecked(ProductForm form, BindingResult result, boolean publish) {
		Optional<ProductDetails> details = this.checks.read(form, result);
		if (publish && details.isPresent()) {
			this.checks.checkPublishable(details.get(), result);
			if (result.hasErrors()) {
				result.reject("product.publish.refused");
				return Optional.empty();
			}
		}
		return details;
	}

	/**
	 * The notice as typed, or empty with a message next to each line that is wrong: any
	 * save refuses an over-long line or a malformed KC number; a listing going (or
	 * staying) on sale also needs its group and every required line.
	 */
	private Optional<ProductNotice> readNotice(NoticeForm form, BindingResult noticeResult, boolean forSale,
			BindingResult productResult, Model model) {
		if (!noticeResult.hasFieldErrors("noticeGroup")) {
			for (NoticeProblem problem : NoticeRules.check(form.group().orElse(null), form.notice(), forSale)) {
				String field = NoticeProblem.GROUP.equals(problem.field()) ? "noticeGroup"
						: "notice[" + problem.field() + "]";
				noticeResult.rejectValue(field, problem.code(), problem.argumentArray(), null);
			}
		}
		if (!noticeResult.hasErrors()) {
			return Optional.of(form.toNotice());
		}
		model.addAttribute("noticeHasErrors", true);
		if (forSale && !productResult.hasGlobalErrors()) {
			productResult.reject("product.publish.refused");
		}
		return Optional.empty();
	}

	/**
	 * The form again with the chosen group's lines (the category's group when none is
	 * chosen), blank lines filled from the listing, and nothing typed lost; without
	 * messages, since nothing was saved or refused.
	 */
	private String showNoticeLines(ProductForm productForm, NoticeForm noticeForm, Model model) {
		NoticeForm shown = noticeForm.group()
			.or(() -> Optional.ofNullable(noticeForm.suggestedFor(productForm.categorySlug())))
			.map((group) -> noticeForm.switchedTo(group, NoticeFacts.of(productForm)))
			.orElse(noticeForm);
		model.addAttribute("noticeForm", shown);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "noticeForm",
				new DataBinder(shown, "noticeForm").getBindingResult());
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "productForm",
				new DataBinder(productForm, "productForm").getBindingResult());
		return VIEW_FORM;
	}

	/**
	 * The options as typed, or empty with messages beside them. When the values changed
	 * since the grid was made, the page comes back with the new grid to fill.
	 */
	private Optional<ProductOptions> readOptions(OptionsForm form, BindingResult optionsResult,
			Optional<ProductDetails> details, Model model) {
		Long price = details.map(ProductDetails::price).orElse(null);
		int stock = details.map(ProductDetails::stock).orElse(0);
		Optional<ProductOptions> options = form.read(price, stock, optionsResult);
		if (optionsResult.hasGlobalErrors()) {
			OptionsForm grid = form.withGrid();
			BindingResult shown = new DataBinder(grid, "optionsForm").getBindingResult();
			optionsResult.getGlobalErrors().forEach(shown::addError);
			model.addAttribute("optionsForm", grid);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "optionsForm", shown);
		}
		if (options.isEmpty()) {
			model.addAttribute("optionsHaveErrors", true);
		}
		return options;
	}

	/**
	 * The form again with the grid of the typed options' combinations, nothing lost;
	 * without messages, since nothing was saved or refused.
	 */
	private String showOptionGrid(OptionsForm form, Model model) {
		OptionsForm grid = form.withGrid();
		for (String key : List.copyOf(model.asMap().keySet())) {
			if (key.startsWith(BindingResult.MODEL_KEY_PREFIX)
					&& model.getAttribute(key) instanceof BindingResult bound) {
				model.addAttribute(key, new DataBinder(bound.getTarget(), bound.getObjectName()).getBindingResult());
			}
		}
		model.addAttribute("optionsForm", grid);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "optionsForm",
				new DataBinder(grid, "optionsForm").getBindingResult());
		return VIEW_FORM;
	}

	/**
	 * The saved notice; a listing without one yet starts from its category's group, its
	 * blank lines filled from the listing.
	 */
	private static NoticeForm noticeFormOf(ProductNotice notice, ProductForm productForm) {
		if (notice != null && notice.isFilled()) {
			return NoticeForm.of(notice);
		}
		NoticeForm empty = NoticeForm.empty();
		NoticeGroup suggested = empty.suggestedFor(productForm.categorySlug());
		return (suggested != null) ? empty.switchedTo(suggested, NoticeFacts.of(productForm)) : empty;
	}

	private static boolean isOffered(Product product) {
		return product.getStatus() == ProductStatus.LIVE || product.getStatus() == ProductStatus.HELD;
	}

	private void publish(StoreSummary store, long productId, RedirectAttributes redirect) {
		ScreeningOutcome outcome = this.listings.publish(store, productId);
		redirect.addFlashAttribute("notice",
				(outcome.status() == ReviewStatus.LIVE) ? "product.published" : "product.heldForReview");
	}

	/**
	 * Stores the pictures; a refused one is reported with its reason and nothing is
	 * stored.
	 */
	private boolean addImages(StoreSummary store, long productId, List<MultipartFile> images,
			RedirectAttributes redirect) {
		if (images == null || images.stream().allMatch(MultipartFile::isEmpty)) {
			return false;
		}
		try {
			this.listings.addImages(store, productId, images);
			return true;
		}
		catch (ImageRejected ex) {
			redirect.addFlashAttribute("imageProblem", ex.messageKey());
			return false;
		}
	}

	private void showProduct(StoreSummary store, Product product, Model model) {
		model.addAttribute("product", product);
		model.addAttribute("images", this.listings.imagesOf(store, product.getId()));
		model.addAttribute("review", this.origin.reviewOf(product.getId()).orElse(null));
	}

	private static String noticeFor(ProductStatus before, ProductStatus after) {
		boolean wasOffered = before == ProductStatus.LIVE || before == ProductStatus.HELD;
		return switch (after) {
			case LIVE -> "product.savedLive";
			case HELD -> "product.heldForReview";
			case UNPUBLISHED -> wasOffered ? "product.savedUnpublished" : "product.saved";
			default -> "product.saved";
		};
	}

	private StoreSummary store(MallUser user) {
		return this.sellers.storeOfAccount(user.getId())
			.orElseThrow(() -> new AccessDeniedException("No approved store for account " + user.getId()));
	}

}
