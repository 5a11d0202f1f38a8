package kr.valuemall;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;

import kr.valuemall.account.AccountSliceBeans;
import kr.valuemall.catalog.CatalogSliceBeans;
import kr.valuemall.feed.FeedProperties;
import kr.valuemall.mail.MailSliceBeans;
import kr.valuemall.notification.NotificationSliceBeans;
import kr.valuemall.order.OrderSliceBeans;
import kr.valuemall.origin.OriginSliceBeans;
import kr.valuemall.promotion.PromotionSliceBeans;
import kr.valuemall.report.ReportSliceBeans;
import kr.valuemall.seller.SellerSliceBeans;
import kr.valuemall.settlement.SettlementSliceBeans;
import kr.valuemall.web.DateTimeDisplay;
import kr.valuemall.web.LanguageLinks;
import kr.valuemall.web.LayoutParts;
import kr.valuemall.web.MallSite;
import kr.valuemall.web.MoneyFormat;
import kr.valuemall.web.OperatorProperties;
import kr.valuemall.web.SiteLinks;
import kr.valuemall.web.SiteProperties;
import kr.valuemall.web.Viewer;
import kr.valuemall.web.WorkspaceNavigation;

/**
 * Every controller of the mall with the real security chain, templates, message bundles
 * and error pages, but no database: the services behind the controllers are Mockito
 * mocks, stubbed per test with {@code given(...)}. For what a page does with what a
 * visitor sends (binding, validation messages, error pages, who may open it), which needs
 * no rows. Every slice test class carries this annotation and nothing else that changes
 * the context (no {@code @MockitoBean} fields: the mocks are injected with
 * {@code @Autowired}), so they all share one cached context.
 * <p>
 * Each module's part (its mocks, and the few real beans its forms need) is declared
 * beside its package-private classes in a {@code *SliceBeans} annotation. The account
 * module's mocked user details service stands in for the real one, so Boot's generated
 * in-memory user is left out as it is in the mall; and with no database, no Docker engine
 * is looked for.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(excludeAutoConfiguration = UserDetailsServiceAutoConfiguration.class,
		properties = { "spring.docker.compose.enabled=false", "valuemall.catalog.page-cache-ttl=0s",
				"valuemall.web.visitor-page-ttl=0s" })
@Import({ TestClockConfiguration.class, MoneyFormat.class, DateTimeDisplay.class, LanguageLinks.class, MallSite.class,
		SiteLinks.class, SliceErrorViews.class, WorkspaceNavigation.class, Viewer.class, LayoutParts.class })
@EnableConfigurationProperties({ OperatorProperties.class, SiteProperties.class, FeedProperties.class })
@AccountSliceBeans
@CatalogSliceBeans
@MailSliceBeans
@NotificationSliceBeans
@OrderSliceBeans
@OriginSliceBeans
@PromotionSliceBeans
@ReportSliceBeans
@SellerSliceBeans
@SettlementSliceBeans
public @interface WebSliceTest {

}
