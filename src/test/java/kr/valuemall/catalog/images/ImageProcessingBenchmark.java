package kr.valuemall.catalog.images;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Random;

/**
 * How long processing an upload takes on this machine: run by hand, never as a test.
 * <pre>
 * ./mvnw -B -o test-compile
 * java -cp target/classes:target/test-classes kr.valuemall.catalog.images.ImageProcessingBenchmark
 * </pre>
 */
public final class ImageProcessingBenchmark {

	private static final int RUNS = 10;

	private ImageProcessingBenchmark() {
	}

	public static void main(String[] args) {
		ImageProcessing processing = new ImageProcessing();
		measure(processing, "12 MP JPEG photo (4000x3000)", TestImages.jpeg(noisy(TestImages.picture(4000, 3000))));
		measure(processing, "12 MP PNG with transparency (4000x3000)", TestImages.png(TestImages.cutOut(4000, 3000)));
		measure(processing, "40 MP JPEG (8000x5000, the largest taken)",
				TestImages.jpeg(noisy(TestImages.picture(8000, 5000))));
		measure(processing, "2 MP JPEG (1600x1200)", TestImages.jpeg(noisy(TestImages.picture(1600, 1200))));
		measure(processing, "0.6 MP JPEG (800x800, the demo catalogue's size)",
				TestImages.jpeg(noisy(TestImages.picture(800, 800))));
	}

	private static void measure(ImageProcessing processing, String what, byte[] upload) {
		for (int i = 0; i < 3; i++) {
			processing.process(upload);
		}
		long[] millis = new long[RUNS];
		ProcessedImage result = null;
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			result = processing.process(upload);
			millis[i] = (System.nanoTime() - start) / 1_000_000;
		}
		Arrays.sort(millis);
		System.out.printf(
				"%s, upload %,d bytes: median %d ms, min %d ms, max %d ms -> %s full %,d / medium %,d / "
						+ "thumbnail %,d bytes%n",
				what, upload.length, millis[RUNS / 2], millis[0], millis[RUNS - 1], result.contentType(),
				result.full().size(), result.medium().size(), result.thumbnail().size());
	}

	/** Sensor-like noise, so the JPEG weighs what a phone photo weighs. */
	private static BufferedImage noisy(BufferedImage image) {
		Random random = new Random(42);
		int[] row = new int[image.getWidth()];
		for (int y = 0; y < image.getHeight(); y++) {
			image.getRGB(0, y, row.length, 1, row, 0, row.length);
			for (int x = 0; x < row.length; x++) {
				int noise = random.nextInt(25) - 12;
				int r = clamp(((row[x] >> 16) & 0xFF) + noise);
				int g = clamp(((row[x] >> 8) & 0xFF) + noise);
				int b = clamp((row[x] & 0xFF) + noise);
				row[x] = (r << 16) | (g << 8) | b;
			}
			image.setRGB(0, y, row.length, 1, row, 0, row.length);
		}
		return image;
	}

	private static int clamp(int value) {
		return Math.max(0, Math.min(255, value));
	}

}
