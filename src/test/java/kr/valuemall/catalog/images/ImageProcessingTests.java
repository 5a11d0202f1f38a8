package kr.valuemall.catalog.images;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

import kr.valuemall.catalog.images.ImageRejected.Reason;

import static kr.valuemall.catalog.images.TestImages.contains;
import static kr.valuemall.catalog.images.TestImages.decode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ImageProcessingTests {

	private final ImageProcessing processing = new ImageProcessing();

	@Test
	void largePhotoIsScaledToEachSizeByItsLongSide() {
		ProcessedImage image = this.processing.process(TestImages.jpeg(TestImages.picture(3000, 2000)));

		assertThat(image.contentType()).isEqualTo("image/jpeg");
		assertSize(image.full(), 1600, 1067);
		assertSize(image.medium(), 800, 533);
		assertSize(image.thumbnail(), 400, 267);
		assertThat(image.thumbnail().size()).isLessThan(image.medium().size()).isLessThan(image.full().size());
	}

	@Test
	void portraitPhotoIsScaledByItsHeight() {
		ProcessedImage image = this.processing.process(TestImages.jpeg(TestImages.picture(1200, 2400)));

		assertSize(image.full(), 800, 1600);
		assertSize(image.thumbnail(), 200, 400);
	}

	@Test
	void smallImageIsNeverEnlarged() {
		ProcessedImage image = this.processing.process(TestImages.png(TestImages.picture(300, 200)));

		assertSize(image.full(), 300, 200);
		assertSize(image.medium(), 300, 200);
		assertSize(image.thumbnail(), 300, 200);
	}

	@Test
	void aSizeTheUploadAlreadyFitsIsEncodedOnceNotAgain() {
		ProcessedImage small = this.processing.process(TestImages.jpeg(TestImages.picture(300, 200)));
		ProcessedImage medium = this.processing.process(TestImages.jpeg(TestImages.picture(800, 800)));

		assertThat(small.medium()).isSameAs(small.full());
		assertThat(small.thumbnail()).isSameAs(small.full());
		assertThat(medium.medium()).isSameAs(medium.full());
		assertSize(medium.thumbnail(), 400, 400);
		assertThat(medium.thumbnail().size()).isLessThan(medium.full().size());
	}

	@Test
	void pngWithTransparencyStaysPngAndKeepsItsTransparency() {
		ProcessedImage image = this.processing.process(TestImages.png(TestImages.cutOut(1000, 800)));

		assertThat(image.contentType()).isEqualTo("image/png");
		BufferedImage thumbnail = assertSize(image.thumbnail(), 400, 320);
		assertThat(thumbnail.getColorModel().hasAlpha()).isTrue();
		assertThat(thumbnail.getRGB(0, 0) >>> 24).as("corner stays transparent").isZero();
		assertThat(thumbnail.getRGB(200, 160) >>> 24).as("product stays opaque").isEqualTo(0xFF);
	}

	@Test
	void pngWhoseAlphaChannelIsUnusedBecomesJpeg() {
		ProcessedImage image = this.processing.process(TestImages.png(TestImages.opaqueWithAlphaChannel(600, 400)));

		assertThat(image.contentType()).isEqualTo("image/jpeg");
		assertSize(image.full(), 600, 400);
	}

	@Test
	void gifIsAcceptedAndServedAsJpeg() {
		ProcessedImage image = this.processing.process(TestImages.gif(TestImages.picture(500, 500)));

		assertThat(image.contentType()).isEqualTo("image/jpeg");
		assertSize(image.thumbnail(), 400, 400);
	}

	@Test
	void textFileNamedLikeAPhotoIsRefusedByItsContent() {
		byte[] text = "안녕하세요, 이것은 사진이 아니라 글입니다.".getBytes(StandardCharsets.UTF_8);

		assertRefused(text, Reason.UNSUPPORTED_TYPE);
	}

	@Test
	void pdfIsRefusedByItsContent() {
		byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
			.getBytes(StandardCharsets.US_ASCII);

		assertRefused(pdf, Reason.UNSUPPORTED_TYPE);
	}

	@Test
	void emptyFileIsRefused() {
		assertRefused(new byte[0], Reason.UNSUPPORTED_TYPE);
	}

	@Test
	void imageFormatsTheJdkDoesNotTakeAreRefused() {
		assertRefused(TestImages.encode(TestImages.picture(200, 200), "bmp"), Reason.UNSUPPORTED_TYPE);
		assertRefused(TestImages.encode(TestImages.picture(200, 200), "tiff"), Reason.UNSUPPORTED_TYPE);
	}

	@Test
	void webpAndHeicAreRefusedWithTheirOwnAdvice() {
		byte[] webp = "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII);
		byte[] heic = "\0\0\0\u0018ftypheic\0\0\0\0mif1heic".getBytes(StandardCharsets.ISO_8859_1);

		assertRefused(webp, Reason.WEBP);
		assertRefused(heic, Reason.HEIC);
	}

	@Test
	void uploadOverTenMegabytesIsRefused() {
		byte[] jpeg = TestImages.jpeg(TestImages.picture(200, 200));
		byte[] tooLarge = Arrays.copyOf(jpeg, ImageProcessing.MAX_UPLOAD_BYTES + 1);

		assertRefused(tooLarge, Reason.TOO_LARGE);
		assertThat(this.processing.process(Arrays.copyOf(jpeg, ImageProcessing.MAX_UPLOAD_BYTES)).contentType())
			.as("exactly 10 MB (padding after the image) is taken")
			.isEqualTo("image/jpeg");
	}

	@Test
	void headerClaimingFiftyThousandSquarePixelsIsRefusedBeforeDecoding() {
		byte[] png = TestImages.pngHeaderClaiming(50_000, 50_000);
		assertThat(png.length).isLessThan(64);

		assertRefused(png, Reason.TOO_MANY_PIXELS);
		assertRefused(TestImages.jpegClaiming(50_000, 50_000), Reason.TOO_MANY_PIXELS);
		// The same header within the limit gets as far as decoding, and fails there.
		assertRefused(TestImages.pngHeaderClaiming(1_000, 1_000), Reason.UNREADABLE);
	}

	@Test
	void tinyImageIsRefused() {
		assertRefused(TestImages.png(TestImages.picture(99, 400)), Reason.TOO_SMALL);
	}

	@Test
	void truncatedPngIsRefusedAsUnreadable() {
		byte[] png = TestImages.png(TestImages.picture(400, 400));

		assertRefused(Arrays.copyOf(png, 60), Reason.UNREADABLE);
	}

	@Test
	void metadataAndTrailingBytesAreGoneAfterReencoding() {
		byte[] jpeg = TestImages.withExif(TestImages.jpeg(TestImages.picture(800, 600)), 1, "SecretCamera GPS 37.56N");
		byte[] upload = TestImages.append(jpeg, "<?php system($_GET['c']); ?>");
		assertThat(contains(upload, "SecretCamera")).isTrue();
		assertThat(decode(upload).getWidth()).as("the upload itself is a valid JPEG").isEqualTo(800);

		ProcessedImage image = this.processing.process(upload);

		for (ProcessedImage.EncodedImage size : new ProcessedImage.EncodedImage[] { image.full(), image.medium(),
				image.thumbnail() }) {
			assertThat(contains(size.bytes(), "Exif")).isFalse();
			assertThat(contains(size.bytes(), "SecretCamera")).isFalse();
			assertThat(contains(size.bytes(), "<?php")).isFalse();
			assertThat(size.bytes()[size.size() - 2] & 0xFF).isEqualTo(0xFF);
			assertThat(size.bytes()[size.size() - 1] & 0xFF).as("ends with the JPEG end marker").isEqualTo(0xD9);
		}
	}

	@Test
	void exifOrientationIsAppliedToThePixels() {
		byte[] sidewaysPhoto = TestImages.withExif(TestImages.jpeg(TestImages.redLeftBlueRight(600, 400)), 6, "Phone");

		ProcessedImage image = this.processing.process(sidewaysPhoto);

		BufferedImage full = assertSize(image.full(), 400, 600);
		// Turned 90° clockwise: what was on the left is now on top.
		assertThat(isReddish(full.getRGB(200, 50))).isTrue();
		assertThat(isReddish(full.getRGB(200, 550))).isFalse();
	}

	@Test
	void everySizeKeepsItsColoursInTheJpegAndTheWebp() {
		for (byte[] upload : List.of(TestImages.jpeg(TestImages.redLeftBlueRight(2000, 1000)),
				TestImages.png(TestImages.redLeftBlueRight(2000, 1000)),
				TestImages.png(TestImages.withAlphaChannel(TestImages.redLeftBlueRight(2000, 1000))))) {
			ProcessedImage image = this.processing.process(upload);
			for (ProcessedImage.EncodedImage size : List.of(image.full(), image.medium(), image.thumbnail())) {
				for (BufferedImage decoded : List.of(decode(size.bytes()), decode(size.webp()))) {
					int w = decoded.getWidth();
					int h = decoded.getHeight();
					assertThat(new Color(decoded.getRGB(w / 4, h / 2))).satisfies(TestImages::isRed);
					assertThat(new Color(decoded.getRGB(3 * w / 4, h / 2))).satisfies(TestImages::isBlue);
				}
			}
		}
	}

	@Test
	void exifOrientationEightTurnsTheOtherWay() {
		byte[] sidewaysPhoto = TestImages.withExif(TestImages.jpeg(TestImages.redLeftBlueRight(600, 400)), 8, "Phone");

		BufferedImage full = assertSize(this.processing.process(sidewaysPhoto).full(), 400, 600);

		assertThat(isReddish(full.getRGB(200, 550))).isTrue();
		assertThat(isReddish(full.getRGB(200, 50))).isFalse();
	}

	@Test
	void contentHashIsTheSha256OfTheFullImage() throws Exception {
		ProcessedImage image = this.processing.process(TestImages.jpeg(TestImages.picture(400, 300)));

		assertThat(image.contentHash()).hasSize(64)
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(image.full().bytes())));
	}

	@Test
	void veryLargeImagesAreDecodedSubsampledButNeverBelowTheFullSize() {
		assertThat(ImageProcessing.subsamplingStep(4000, 3000)).isEqualTo(1);
		assertThat(ImageProcessing.subsamplingStep(8000, 5000)).isEqualTo(2);
		assertThat(ImageProcessing.subsamplingStep(20000, 2000)).isEqualTo(2);
		assertThat(ImageProcessing.subsamplingStep(2000, 20000)).isEqualTo(2);
		assertThat(ImageProcessing.subsamplingStep(3000, 3000)).isEqualTo(1);
	}

	private void assertRefused(byte[] upload, Reason reason) {
		assertThatExceptionOfType(ImageRejected.class).isThrownBy(() -> this.processing.process(upload))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(reason))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo(reason.messageKey()));
	}

	private static BufferedImage assertSize(ProcessedImage.EncodedImage encoded, int width, int height) {
		assertThat(encoded.width()).isEqualTo(width);
		assertThat(encoded.height()).isEqualTo(height);
		BufferedImage decoded = decode(encoded.bytes());
		assertThat(decoded.getWidth()).isEqualTo(width);
		assertThat(decoded.getHeight()).isEqualTo(height);
		return decoded;
	}

	private static boolean isReddish(int rgb) {
		Color color = new Color(rgb);
		return color.getRed() > 180 && color.getBlue() < 80;
	}

}
