package kr.valuemall.catalog.storefront;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.valuemall.catalog.listing.OptionChoices;
import kr.valuemall.catalog.listing.ProductSkus;
import kr.valuemall.catalog.notice.ProductNotice;
import kr.valuemall.catalog.qna.ProductQuestions;
import kr.valuemall.catalog.qna.QuestionView;
import kr.valuemall.catalog.reviews.ProductReviews;
import kr.valuemall.catalog.reviews.ReviewView;
import kr.valuemall.order.DeliveryPromise;
import kr.valuemall.order.ListingDelivery;

/**
 * What a live listing's page shows, read in one read-only transaction (one connection,
 * one commit) instead of one per part.
 */
@Service
public class ProductPages {

	private final Storefront storefront;

	private final ProductReviews reviews;

	private final ListingDelivery delivery;

	private final ProductSkus skus;

	private final ProductQuestions questions;

	ProductPages(Storefront storefront, ProductReviews reviews, ListingDelivery delivery, ProductSkus skus,
			ProductQuestions questions) {
		this.questions = questions;
		this.storefront = storefront;
		this.reviews = reviews;
		this.delivery = delivery;
		this.skus = skus;
	}

	/** The live listing's page; null when the listing is not live. */
	@Transactional(readOnly = true)
	public LiveProduct live(long id) {
		Storefront.ProductPage page = this.storefront.product(id).orElse(null);
		if (page == null) {
			return null;
		}
		// The listing was just read in this transaction: its notice comes with it.
		return new LiveProduct(page, page.product().getNotice(), this.reviews.ofProduct(id, 0),
				this.delivery.promise(page.product().getSellerId(), id),
				this.skus.choicesOf(page.product(), page.price().amount()), this.questions.newestOf(id));
	}

	/** A live listing's page: what the first view read, shown to the next few. */
	record LiveProduct(Storefront.ProductPage page, ProductNotice notice, Page<ReviewView> reviews,
			DeliveryPromise delivery, OptionChoices options, Page<QuestionView> questions) {
	}

}
