package kr.valuemall.catalog.storefront;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import kr.valuemall.IntegrationTest;
import kr.valuemall.origin.MakerRole;
import kr.valuemall.origin.OriginKind;
import kr.valuemall.seller.TestStores;
import kr.valuemall.seller.TestStores.OpenStore;
import kr.valuemall.web.DateTimeDisplay;
import kr.valuemall.shared.Region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import kr.valuemall.catalog.listing.Product;
import kr.valuemall.catalog.listing.ProductDetails;
import kr.valuemall.catalog.listing.SellerListings;
import kr.valuemall.catalog.TestNotices;

@IntegrationTest
class ProductViewCountingTests {

	@Autowired
	Clock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestStores stores;

	@Autowired
	SellerListings listings;

	@Autowired
	ProductViewCounter counter;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void pageViewsAreCommittedBeforeThePageAndReachTheDailyRollupInBatches() throws Exception {
		OpenStore shop = this.stores.open("조회수 가게");
		Product product = this.listings.create(shop.store(),
				new ProductDetails("kitchenware", "국산 유기 수저 세트", "안성에서 두드려 만든 방짜유기 수저입니다.", 45_000, 20, 0,
						OriginKind.DOMESTIC, null, "안성유기", Region.GYEONGGI, MakerRole.MAKER, true),
				TestNotices.complete("kitchenware", "국산 유기 수저 세트", "안성유기"));
		this.listings.publish(shop.store(), product.getId());

		for (int i = 0; i < 3; i++) {
			this.mvc.perform(get("/products/" + product.getId())).andExpect(status().isOk());
		}
		this.mvc.perform(get("/products/999999999")).andExpect(status().isNotFound());
		assertThat(committed(product.getId())).as("each view is committed before its page is sent").isEqualTo(3);
		assertThat(views(product.getId())).as("the reports get them in batches").isZero();

		this.counter.flush();
		assertThat(committed(product.getId())).isZero();
		await().atMost(Duration.ofSeconds(10)).until(() -> views(product.getId()) == 3);
		this.mvc.perform(get("/products/" + product.getId()));
		this.counter.flush();
		await().atMost(Duration.ofSeconds(10)).until(() -> views(product.getId()) == 4);
		assertThat(views(999_999_999L)).isZero();
	}

	@Test
	void viewsCountedAtOnceAreAllCommitted() throws Exception {
		long product = 888_000_001L;
		ExecutorService pages = Executors.newFixedThreadPool(16);
		for (int i = 0; i < 200; i++) {
			pages.submit(() -> this.counter.count(product));
		}
		pages.shutdown();
		assertThat(pages.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
		assertThat(committed(product)).isEqualTo(200);
		assertThat(this.jdbc.sql("select count(*) from product_view_tally where product_id = :id")
			.param("id", product)
			.query(Long.class)
			.single()).as("grouped into fewer commits than views").isLessThan(200);
		this.jdbc.sql("delete from product_view_tally where product_id = :id").param("id", product).update();
	}

	@Test
	void anotherInstanceHoldingTheFlushLockKeepsThisOneFromFlushing() {
		long product = 888_000_002L;
		this.counter.count(product);
		LockProvider otherInstance = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(this.dataSource))
			.usingDbTime()
			.build());
		SimpleLock held = otherInstance
			.lock(new LockConfiguration(Instant.now(), "catalog.flushViews", Duration.ofMinutes(1), Duration.ZERO))
			.orElseThrow();
		try {
			this.counter.flush();
			assertThat(committed(product)).as("the job did not run here").isEqualTo(1);
		}
		finally {
			held.unlock();
		}
		this.counter.flush();
		assertThat(committed(product)).isZero();
	}

	private long committed(long productId) {
		return this.jdbc.sql("select coalesce(sum(views), 0) from product_view_tally where product_id = :id")
			.param("id", productId)
			.query(Long.class)
			.single();
	}

	private long views(long productId) {
		return this.jdbc
			.sql("select coalesce(sum(views), 0) from report_product_views_daily where product_id = :id and day = :day")
			.param("id", productId)
			.param("day", java.sql.Date.valueOf(LocalDate.ofInstant(this.clock.instant(), DateTimeDisplay.SEOUL)))
			.query(Long.class)
			.single();
	}

}
