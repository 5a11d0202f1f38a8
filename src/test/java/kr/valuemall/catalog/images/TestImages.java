package kr.valuemall.catalog.images;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Images made in code for tests, so no binary fixture hides what it contains.
 */
public final class TestImages {

	private TestImages() {
	}

	/** An opaque photo-like picture: a gradient with a few shapes. */
	public static BufferedImage picture(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setPaint(new GradientPaint(0, 0, new Color(30, 90, 160), width, height, new Color(240, 200, 120)));
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(new Color(200, 40, 40));
		graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
		graphics.dispose();
		return image;
	}

	/** Left half red, right half blue: shows which way an image was turned. */
	static BufferedImage redLeftBlueRight(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.RED);
		graphics.fillRect(0, 0, width / 2, height);
		graphics.setColor(Color.BLUE);
		graphics.fillRect(width / 2, 0, width - width / 2, height);
		graphics.dispose();
		return image;
	}

	static void isRed(Color colour) {
		assertThat(colour.getRed()).as("red of %s", colour).isGreaterThan(200);
		assertThat(colour.getBlue()).as("blue of %s", colour).isLessThan(60);
	}

	static void isBlue(Color colour) {
		assertThat(colour.getBlue()).as("blue of %s", colour).isGreaterThan(200);
		assertThat(colour.getRed()).as("red of %s", colour).isLessThan(60);
	}

	/** A product cut out on a transparent background. */
	static BufferedImage cutOut(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(20, 120, 60));
		graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
		graphics.dispose();
		return image;
	}

	/** An ARGB image whose every pixel is opaque. */
	static BufferedImage opaqueWithAlphaChannel(int width, int height) {
		return withAlphaChannel(picture(width, height));
	}

	/** The same pixels in an ARGB image, every one of them opaque. */
	static BufferedImage withAlphaChannel(BufferedImage opaque) {
		BufferedImage image = new BufferedImage(opaque.getWidth(), opaque.getHeight(), BufferedImage.TYPE_INT_ARGB);
		Graphics2D graphics = image.createGraphics();
		graphics.drawImage(opaque, 0, 0, null);
		graphics.dispose();
		return image;
	}

	public static byte[] jpeg(BufferedImage image) {
		return encode(image, "jpeg");
	}

	static byte[] png(BufferedImage image) {
		return encode(image, "png");
	}

	static byte[] gif(BufferedImage image) {
		return encode(image, "gif");
	}

	static byte[] encode(BufferedImage image, String format) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(image, format, bytes)) {
				throw new IllegalStateException("No ImageIO writer for " + format);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	static BufferedImage decode(byte[] bytes) {
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
			if (image == null) {
				throw new IllegalStateException("Not an image ImageIO reads");
			}
			return image;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The JPEG with an EXIF segment (orientation and a tell-tale camera text) inserted
	 * after the JFIF header, and with bytes appended after its end, as a polyglot would
	 * have.
	 */
	public static byte[] withExif(byte[] jpeg, int orientation, String makerText) {
		byte[] text = (makerText + "\0").getBytes(StandardCharsets.US_ASCII);
		// TIFF, big-endian: header, IFD0 with Orientation (SHORT) and Make (ASCII at
		// offset 38).
		ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 2 * 12 + 4 + text.length);
		tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
		tiff.putShort((short) 2);
		tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
		tiff.putShort((short) 0x010F).putShort((short) 2).putInt(text.length).putInt(8 + 2 + 2 * 12 + 4);
		tiff.putInt(0);
		tiff.put(text);
		byte[] exifHeader = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
		int segmentLength = 2 + exifHeader.length + tiff.capacity();
		ByteBuffer segment = ByteBuffer.allocate(2 + segmentLength);
		segment.put((byte) 0xFF).put((byte) 0xE1).putShort((short) segmentLength).put(exifHeader).put(tiff.array());
		int afterJfif = 2 + 2 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, afterJfif);
		out.writeBytes(segment.array());
		out.write(jpeg, afterJfif, jpeg.length - afterJfif);
		return out.toByteArray();
	}

	static byte[] append(byte[] image, String trailer) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(image);
		out.writeBytes(trailer.getBytes(StandardCharsets.US_ASCII));
		return out.toByteArray();
	}

	/**
	 * A PNG of a few dozen bytes whose header claims the given size and that has no image
	 * data at all: decoding it would fail, only reading the header can refuse it.
	 */
	static byte[] pngHeaderClaiming(int width, int height) {
		ByteBuffer ihdr = ByteBuffer.allocate(4 + 13);
		ihdr.put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height);
		ihdr.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0); // 8-bit
																					// RGB
		CRC32 crc = new CRC32();
		crc.update(ihdr.array());
		ByteBuffer png = ByteBuffer.allocate(8 + 4 + ihdr.capacity() + 4);
		png.put(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
		png.putInt(13).put(ihdr.array()).putInt((int) crc.getValue());
		return png.array();
	}

	/** A real JPEG whose frame header (SOF0) is changed to claim the given size. */
	static byte[] jpegClaiming(int width, int height) {
		byte[] jpeg = jpeg(picture(200, 200));
		for (int i = 2; i + 9 < jpeg.length; i++) {
			if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xC0) {
				jpeg[i + 5] = (byte) (height >> 8);
				jpeg[i + 6] = (byte) height;
				jpeg[i + 7] = (byte) (width >> 8);
				jpeg[i + 8] = (byte) width;
				return jpeg;
			}
		}
		throw new IllegalStateException("No SOF0 in the JPEG");
	}

	public static boolean contains(byte[] haystack, String needle) {
		return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
	}

}
