package kr.valuemall.promotion;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A QR code of a URL as a black-on-white PNG, sharp enough to print: each module is
 * {@value #MODULE_PIXELS} pixels, with the four-module quiet zone the standard asks for.
 * Error correction M, so a smudge or a fold still scans.
 */
final class StoreQrCode {

	static final int MODULE_PIXELS = 10;

	static final int QUIET_ZONE_MODULES = 4;

	private StoreQrCode() {
	}

	static byte[] png(String url) {
		BitMatrix modules = encode(url);
		int size = modules.getWidth() * MODULE_PIXELS;
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
		for (int y = 0; y < size; y++) {
			for (int x = 0; x < size; x++) {
				boolean dark = modules.get(x / MODULE_PIXELS, y / MODULE_PIXELS);
				image.setRGB(x, y, dark ? 0x000000 : 0xFFFFFF);
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** One bit per module, quiet zone included (width 0 asks for the smallest size). */
	private static BitMatrix encode(String url) {
		try {
			return new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN,
							QUIET_ZONE_MODULES, EncodeHintType.CHARACTER_SET, "UTF-8"));
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Cannot encode " + url + " as a QR code", ex);
		}
	}

}
