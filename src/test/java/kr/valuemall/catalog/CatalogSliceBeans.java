package kr.valuemall.catalog;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.mockito.Answers;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import kr.valuemall.catalog.bulk.BulkSliceBeans;
import kr.valuemall.catalog.images.ProductImages;
import kr.valuemall.catalog.images.ReviewPhotos;
import kr.valuemall.catalog.listing.ProductFormChecks;
import kr.valuemall.catalog.qna.ProductQuestions;
import kr.valuemall.catalog.qna.QuestionReaders;
import kr.valuemall.catalog.recent.RecentlyViewed;
import kr.valuemall.catalog.wishlist.Wishlist;
import kr.valuemall.catalog.wishlist.WishlistMarks;
import kr.valuemall.catalog.listing.ProductRepository;
import kr.valuemall.catalog.listing.ProductSkus;
import kr.valuemall.catalog.listing.SellerListings;
import kr.valuemall.catalog.reviews.ProductReviews;
import kr.valuemall.catalog.storefront.ProductPages;
import kr.valuemall.catalog.storefront.ProductStructuredData;
import kr.valuemall.catalog.storefront.ProductViewCounter;
import kr.valuemall.catalog.storefront.ShopperPageCache;
import kr.valuemall.catalog.storefront.SpotlightShelf;
import kr.valuemall.catalog.storefront.Storefront;

/**
 * The catalog module's part of {@link kr.valuemall.WebSliceTest}: mocks for what its
 * controllers call, with the real {@link ProductFormChecks} (the product form's rules are
 * what a slice test is for), the real {@link ShopperPageCache}, turned off by the slice's
 * properties so that each test's stubs are what a page shows, and the real
 * {@link ProductPages}, which only gathers what the mocks answer. The category menu keeps
 * its bean name: every page's layout reads {@code @categoryMenu}.
 */
@Target(ElementType.ANNOTATION_TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import({ ProductFormChecks.class, ShopperPageCache.class, ProductPages.class, WishlistMarks.class,
		QuestionReaders.class, RecentlyViewed.class })
@BulkSliceBeans
@MockitoBean(name = "categoryMenu", types = CategoryMenu.class)
@MockitoBean(types = { Storefront.class, SpotlightShelf.class, ProductViewCounter.class, ProductReviews.class,
		ProductRepository.class, ProductStructuredData.class, ProductImages.class, SellerListings.class,
		ProductSkus.class, ListingFeed.class, Wishlist.class, ReviewPhotos.class })
// A product page reads its questions' page: an empty one, not null.
@MockitoBean(types = ProductQuestions.class, answers = Answers.RETURNS_MOCKS)
public @interface CatalogSliceBeans {

}
