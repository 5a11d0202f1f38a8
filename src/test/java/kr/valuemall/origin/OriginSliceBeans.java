package kr.valuemall.origin;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.bean.override.mockito.MockitoBean;

import kr.valuemall.origin.review.ListingReviewDesk;
import kr.valuemall.origin.rules.OriginRules;

/**
 * The origin module's part of {@link kr.valuemall.WebSliceTest}: mocks for origin
 * screening, the review desk and the rules staff edit.
 */
@Target(ElementType.ANNOTATION_TYPE)
@Retention(RetentionPolicy.RUNTIME)
@MockitoBean(types = { OriginApi.class, ListingReviewDesk.class, OriginRules.class })
public @interface OriginSliceBeans {

}
