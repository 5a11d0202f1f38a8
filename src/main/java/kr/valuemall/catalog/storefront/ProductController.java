package kr.valuemall.catalog.storefront;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import kr.valuemall.catalog.CategoryMenu;
import kr.valuemall.catalog.CategoryView;
import kr.valuemall.catalog.RatingSummary;
import kr.valuemall.catalog.listing.OptionChoices;
import kr.valuemall.catalog.listing.Product;
import kr.valuemall.catalog.listing.ProductNotFound;
import kr.valuemall.catalog.listing.ProductRepository;
import kr.valuemall.catalog.listing.ProductSkus;
import kr.valuemall.catalog.listing.ProductStatus;
import kr.valuemall.catalog.qna.QuestionForm;
import kr.valuemall.catalog.qna.QuestionReaders;
import kr.valuemall.catalog.recent.RecentlyViewed;
import kr.valuemall.catalog.reviews.ProductReviews;
import kr.valuemall.order.ListingDelivery;
import kr.valuemall.web.SiteLinks;
import kr.valuemall.web.VisitorPage;

/**
 * A product page: pictures, price, the origin badge, when an order placed now is
 * dispatched and the seller's delivery and return terms, the product information notice,
 * the seller's legally required identity, and the newest reviews. Only live listings have
 * one; one taken off sale or refused answers 410 Gone, anything else 404.
 */
@Controller
class ProductController {

	static final String VIEW_PRODUCT = "catalog/productDetail";

	/** Listings that will not come back as they were: search engines may drop them. */
	private static final Set<ProductStatus> GONE = EnumSet.of(ProductStatus.UNPUBLISHED, ProductStatus.REJECTED);

	private final Storefront storefront;

	private final ProductViewCounter views;

	private final ProductReviews reviews;

	private final ProductRepository products;

	private final ProductStructuredData structuredData;

	private final SiteLinks site;

	private final ListingDelivery delivery;

	private final ProductSkus skus;

	private final ShopperPageCache pageCache;

	private final ProductPages pages;

	private final CategoryMenu categoryMenu;

	private final MessageSource messages;

	private final RecentlyViewed recent;

	private final QuestionReaders readers;

	ProductController(Storefront storefront, ProductViewCounter views, ProductReviews reviews,
			ProductRepository products, ProductStructuredData structuredData, SiteLinks site, ListingDelivery delivery,
			ProductSkus skus, ShopperPageCache pageCache, ProductPages pages, CategoryMenu categoryMenu,
			MessageSource messages, RecentlyViewed recent, QuestionReaders readers) {
		this.categoryMenu = categoryMenu;
		this.messages = messages;
		this.recent = recent;
		this.readers = readers;
		this.pageCache = pageCache;
		this.pages = pages;
		this.skus = skus;
		this.delivery = delivery;
		this.storefront = storefront;
		this.reviews = reviews;
		this.views = views;
		this.products = products;
		this.structuredData = structuredData;
		this.site = site;
	}

	@GetMapping("/products/{id}")
	@VisitorPage
	String product(@PathVariable long id, Model model, HttpServletRequest request, HttpServletResponse response) {
		// What the first view read is shown to the next few (ShopperPageCache).
		ProductPages.LiveProduct live = this.pageCache.product(id, this.pages::live);
		if (live == null && (request.isUserInRole("ADMIN") || request.isUserInRole("REVIEWER"))) {
			// Staff reviewing a held listing see its page as shoppers would, marked as a
			// preview, with the decision at hand; nothing is counted.
			Storefront.ProductPage page = this.storefront.preview(id).orElseThrow(() -> ProductNotFound.of(id));
			model.addAttribute("page", page);
			model.addAttribute("preview", true);
			model.addAttribute("productNotice", this.storefront.previewNoticeOf(id));
			model.addAttribute("reviews", this.reviews.ofProduct(id, 0));
			model.addAttribute("delivery", this.delivery.promise(page.product().getSellerId(), id));
			OptionChoices options = this.skus.choicesOf(page.product(), page.price().amount());
			model.addAttribute("options", options);
			model.addAttribute("questions", java.util.List.of());
			model.addAttribute("questionCount", 0L);
			addQuestionForm(model);
			addSearchEngineData(page, options, model);
			return VIEW_PRODUCT;
		}
		if (live == null) {
			throw notShown(id);
		}
		Storefront.ProductPage page = live.page();
		model.addAttribute("page", page);
		// Not "notice": the layout shows a flash message by that name on every page.
		model.addAttribute("productNotice", live.notice());
		model.addAttribute("reviews", live.reviews());
		model.addAttribute("delivery", live.delivery());
		OptionChoices options = live.options();
		model.addAttribute("options", options);
		RatingSummary rating = page.product().getRating();
		if (rating.count() > 0) {
			model.addAttribute("reviewCount", rating.count());
			model.addAttribute("ratingAverage", rating.average());
		}
		model.addAttribute("questions", this.readers.shown(live.questions().getContent(), page.store().accountId()));
		model.addAttribute("questionCount", live.questions().getTotalElements());
		addQuestionForm(model);
		this.views.count(id);
		// A cookie, not a row: the view costs the database nothing more.
		this.recent.viewed(id, request, response);
		addSearchEngineData(page, options, model);
		return VIEW_PRODUCT;
	}

	/**
	 * An empty question form, unless one comes back from the redirect with what was
	 * typed.
	 */
	private static void addQuestionForm(Model model) {
		if (!model.containsAttribute("questionForm")) {
			model.addAttribute("questionForm", QuestionForm.empty());
		}
	}

	private RuntimeException notShown(long id) {
		boolean gone = this.products.findById(id).map((product) -> GONE.contains(product.getStatus())).orElse(false);
		return gone ? ProductGone.of(id) : ProductNotFound.of(id);
	}

	/**
	 * The canonical link, Open Graph tags and JSON-LD the page's head shows. Added last,
	 * so that attributes others put on the model first (reviewCount and ratingAverage,
	 * once reviews exist) can be read here.
	 */
	private void addSearchEngineData(Storefront.ProductPage page, OptionChoices options, Model model) {
		Product product = page.product();
		model.addAttribute("canonicalUrl", this.site.absolute("/products/" + product.getId()));
		if (!page.images().isEmpty()) {
			model.addAttribute("ogImage", this.site.absolute(page.images().get(0).medium().url()));
		}
		model.addAttribute("ogDescription", summary(product.getDescription()));
		model.addAttribute("productJsonLd", this.structuredData.of(page, options,
				number(model.getAttribute("reviewCount")), number(model.getAttribute("ratingAverage"))));
		// The same trail the page shows (home, categories, product), read from the
		// category menu held in memory: no query of its own.
		List<CategoryView> trail = (page.category() != null) ? this.categoryMenu.trail(page.category().slug())
				: List.of();
		model.addAttribute("breadcrumbTrail", trail);
		model.addAttribute("breadcrumbJsonLd", this.structuredData.breadcrumbs(page, trail,
				this.messages.getMessage("breadcrumb.home", null, Locale.KOREAN)));
	}

	private static Number number(Object value) {
		return (value instanceof Number number) ? number : null;
	}

	/** A description short enough for a link preview. */
	static String summary(String text) {
		if (text == null) {
			return "";
		}
		String oneLine = text.replaceAll("\\s+", " ").strip();
		return (oneLine.length() <= 150) ? oneLine : oneLine.substring(0, 149) + "…";
	}

}
