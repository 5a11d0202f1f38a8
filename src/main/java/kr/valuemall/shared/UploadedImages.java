package kr.valuemall.shared;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import kr.valuemall.shared.UploadRefused.Reason;

/**
 * Re-encodes an uploaded JPEG or PNG (a registration certificate, a campaign banner) so
 * that only its pixels are stored: metadata (GPS position, camera serial), comments and
 * anything hidden after the image data are gone, and a file that only pretends to be an
 * image is refused. The pixel count its header declares is checked before any pixel is
 * decoded: a few kilobytes can claim 50000×50000 pixels and ask for 10 GB of memory and
 * seconds of CPU. Product photos have their own pipeline (catalog's ImageProcessing,
 * three sizes) under the same cap.
 */
public final class UploadedImages {

	/** 40 megapixels, the most any upload may declare (a 7,700 × 5,200 photo). */
	public static final long MAX_PIXELS = 40_000_000L;

	private static final float JPEG_QUALITY = 0.9f;

	private UploadedImages() {
	}

	/** The re-encoded image: a JPEG stays a JPEG, a PNG a PNG. */
	public record Reencoded(byte[] bytes, String contentType, int width, int height) {
	}

	/**
	 * Decodes and encodes anew, no larger than {@code maxLongSide} on the long side.
	 * @param upload the bytes as uploaded (a JPEG or a PNG by their first bytes)
	 * @param maxLongSide the longest side kept, in pixels; larger images are scaled down
	 * @throws UploadRefused when the header declares more than {@link #MAX_PIXELS} or the
	 * image cannot be decoded
	 */
	public static Reencoded reencode(byte[] upload, int maxLongSide) {
		boolean png = isPng(upload);
		if (!png && !isJpeg(upload)) {
			throw new UploadRefused(Reason.IMAGE_UNREADABLE, "neither JPEG nor PNG", null);
		}
		BufferedImage decoded = decode(upload, png ? "png" : "jpeg", maxLongSide);
		boolean alpha = png && decoded.getColorModel().hasAlpha();
		int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
		int width = decoded.getWidth();
		int height = decoded.getHeight();
		int longer = Math.max(width, height);
		if (longer > maxLongSide) {
			double scale = (double) maxLongSide / longer;
			width = Math.max(1, (int) Math.round(width * scale));
			height = Math.max(1, (int) Math.round(height * scale));
		}
		BufferedImage scaled = scale(decoded, width, height, type);
		return new Reencoded(encode(scaled, png ? "png" : "jpeg"), png ? "image/png" : "image/jpeg", width, height);
	}

	private static BufferedImage decode(byte[] upload, String format, int maxLongSide) {
		Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
		ImageReader reader = readers.next();
		try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(upload))) {
			reader.setInput(input, true, true);
			int width = reader.getWidth(0);
			int height = reader.getHeight(0);
			if ((long) width * height > MAX_PIXELS) {
				throw new UploadRefused(Reason.TOO_MANY_PIXELS, width + "x" + height, null);
			}
			ImageReadParam param = reader.getDefaultReadParam();
			// Decode no more rows and columns than the result keeps (at least twice over,
			// for a clean scale).
			int step = Math.max(1, Math.max(width, height) / (2 * maxLongSide));
			if (step > 1) {
				param.setSourceSubsampling(step, step, 0, 0);
			}
			return reader.read(0, param);
		}
		catch (UploadRefused ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw new UploadRefused(Reason.IMAGE_UNREADABLE, ex.getMessage(), ex);
		}
		finally {
			reader.dispose();
		}
	}

	/** Halving steps, then one last one: a single large step would skip most pixels. */
	private static BufferedImage scale(BufferedImage source, int targetWidth, int targetHeight, int type) {
		BufferedImage current = source;
		int width = source.getWidth();
		int height = source.getHeight();
		while (width / 2 >= targetWidth && height / 2 >= targetHeight) {
			width /= 2;
			height /= 2;
			current = draw(current, width, height, type);
		}
		if (width != targetWidth || height != targetHeight || current.getType() != type) {
			current = draw(current, targetWidth, targetHeight, type);
		}
		return current;
	}

	private static BufferedImage draw(BufferedImage source, int width, int height, int type) {
		BufferedImage target = new BufferedImage(width, height, type);
		Graphics2D graphics = target.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			if (type == BufferedImage.TYPE_INT_RGB) {
				// Transparent pixels of a PNG turned JPEG become white, not black.
				graphics.setColor(java.awt.Color.WHITE);
				graphics.fillRect(0, 0, width, height);
			}
			graphics.drawImage(source, 0, 0, width, height, null);
		}
		finally {
			graphics.dispose();
		}
		return target;
	}

	private static byte[] encode(BufferedImage image, String format) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
			writer.setOutput(output);
			ImageWriteParam param = writer.getDefaultWriteParam();
			if (format.equals("jpeg")) {
				param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				param.setCompressionQuality(JPEG_QUALITY);
			}
			// No metadata passed: a bare JFIF header, no PNG text chunks.
			writer.write(null, new IIOImage(image, null, null), param);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	static boolean isPng(byte[] bytes) {
		return bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
	}

	static boolean isJpeg(byte[] bytes) {
		return bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF;
	}

}
