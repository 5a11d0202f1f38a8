package kr.valuemall.catalog.images;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import kr.valuemall.IntegrationTest;
import kr.valuemall.catalog.TestProducts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Product photos also as WebP (issue 20 item 3), by the libwebp that webp-imageio ships:
 * every size is kept in both, the WebP smaller, served at the same address ending in
 * {@code .webp} with its own ETag; the JPEG stays for browsers without WebP.
 */
@IntegrationTest
class WebpImageTests {

	@Autowired
	TestProducts testProducts;

	@Autowired
	ProductImages productImages;

	@Autowired
	MockMvc mvc;

	@Test
	void theEncoderRunsHereAndMakesASmallerCopyOfAPhoto() {
		BufferedImage photo = TestImages.picture(800, 600);
		byte[] webp = ImageProcessing.webp(photo);
		assertThat(webp).as("libwebp loads from the jar").isNotNull();
		assertThat(new String(webp, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
		assertThat(new String(webp, 8, 4, StandardCharsets.US_ASCII)).isEqualTo("WEBP");
	}

	@Test
	void everySizeIsServedAsWebpBesideTheJpeg() throws Exception {
		ProductImageRef image = this.productImages
			.store(this.testProducts.newProductId(), List.of(ProductImagesTests.photo("photo.jpg", 3000, 2000)))
			.get(0);
		assertThat(image.webp()).isTrue();
		assertThat(image.webpSrcset()).contains(image.thumbnail().url().replace(".jpg", ".webp") + " 400w",
				image.full().url().replace(".jpg", ".webp") + " 1600w");

		String webpUrl = image.full().url().replace(".jpg", ".webp");
		MockHttpServletResponse webp = this.mvc.perform(get(webpUrl))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/webp"))
			.andExpect(header().string("Cache-Control", "max-age=31536000, public, immutable"))
			.andReturn()
			.getResponse();
		byte[] jpeg = this.mvc.perform(get(image.full().url()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		byte[] body = webp.getContentAsByteArray();
		assertThat(new String(Arrays.copyOfRange(body, 8, 12), StandardCharsets.US_ASCII)).isEqualTo("WEBP");
		assertThat(body.length).isLessThan(jpeg.length);
		BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(body));
		assertThat(decoded.getWidth()).isEqualTo(1600);
		assertThat(decoded.getHeight()).isEqualTo(1067);

		String etag = webp.getHeader("ETag");
		assertThat(etag).isNotEqualTo("\"" + image.full().url().split("/")[4] + "\"");
		this.mvc.perform(get(webpUrl).header("If-None-Match", etag)).andExpect(status().isNotModified());
		this.mvc.perform(get(image.thumbnail().url().replace(".jpg", ".webp")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/webp"));
	}

}
