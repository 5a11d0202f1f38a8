package kr.valuemall.shared;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import kr.valuemall.shared.UploadRefused.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Certificate and banner images: only their pixels are kept, a header that declares more
 * than the pixel cap is refused before decoding, and large ones are scaled down.
 */
class UploadedImagesTests {

	@Test
	void onlyThePixelsSurviveNotWhatWasAppendedToTheFile() throws IOException {
		byte[] upload = concat(encode(picture(600, 400, BufferedImage.TYPE_INT_RGB), "jpeg"),
				"<?php system($_GET['c']); ?>".getBytes(StandardCharsets.US_ASCII));

		UploadedImages.Reencoded clean = UploadedImages.reencode(upload, 3000);

		assertThat(clean.contentType()).isEqualTo("image/jpeg");
		assertThat(new String(clean.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("<?php");
		BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(clean.bytes()));
		assertThat(decoded.getWidth()).isEqualTo(600);
		assertThat(decoded.getHeight()).isEqualTo(400);
	}

	@Test
	void aHeaderDeclaringMoreThanTheCapIsRefusedBeforeDecoding() throws IOException {
		// 20000 × 20000 one-bit pixels: tens of kilobytes of PNG, 400 megapixels decoded.
		byte[] bomb = encode(new BufferedImage(20_000, 20_000, BufferedImage.TYPE_BYTE_BINARY), "png");
		assertThat(bomb.length).isLessThan(200_000);

		assertThatExceptionOfType(UploadRefused.class).isThrownBy(() -> UploadedImages.reencode(bomb, 2400))
			.satisfies((refusal) -> assertThat(refusal.reason()).isEqualTo(Reason.TOO_MANY_PIXELS));
	}

	@Test
	void aLargeImageIsScaledDownAndATransparentPngStaysOne() throws IOException {
		BufferedImage wide = picture(4000, 1000, BufferedImage.TYPE_INT_ARGB);
		wide.setRGB(0, 0, 0x00FFFFFF);

		UploadedImages.Reencoded clean = UploadedImages.reencode(encode(wide, "png"), 2400);

		assertThat(clean.contentType()).isEqualTo("image/png");
		BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(clean.bytes()));
		assertThat(decoded.getWidth()).isEqualTo(2400);
		assertThat(decoded.getHeight()).isEqualTo(600);
		assertThat(decoded.getColorModel().hasAlpha()).isTrue();
	}

	@Test
	void somethingThatOnlyStartsLikeAnImageIsRefused() {
		byte[] fake = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 'M', 'Z', 0, 0, 0 };
		assertThatExceptionOfType(UploadRefused.class).isThrownBy(() -> UploadedImages.reencode(fake, 2400))
			.satisfies((refusal) -> assertThat(refusal.messageKey()).isEqualTo("upload.image.unreadable"));
	}

	private static BufferedImage picture(int width, int height, int type) {
		BufferedImage image = new BufferedImage(width, height, type);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(30, 120, 60));
		graphics.fillRect(0, 0, width / 2, height);
		graphics.setColor(new Color(200, 180, 20));
		graphics.fillRect(width / 2, 0, width - width / 2, height);
		graphics.dispose();
		return image;
	}

	private static byte[] encode(BufferedImage image, String format) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ImageIO.write(image, format, bytes);
		return bytes.toByteArray();
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] all = new byte[first.length + second.length];
		System.arraycopy(first, 0, all, 0, first.length);
		System.arraycopy(second, 0, all, first.length, second.length);
		return all;
	}

}
