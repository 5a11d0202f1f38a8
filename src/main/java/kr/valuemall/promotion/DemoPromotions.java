package kr.valuemall.promotion;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import kr.valuemall.order.ProductShelf;
import kr.valuemall.order.ShelfProduct;
import kr.valuemall.seller.SellerApi;
import kr.valuemall.seller.StoreSummary;

/**
 * The demo profile's promotions: the national sale running now with a dozen products in
 * it, the one two months ago (the demo orders' busy month), and a welcome coupon. Runs
 * after the demo catalog and before the demo orders.
 */
@Component
@Profile("demo")
@Order(40)
class DemoPromotions implements ApplicationRunner {

	static final String RUNNING_SLUG = "value-together-sale";

	static final String WELCOME_COUPON = "WELCOME3000";

	private static final Logger logger = LoggerFactory.getLogger(DemoPromotions.class);

	private final Campaigns campaigns;

	private final Coupons coupons;

	private final SellerApi sellers;

	private final ProductShelf shelf;

	private final Clock clock;

	DemoPromotions(Campaigns campaigns, Coupons coupons, SellerApi sellers, ProductShelf shelf, Clock clock) {
		this.campaigns = campaigns;
		this.coupons = coupons;
		this.sellers = sellers;
		this.shelf = shelf;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.campaigns.findBySlug(RUNNING_SLUG).isPresent()) {
			return;
		}
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), Campaign.KOREA);
		long running = this.campaigns.create(new Campaigns.Details("가치 함께 세일", RUNNING_SLUG,
				"전국 소상공인의 국산 제품을 최대 30% 할인된 가격으로 만나 보세요.", today.minusDays(3), today.plusDays(10), 30), null);
		// The demo orders' sale month: 45 to 75 days ago.
		long past = this.campaigns.create(new Campaigns.Details("가을 동행 세일", "autumn-together-sale",
				"가을맞이 전국 동행 세일: 우리 동네 공방과 농가의 제품을 할인된 가격으로.", today.minusDays(75), today.minusDays(46), 30), null);
		List<ShelfProduct> products = new ArrayList<>();
		for (StoreSummary store : this.sellers.newestStores(200)) {
			products.addAll(this.shelf.liveOf(store.sellerId(), 1));
			if (products.size() >= 12) {
				break;
			}
		}
		int[] percents = { 10, 15, 20 };
		for (int i = 0; i < products.size(); i++) {
			ShelfProduct product = products.get(i);
			this.campaigns.join(
					new CampaignEntry(running, product.id(), product.sellerId(), percents[i % percents.length], null));
			this.campaigns.join(new CampaignEntry(past, product.id(), product.sellerId(), 15, null));
		}
		if (this.coupons.find(WELCOME_COUPON).isEmpty()) {
			this.coupons.issue(new Coupon(0, WELCOME_COUPON, Coupon.Kind.FIXED, 3_000L, null, null, 30_000,
					Campaign.startOf(today.minusDays(3)), Campaign.startOf(today.plusYears(1)), 1, 1_000, 0, true));
		}
		logger.info("Demo promotions created: 2 campaigns, {} products in the running one, coupon {}", products.size(),
				WELCOME_COUPON);
	}

}
