package kr.valuemall.catalog.listing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import kr.valuemall.FullStackTest;
import kr.valuemall.catalog.notice.NoticeRules;
import kr.valuemall.catalog.notice.ProductNotice;
import kr.valuemall.seller.SellerApi;
import kr.valuemall.seller.StoreSummary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's listings carry product information notices that could go on sale as they
 * are, so every demo product page shows the table.
 */
@FullStackTest
class DemoNoticeTests {

	private static final Pattern PAIR_FORM = Pattern.compile("[은는을를이가과와]\\([은는을를이가과와]\\)|\\(으\\)로");

	@Autowired
	SellerApi sellers;

	@Autowired
	ProductRepository products;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void everyDemoListingHasACompleteNoticeOfItsGroup() {
		List<String> incomplete = new ArrayList<>();
		int checked = 0;
		for (String slug : DemoCatalog.ITEMS.keySet()) {
			StoreSummary store = this.sellers.storeBySlug(slug).orElseThrow();
			for (Product product : this.products.findBySellerIdOrderByUpdatedAtDesc(store.sellerId())) {
				ProductNotice notice = this.transactions
					.execute((status) -> this.products.findById(product.getId()).orElseThrow().getNotice());
				checked++;
				assertThat(notice.group()).as(product.getName())
					.isEqualTo(DemoNotices.groupOf(product.getCategorySlug(), product.getName()));
				if (!NoticeRules.check(notice.group(), notice.values(), true).isEmpty()) {
					incomplete.add(product.getName() + ": " + NoticeRules.check(notice.group(), notice.values(), true));
				}
			}
		}
		assertThat(checked).isGreaterThanOrEqualTo(DemoCatalog.ITEMS.values().stream().mapToInt(List::size).sum());
		assertThat(incomplete).isEmpty();
	}

	@Test
	void demoDescriptionsUseTheParticleTheWordBeforeNeeds() {
		List<String> leftOver = new ArrayList<>();
		for (String slug : DemoCatalog.ITEMS.keySet()) {
			StoreSummary store = this.sellers.storeBySlug(slug).orElseThrow();
			for (Product product : this.products.findBySellerIdOrderByUpdatedAtDesc(store.sellerId())) {
				if (PAIR_FORM.matcher(product.getDescription()).find()) {
					leftOver.add(product.getName() + ": " + product.getDescription());
				}
			}
		}
		assertThat(leftOver).as("pair forms such as 은(는) written into demo descriptions").isEmpty();
	}

}
