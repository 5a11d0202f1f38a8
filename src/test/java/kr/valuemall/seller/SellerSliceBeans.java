package kr.valuemall.seller;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.bean.override.mockito.MockitoBean;

import kr.valuemall.seller.application.SellerApplicationChecks;
import kr.valuemall.seller.application.SellerApplicationService;
import kr.valuemall.seller.centre.StoreProfiles;
import kr.valuemall.seller.eligibility.Eligibility;
import kr.valuemall.seller.payout.PayoutAccountChanges;

/**
 * The seller module's part of {@link kr.valuemall.WebSliceTest}: mocks for the seller
 * facade (which store a signed-in account runs, asked by most seller pages), the
 * application services, the store profile and the payout account requests.
 */
@Target(ElementType.ANNOTATION_TYPE)
@Retention(RetentionPolicy.RUNTIME)
@MockitoBean(types = { SellerApi.class, SellerApplicationService.class, SellerApplicationChecks.class,
		Eligibility.class, StoreProfiles.class, PayoutAccountChanges.class })
public @interface SellerSliceBeans {

}
