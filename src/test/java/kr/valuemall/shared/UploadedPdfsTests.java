package kr.valuemall.shared;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import kr.valuemall.shared.UploadRefused.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Registration certificates as PDFs: a plain one is kept as a flattened copy with its
 * text; one with JavaScript, a launch action or an embedded file is refused wherever in
 * the document it hides; one that needs a password to open is refused.
 */
class UploadedPdfsTests {

	private static final String TEXT = TestDocuments.CERTIFICATE_TEXT;

	@Test
	void aPlainCertificateIsKeptWithItsTextButWithoutLinksOrMetadata() throws IOException {
		byte[] upload = pdf((document) -> {
			PDAnnotationLink link = link(document);
			PDActionURI uri = new PDActionURI();
			uri.setURI("https://www.hometax.go.kr");
			link.setAction(uri);
			document.getDocumentInformation().setAuthor("김대표 (010-1234-5678)");
		});

		byte[] copy = UploadedPdfs.flatten(upload);

		try (PDDocument flattened = Loader.loadPDF(copy)) {
			assertThat(flattened.getNumberOfPages()).isEqualTo(1);
			assertThat(new PDFTextStripper().getText(flattened)).contains(TEXT);
			assertThat(flattened.getPage(0).getAnnotations()).isEmpty();
			assertThat(flattened.getDocumentInformation().getAuthor()).isNull();
			assertThat(flattened.isEncrypted()).isFalse();
		}
	}

	@Test
	void javaScriptRunOnOpeningIsRefused() {
		assertRefused(
				pdf((document) -> document.getDocumentCatalog()
					.setOpenAction(new PDActionJavaScript("app.launchURL('https://evil.example/')"))),
				Reason.PDF_ACTIVE_CONTENT);
	}

	@Test
	void javaScriptHiddenInABookmarkIsRefused() {
		assertRefused(pdf((document) -> {
			PDDocumentOutline outline = new PDDocumentOutline();
			PDOutlineItem item = new PDOutlineItem();
			item.setTitle("1쪽");
			item.setAction(new PDActionJavaScript("this.exportDataObject({cName: 'a'})"));
			outline.addLast(item);
			document.getDocumentCatalog().setDocumentOutline(outline);
		}), Reason.PDF_ACTIVE_CONTENT);
	}

	@Test
	void aLinkThatLaunchesAProgramIsRefused() {
		assertRefused(pdf((document) -> {
			PDActionLaunch launch = new PDActionLaunch();
			launch.setFile(new PDSimpleFileSpecification(new COSString("cmd.exe")));
			link(document).setAction(launch);
		}), Reason.PDF_ACTIVE_CONTENT);
	}

	@Test
	void anEmbeddedFileIsRefused() {
		assertRefused(pdf((document) -> {
			try {
				PDComplexFileSpecification file = new PDComplexFileSpecification();
				file.setFile("invoice.exe");
				file.setEmbeddedFile(new PDEmbeddedFile(document,
						new ByteArrayInputStream("MZ not a certificate".getBytes(StandardCharsets.US_ASCII))));
				PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
				files.setNames(Map.of("invoice.exe", file));
				PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
				names.setEmbeddedFiles(files);
				document.getDocumentCatalog().setNames(names);
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}), Reason.PDF_ACTIVE_CONTENT);
	}

	@Test
	void aPdfThatNeedsAPasswordIsRefusedAndOneOnlyRestrictedIsKeptWithoutIt() throws IOException {
		assertRefused(pdf((document) -> protect(document, "secret")), Reason.PDF_ENCRYPTED);

		byte[] copy = UploadedPdfs.flatten(pdf((document) -> protect(document, "")));
		try (PDDocument flattened = Loader.loadPDF(copy)) {
			assertThat(flattened.isEncrypted()).isFalse();
			assertThat(new PDFTextStripper().getText(flattened)).contains(TEXT);
		}
	}

	@Test
	void aFileThatOnlyStartsLikeAPdfIsRefused() {
		assertRefused("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), Reason.PDF_UNREADABLE);
		assertRefused("%PDF-1.7\n<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII), Reason.PDF_UNREADABLE);
	}

	@Test
	void aLongDocumentIsRefused() {
		assertRefused(pdf((document) -> {
			for (int i = 0; i < UploadedPdfs.MAX_PAGES; i++) {
				document.addPage(new PDPage(PDRectangle.A4));
			}
		}), Reason.PDF_TOO_MANY_PAGES);
	}

	private static void assertRefused(byte[] upload, Reason reason) {
		assertThatExceptionOfType(UploadRefused.class).isThrownBy(() -> UploadedPdfs.flatten(upload))
			.satisfies((refusal) -> assertThat(refusal.reason()).isEqualTo(reason));
	}

	private static byte[] pdf(Consumer<PDDocument> change) {
		return TestDocuments.pdf(change);
	}

	private static PDAnnotationLink link(PDDocument document) {
		PDAnnotationLink link = new PDAnnotationLink();
		link.setRectangle(new PDRectangle(50, 650, 200, 20));
		try {
			document.getPage(0).getAnnotations().add(link);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return link;
	}

	private static void protect(PDDocument document, String userPassword) {
		StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword,
				new AccessPermission());
		policy.setEncryptionKeyLength(128);
		try {
			document.protect(policy);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
