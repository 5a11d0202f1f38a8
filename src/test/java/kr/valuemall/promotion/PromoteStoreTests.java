package kr.valuemall.promotion;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import kr.valuemall.IntegrationTest;
import kr.valuemall.account.TestAccounts;
import kr.valuemall.seller.TestStores;
import kr.valuemall.seller.TestStores.OpenStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A seller's "promote my store" page: their own store's address, share links and a QR
 * code that scans to it.
 */
@IntegrationTest
class PromoteStoreTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestStores stores;

	@Autowired
	TestAccounts accounts;

	@Test
	void theSellerGetsTheirStoreAddressAndShareLinks() throws Exception {
		OpenStore shop = this.stores.open("알리기 공방");
		String storeUrl = "http://localhost:8080/stores/" + shop.store().slug();
		Document page = Jsoup.parse(this.mvc.perform(get("/seller/promote").with(user(shop.owner())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.getElementById("store-url").val()).isEqualTo(storeUrl);
		assertThat(page.select("button[data-copy-target=store-url]")).hasSize(1);
		assertThat(page.select("script[src^='/js/promote-'][src$='.js']")).hasSize(1);
		String encoded = "http%3A%2F%2Flocalhost%3A8080%2Fstores%2F" + shop.store().slug();
		assertThat(page.select(".share-facebook").attr("href")).contains("u=" + encoded);
		assertThat(page.select(".share-naver").attr("href")).contains("url=" + encoded);
		assertThat(page.select(".share-kakaostory").attr("href")).contains("url=" + encoded);
		assertThat(page.select(".share-x").attr("href")).contains("url=" + encoded);
		assertThat(page.select("img.qr-code").attr("src")).isEqualTo("/seller/promote/qr.png");

		Document home = Jsoup.parse(this.mvc.perform(get("/seller").with(user(shop.owner())))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(home.select("main a[href='/seller/promote']")).hasSize(1);
	}

	@Test
	void theQrCodeIsAPngThatScansToTheSellersOwnStore() throws Exception {
		OpenStore shop = this.stores.open("큐알 공방");
		this.stores.open("남의 공방");
		MockHttpServletResponse response = this.mvc.perform(get("/seller/promote/qr.png").with(user(shop.owner())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getContentType()).isEqualTo("image/png");
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.getContentAsByteArray()));
		assertThat(image.getWidth()).isEqualTo(image.getHeight()).isBetween(250, 600);
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		String decoded = new QRCodeReader()
			.decode(new BinaryBitmap(
					new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))))
			.getText();
		assertThat(decoded).isEqualTo("http://localhost:8080/stores/" + shop.store().slug());
	}

	@Test
	void onlySellersMayOpenIt() throws Exception {
		this.mvc.perform(get("/seller/promote").with(user(this.accounts.create("구경꾼"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/seller/promote/qr.png").with(user(this.accounts.create("구경꾼2"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/seller/promote")).andExpect(status().is3xxRedirection());
	}

}
