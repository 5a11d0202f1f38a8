package kr.valuemall.promotion;

import java.util.Map;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import kr.valuemall.FullStackTest;
import kr.valuemall.MallClient;
import kr.valuemall.MallClient.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo mall shows a campaign: linked from the home page, a dozen products at their
 * campaign prices, and those prices in the demo shopper's cart.
 */
@FullStackTest
class DemoCampaignTests {

	@LocalServerPort
	int port;

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
		shopper.post("/cart/items", product, Map.of("productId", productId, "quantity", "1"));
		Page cart = shopper.get("/cart");
		assertThat(cart.document().select(".cart-item-price").text()).contains(campaignPrice).contains("가치 함께 세일");
		shopper.post("/cart/items/" + productId + "/delete", cart, Map.of());
	}

}
