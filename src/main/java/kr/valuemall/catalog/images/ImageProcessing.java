package kr.valuemall.catalog.images;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.concurrent.Semaphore;

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

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import kr.valuemall.catalog.images.ImageRejected.Reason;
import kr.valuemall.shared.UploadedImages;
import kr.valuemall.catalog.images.ProcessedImage.EncodedImage;

/**
 * Turns a seller's upload into the images the mall serves. Only the pixels survive: the
 * image is decoded and encoded anew, so EXIF (GPS position, camera serial), comments and
 * anything appended after the image data are gone. Opaque images become JPEG, images with
 * transparent pixels PNG, each in three sizes made once, here, rather than on every view.
 * <p>
 * Everything happens in memory: ImageIO's default stream cache would write temporary
 * files, and app instances keep no local files.
 */
@Component
class ImageProcessing {

	/** 10 MB: a good phone photo is 3–6 MB; more is a scan or a mistake. */
	static final int MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

	/**
	 * 40 megapixels, checked from the header before any pixel is decoded: a few kilobytes
	 * can claim 50000×50000 pixels (a decompression bomb) and ask for 10 GB of memory.
	 * The same cap as every other upload's ({@link UploadedImages}).
	 */
	static final long MAX_PIXELS = UploadedImages.MAX_PIXELS;

	/** Smaller than this shows nothing of a product. */
	static final int MIN_SIDE = 100;

	static final int FULL_LONG_SIDE = 1600;

	static final int MEDIUM_LONG_SIDE = 800;

	static final int THUMBNAIL_LONG_SIDE = 400;

	/**
	 * Large uploads are decoded with subsampling down to about this many pixels: enough
	 * to scale to {@value #FULL_LONG_SIDE} px well, a third of the memory of a 40 MP
	 * decode.
	 */
	static final long MAX_DECODED_PIXELS = 16_000_000L;

	private static final float JPEG_QUALITY = 0.85f;

	/**
	 * Opaque images are kept as bytes in the order the JDK's JPEG writer reads them, as
	 * its decoder gives them: from packed ints the writer takes each pixel apart first,
	 * two to three times the work of the encoding itself (the same bytes come out).
	 */
	private static final int OPAQUE = BufferedImage.TYPE_3BYTE_BGR;

	/**
	 * Lossy WebP at 80: about the look of the JPEG at 85, a quarter to a third smaller.
	 */
	private static final float WEBP_QUALITY = 0.80f;

	private static final Logger logger = LoggerFactory.getLogger(ImageProcessing.class);

	/**
	 * Decoding is CPU-bound and needs tens of megabytes per image: more at once than
	 * there are cores only adds memory, not speed.
	 */
	private final Semaphore decodingSlots = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));

	/**
	 * Checks and re-encodes one upload.
	 * @param upload the bytes as uploaded
	 * @return the image in its three sizes
	 * @throws ImageRejected when the content is not an image the mall takes
	 */
	ProcessedImage process(byte[] upload) {
		if (upload.length > MAX_UPLOAD_BYTES) {
			throw ImageRejected.of(Reason.TOO_LARGE);
		}
		UploadFormat format = UploadFormat.sniff(upload);
		this.decodingSlots.acquireUninterruptibly();
		try {
			return reencode(upload, format);
		}
		finally {
			this.decodingSlots.release();
		}
	}

	private ProcessedImage reencode(byte[] upload, UploadFormat format) {
		int orientation = (format == UploadFormat.JPEG) ? ExifOrientation.of(upload) : ExifOrientation.UPRIGHT;
		BufferedImage decoded = decode(upload, format);
		boolean sideways = orientation >= 5;
		int uprightWidth = sideways ? decoded.getHeight() : decoded.getWidth();
		int uprightHeight = sideways ? decoded.getWidth() : decoded.getHeight();
		BufferedImage upright = decoded;
		boolean transparent = false;
		if (decoded.getColorModel().hasAlpha()) {
			upright = redraw(decoded, orientation, BufferedImage.TYPE_INT_ARGB);
			transparent = hasTranslucentPixel(upright);
		}
		else if (orientation != ExifOrientation.UPRIGHT) {
			upright = redraw(decoded, orientation, OPAQUE);
		}
		int type = transparent ? BufferedImage.TYPE_INT_ARGB : OPAQUE;
		OutputFormat output = transparent ? OutputFormat.PNG : OutputFormat.JPEG;
		// Each size is scaled from the next larger one: cheaper than from the upload, as
		// sharp.
		BufferedImage full = scale(upright, fit(uprightWidth, uprightHeight, FULL_LONG_SIDE), type);
		BufferedImage medium = scale(full, fit(uprightWidth, uprightHeight, MEDIUM_LONG_SIDE), type);
		BufferedImage thumbnail = scale(medium, fit(uprightWidth, uprightHeight, THUMBNAIL_LONG_SIDE), type);
		// An upload no larger than a size is that size as well (scale returns the same
		// image): it is encoded once, not once per size.
		EncodedImage fullEncoded = encode(full, output);
		EncodedImage mediumEncoded = (medium == full) ? fullEncoded : encode(medium, output);
		EncodedImage thumbnailEncoded = (thumbnail == medium) ? mediumEncoded : encode(thumbnail, output);
		return new ProcessedImage(output.contentType, fullEncoded, mediumEncoded, thumbnailEncoded,
				sha256(fullEncoded.bytes()), upload.length);
	}

	/**
	 * Decodes, after checking the dimensions the header declares. Images much larger than
	 * needed are decoded subsampled, so a 40 MP upload never takes 160 MB of memory.
	 */
	private static BufferedImage decode(byte[] upload, UploadFormat format) {
		Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.imageIoName());
		if (!readers.hasNext()) {
			throw ImageRejected.of(Reason.UNSUPPORTED_TYPE);
		}
		ImageReader reader = readers.next();
		try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(upload))) {
			reader.setInput(input, true, true);
			int width = reader.getWidth(0);
			int height = reader.getHeight(0);
			if ((long) width * height > MAX_PIXELS) {
				throw ImageRejected.of(Reason.TOO_MANY_PIXELS);
			}
			if (width < MIN_SIDE || height < MIN_SIDE) {
				throw ImageRejected.of(Reason.TOO_SMALL);
			}
			ImageReadParam param = reader.getDefaultReadParam();
			int step = subsamplingStep(width, height);
			if (step > 1) {
				param.setSourceSubsampling(step, step, 0, 0);
			}
			return reader.read(0, param);
		}
		catch (ImageRejected ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			// Damaged data, or a JPEG the JDK cannot decode (CMYK, 12-bit, arithmetic
			// coding).
			throw ImageRejected.unreadable(ex);
		}
		finally {
			reader.dispose();
		}
	}

	/** Keeps the decode near {@link #MAX_DECODED_PIXELS}, never below the full size. */
	static int subsamplingStep(int width, int height) {
		long pixels = (long) width * height;
		int step = (int) Math.ceil(Math.sqrt((double) pixels / MAX_DECODED_PIXELS));
		int longSide = Math.max(width, height);
		while (step > 1 && longSide / step < FULL_LONG_SIDE) {
			step--;
		}
		return Math.max(1, step);
	}

	/** The size that fits within {@code longSide} on the long side; never enlarged. */
	static Size fit(int width, int height, int longSide) {
		int longer = Math.max(width, height);
		if (longer <= longSide) {
			return new Size(width, height);
		}
		double scale = (double) longSide / longer;
		return new Size(Math.max(1, (int) Math.round(width * scale)), Math.max(1, (int) Math.round(height * scale)));
	}

	/**
	 * Scales down by halving, then one last step. Bilinear filtering reads only four
	 * source pixels per target pixel: one large step would skip most of the source and
	 * show moiré on fabrics and print; halving averages them all.
	 */
	private static BufferedImage scale(BufferedImage source, Size target, int type) {
		BufferedImage current = source;
		int width = source.getWidth();
		int height = source.getHeight();
		while (width / 2 >= target.width() && height / 2 >= target.height()) {
			width /= 2;
			height /= 2;
			current = draw(current, width, height, type);
		}
		if (width != target.width() || height != target.height() || current.getType() != type) {
			current = draw(current, target.width(), target.height(), type);
		}
		return current;
	}

	private static BufferedImage draw(BufferedImage source, int width, int height, int type) {
		BufferedImage target = new BufferedImage(width, height, type);
		Graphics2D graphics = target.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			graphics.drawImage(source, 0, 0, width, height, null);
		}
		finally {
			graphics.dispose();
		}
		return target;
	}

	/** Turns the pixels as the EXIF orientation says, into a plain RGB or ARGB image. */
	private static BufferedImage redraw(BufferedImage source, int orientation, int type) {
		int w = source.getWidth();
		int h = source.getHeight();
		boolean sideways = orientation >= 5;
		BufferedImage target = new BufferedImage(sideways ? h : w, sideways ? w : h, type);
		Graphics2D graphics = target.createGraphics();
		try {
			graphics.drawImage(source, orientationTransform(orientation, w, h), null);
		}
		finally {
			graphics.dispose();
		}
		return target;
	}

	/** Maps stored pixels to upright ones for EXIF orientations 1 to 8. */
	static AffineTransform orientationTransform(int orientation, int w, int h) {
		// new AffineTransform(m00, m10, m01, m11, m02, m12): x' = m00 x + m01 y + m02, y'
		// = m10 x + m11 y + m12
		return switch (orientation) {
			case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0); // mirrored
			case 3 -> new AffineTransform(-1, 0, 0, -1, w, h); // upside down
			case 4 -> new AffineTransform(1, 0, 0, -1, 0, h); // mirrored upside down
			case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0); // mirrored, on its left side
			case 6 -> new AffineTransform(0, 1, -1, 0, h, 0); // turn 90° clockwise
			case 7 -> new AffineTransform(0, -1, -1, 0, h, w); // mirrored, on its right
																// side
			case 8 -> new AffineTransform(0, -1, 1, 0, 0, w); // turn 90°
																// counter-clockwise
			default -> new AffineTransform();
		};
	}

	/**
	 * Many PNG product shots carry an alpha channel without using it; those are better
	 * served as JPEG, a fraction of the bytes.
	 */
	private static boolean hasTranslucentPixel(BufferedImage argb) {
		for (int pixel : ((DataBufferInt) argb.getRaster().getDataBuffer()).getData()) {
			if ((pixel >>> 24) != 0xFF) {
				return true;
			}
		}
		return false;
	}

	private static EncodedImage encode(BufferedImage image, OutputFormat format) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName(format.imageIoName).next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
			writer.setOutput(output);
			ImageWriteParam param = writer.getDefaultWriteParam();
			if (format == OutputFormat.JPEG) {
				param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				param.setCompressionQuality(JPEG_QUALITY);
			}
			// No metadata passed: the JPEG gets a bare JFIF header, the PNG no text
			// chunks.
			writer.write(null, new IIOImage(image, null, null), param);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writer.dispose();
		}
		return new EncodedImage(bytes.toByteArray(), image.getWidth(), image.getHeight(), webp(image));
	}

	/**
	 * The image as lossy WebP (with its transparency, if any), by libwebp through
	 * webp-imageio; null where the encoder is missing or its native library cannot load
	 * on this platform: the image is then offered as JPEG or PNG alone.
	 */
	static byte[] webp(BufferedImage image) {
		Iterator<ImageWriter> writers = ImageIO.getImageWritersByMIMEType("image/webp");
		if (!writers.hasNext()) {
			return null;
		}
		ImageWriter writer = writers.next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
			writer.setOutput(output);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionType("Lossy");
			param.setCompressionQuality(WEBP_QUALITY);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		catch (IOException | RuntimeException | LinkageError ex) {
			logger.warn("No WebP copy of an image: {}", ex.toString());
			return null;
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JDK has SHA-256", ex);
		}
	}

	record Size(int width, int height) {
	}

	private enum OutputFormat {

		JPEG("jpeg", "image/jpeg"), PNG("png", "image/png");

		private final String imageIoName;

		private final String contentType;

		OutputFormat(String imageIoName, String contentType) {
			this.imageIoName = imageIoName;
			this.contentType = contentType;
		}

	}

}
