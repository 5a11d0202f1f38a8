package kr.valuemall.catalog.images;

import java.awt.image.BufferedImage;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import kr.valuemall.IntegrationTest;
import kr.valuemall.account.Role;
import kr.valuemall.account.TestAccounts;
import kr.valuemall.account.TestUsers;
import kr.valuemall.catalog.TestListings;
import kr.valuemall.seller.TestStores;
import kr.valuemall.seller.TestStores.OpenStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import kr.valuemall.catalog.TestProducts;

@IntegrationTest
class ProductImageControllerTests {

	@Autowired
	TestProducts testProducts;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestStores stores;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ApplicationContext context;

	@Autowired
	ProductImages productImages;

	@Test
	void anyoneGetsTheImageWithItsHashAsETagCachedForever() throws Exception {
		ProductImageRef image = storePhoto(3000, 2000);
		String hash = hashOf(image);

		MockHttpServletResponse response = this.mvc.perform(get(image.full().url()))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/jpeg"))
			.andExpect(header().string("ETag", "\"" + hash + "\""))
			.andExpect(header().string("Cache-Control", "max-age=31536000, public, immutable"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().doesNotExist("Pragma"))
			.andExpect(header().doesNotExist("Expires"))
			.andExpect(header().doesNotExist("Set-Cookie"))
			.andReturn()
			.getResponse();

		BufferedImage full = TestImages.decode(response.getContentAsByteArray());
		assertThat(full.getWidth()).isEqualTo(1600);
		assertThat(full.getHeight()).isEqualTo(1067);
	}

	@Test
	void eachSizeIsServedFromItsOwnUrl() throws Exception {
		ProductImageRef image = storePhoto(3000, 2000);

		byte[] thumbnail = this.mvc.perform(get(image.thumbnail().url()).with(user(TestUsers.shopper())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		byte[] medium = this.mvc.perform(get(image.medium().url()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		assertThat(TestImages.decode(thumbnail).getWidth()).isEqualTo(400);
		assertThat(TestImages.decode(medium).getWidth()).isEqualTo(800);
	}

	@Test
	void transparentImageIsServedAsPng() throws Exception {
		long productId = this.testProducts.newProductId();
		ProductImageRef image = this.productImages
			.store(productId, List.of(new org.springframework.mock.web.MockMultipartFile("images", "cutout.png",
					"image/png", TestImages.png(TestImages.cutOut(500, 500)))))
			.get(0);

		assertThat(image.thumbnail().url()).endsWith("/thumbnail.png");
		this.mvc.perform(get(image.thumbnail().url()))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/png"));
		this.mvc.perform(get(image.thumbnail().url().replace(".png", ".jpg"))).andExpect(status().isNotFound());
	}

	@Test
	void browserThatHasTheImageGetsNotModified() throws Exception {
		ProductImageRef image = storePhoto(800, 600);
		String etag = "\"" + hashOf(image) + "\"";

		this.mvc.perform(get(image.thumbnail().url()).header("If-None-Match", etag))
			.andExpect(status().isNotModified())
			.andExpect(header().string("ETag", etag))
			.andExpect(header().string("Cache-Control", "max-age=31536000, public, immutable"))
			.andExpect(content().bytes(new byte[0]));
		this.mvc.perform(get(image.full().url()).header("If-None-Match", "\"other\", W/" + etag))
			.andExpect(status().isNotModified());
		this.mvc.perform(get(image.full().url()).header("If-None-Match", "\"other\"")).andExpect(status().isOk());
	}

	@Test
	void headRequestAnswersWithoutTheBytes() throws Exception {
		ProductImageRef image = storePhoto(800, 600);

		this.mvc.perform(head(image.full().url()))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"" + hashOf(image) + "\""));
	}

	@Test
	void unknownImagesWrongHashesAndOddPathsAreNotFound() throws Exception {
		ProductImageRef image = storePhoto(800, 600);
		String hash = hashOf(image);
		String otherHash = "0".repeat(64);

		this.mvc.perform(get(image.full().url().replace(hash, otherHash))).andExpect(status().isNotFound());
		this.mvc.perform(get(image.full().url().replace(hash, otherHash)).header("If-None-Match", otherHash))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/images/products/999999999999/" + hash + "/full.jpg")).andExpect(status().isNotFound());
		this.mvc.perform(get(image.full().url().replace("/full.jpg", "/huge.jpg"))).andExpect(status().isNotFound());
		this.mvc.perform(get(image.full().url().replace("/full.jpg", "/full.png"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/images/products/abc/" + hash + "/full.jpg")).andExpect(status().isNotFound());
	}

	@Test
	void removedImageIsNoLongerServed() throws Exception {
		ProductImageRef image = storePhoto(800, 600);

		this.productImages.remove(image.productId(), image.id());

		this.mvc.perform(get(image.full().url())).andExpect(status().isNotFound());
	}

	@Test
	void ifNoneMatchIsReadAsTheStandardSaysIt() {
		String hash = "a".repeat(64);

		assertThat(ProductImageController.matches("\"" + hash + "\"", hash)).isTrue();
		assertThat(ProductImageController.matches("W/\"" + hash + "\"", hash)).isTrue();
		assertThat(ProductImageController.matches("\"x\" , \"" + hash + "\"", hash)).isTrue();
		assertThat(ProductImageController.matches("*", hash)).isTrue();
		assertThat(ProductImageController.matches("\"" + hash + "-gzip\"", hash)).isFalse();
		assertThat(ProductImageController.matches("\"x\"", hash)).isFalse();
	}

	@Test
	void theImagesOfAHeldOrRejectedListingGoOnlyToStaffAndItsSellerUncached() throws Exception {
		OpenStore shop = this.stores.open("검수 대기 가게");
		OpenStore otherShop = this.stores.open("다른 가게");
		TestListings listings = TestListings.in(this.context);
		long id = listings.live(shop.store(), "검수될 의자", 40_000, 3, 0);
		String url = this.productImages.imagesOf(id).get(0).medium().url();
		this.mvc.perform(get(url)).andExpect(status().isOk());

		listings.hold(id);
		this.mvc.perform(get(url)).andExpect(status().isNotFound());
		this.mvc.perform(get(url).with(user(TestUsers.shopper()))).andExpect(status().isNotFound());
		this.mvc.perform(get(url).with(user(otherShop.owner()))).andExpect(status().isNotFound());
		this.mvc.perform(get(url).header("If-None-Match", "*")).andExpect(status().isNotFound());
		this.mvc.perform(get(url).with(user(shop.owner())))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store, private"));
		this.mvc.perform(get(url).with(user(this.accounts.create("검수 담당", Role.REVIEWER))))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store, private"));

		listings.reject(id);
		this.mvc.perform(get(url)).andExpect(status().isNotFound());
		this.mvc.perform(get(url).with(user(TestUsers.admin()))).andExpect(status().isOk());
	}

	private ProductImageRef storePhoto(int width, int height) {
		return this.productImages
			.store(this.testProducts.newProductId(), List.of(ProductImagesTests.photo("photo.jpg", width, height)))
			.get(0);
	}

	private static String hashOf(ProductImageRef image) {
		String[] segments = image.full().url().split("/");
		return segments[segments.length - 2];
	}

}
