package kr.valuemall.promotion;

import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import kr.valuemall.FullStackTest;
import kr.valuemall.MallClient;
import kr.valuemall.MallClient.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo mall shows a campaign: linked from the home page, a dozen products at their
 * campaign prices, and those prices in the demo shopper's cart; and its history has a
 * past sale whose orders were sold at that sale's prices, for the reports to compare.
 */
@FullStackTest
class DemoCampaignTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDemoShowsTheRunningCampaignAndItsPricesReachTheCart() {
		MallClient shopper = new MallClient(this.port);
		Page home = shopper.get("/");
		assertThat(home.document().select(".campaigns-now a[href=/campaigns/value-together-sale]")).hasSize(1);

		Page campaign = shopper.get("/campaigns/value-together-sale");
		assertThat(campaign.status()).isEqualTo(200);
		assertThat(campaign.document().select("h1").text()).isEqualTo("가치 함께 세일");
		assertThat(campaign.document().select(".campaign-product")).hasSize(12);
		Element first = campaign.document().selectFirst(".campaign-product");
		String productPath = first.selectFirst("a").attr("href");
		String campaignPrice = first.selectFirst(".campaign-price").text();
		assertThat(first.selectFirst("del").text()).isNotEqualTo(campaignPrice);

		assertThat(shopper.get("/campaigns/autumn-together-sale").text()).contains("끝난 기획전");

		// Not the demo shopper: other journeys sharing this demo mall expect that cart as
		// they left it.
		shopper.logIn("minjun.yoon@example.com", "valuemall-demo");
		Page product = shopper.get(productPath);
		String productId = productPath.replaceAll("\\D+", "");
		Element option = product.document().selectFirst("input[name=sku]:not([disabled])");
		shopper.post("/cart/items", product,
				(option != null) ? Map.of("productId", productId, "sku", option.val(), "quantity", "1")
						: Map.of("productId", productId, "quantity", "1"));
		Page cart = shopper.get("/cart");
		assertThat(cart.document().select(".cart-item-price").text()).contains(campaignPrice).contains("가치 함께 세일");
		shopper.post(cart.document().selectFirst(".cart-item form[action$=/delete]").attr("action"), cart, Map.of());
	}

	@Test
	void theDemoHistorySoldThePastSalesProductsAtItsPrices() {
		// The demo's past sale took 15% off each of its products, rounded down to the
		// won.
		List<Map<String, Object>> lines = this.jdbc.sql("""
				SELECT l.unit_price, p.price AS list_price
				FROM order_line l
				JOIN campaign c ON c.id = l.campaign_id
				JOIN product p ON p.id = l.product_id
				WHERE c.slug = 'autumn-together-sale'""").query().listOfRows();
		assertThat(lines).as("demo orders in the sale month at its prices").isNotEmpty();
		assertThat(lines).allSatisfy((line) -> {
			long listPrice = ((Number) line.get("list_price")).longValue();
			assertThat(((Number) line.get("unit_price")).longValue()).isEqualTo(listPrice * 85 / 100);
		});
		long outsideTheSale = this.jdbc.sql("""
				SELECT count(*)
				FROM order_line l
				JOIN shipment s ON s.id = l.shipment_id
				JOIN customer_order o ON o.id = s.order_id
				JOIN campaign c ON c.slug = 'autumn-together-sale'
				WHERE l.campaign_id = c.id AND (o.created_at < c.starts_at OR o.created_at >= c.ends_at)""")
			.query(Long.class)
			.single();
		assertThat(outsideTheSale).as("lines carrying the sale though ordered outside it").isZero();
	}

}
