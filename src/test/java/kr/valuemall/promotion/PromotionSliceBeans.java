package kr.valuemall.promotion;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The promotion module's part of {@link kr.valuemall.WebSliceTest}: mocks for campaigns
 * and coupons. The campaign board keeps its bean name: the home page reads
 * {@code @campaignBoard}.
 */
@Target(ElementType.ANNOTATION_TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EnableConfigurationProperties(SpotlightProperties.class)
@MockitoBean(name = "campaignBoard", types = CampaignBoard.class)
@MockitoBean(types = { Campaigns.class, Coupons.class, CampaignSales.class, CampaignPages.class })
public @interface PromotionSliceBeans {

}
