package kr.valuemall.shared;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;

/**
 * Uploads as sellers and staff send them: a certificate PDF (real, one page), one that
 * runs JavaScript on opening, a scanned certificate as PNG.
 */
public final class TestDocuments {

	public static final String CERTIFICATE_TEXT = "Business registration 123-45-67890";

	private TestDocuments() {
	}

	/** A one-page certificate with a line of text. */
	public static byte[] certificatePdf() {
		return pdf((document) -> {
		});
	}

	/** The same certificate, with JavaScript that runs when it is opened. */
	public static byte[] certificatePdfWithJavaScript() {
		return pdf((document) -> document.getDocumentCatalog()
			.setOpenAction(new PDActionJavaScript("app.launchURL('https://evil.example/')")));
	}

	/** A scan as PNG, width × height pixels. */
	public static byte[] scanPng(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.WHITE);
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(Color.DARK_GRAY);
		graphics.fillRect(width / 10, height / 10, width / 2, height / 20 + 1);
		graphics.dispose();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", bytes);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return bytes.toByteArray();
	}

	/** A one-page certificate with a line of text, changed as a test needs. */
	static byte[] pdf(Consumer<PDDocument> change) {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(50, 700);
				content.showText(CERTIFICATE_TEXT);
				content.endText();
			}
			change.accept(document);
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			document.save(bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
