package kr.valuemall.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;

import kr.valuemall.shared.UploadRefused.Reason;

/**
 * Checks an uploaded PDF (a seller's registration certificate) and keeps a flattened copy
 * of it, which is what staff later open. A PDF can carry JavaScript, actions that launch
 * a program, and whole files inside it; a certificate needs none of them, so a PDF with
 * any is refused. The copy keeps the pages' content and drops everything interactive:
 * annotations and links, form fields (their values drawn into the page first), actions on
 * opening, the document's name tree, metadata and any encryption. Read with Apache
 * PDFBox, in memory only.
 */
public final class UploadedPdfs {

	/** A certificate is one or two pages; a long PDF is not one. */
	public static final int MAX_PAGES = 20;

	/** What a 10 MB PDF may take in memory while it is read. */
	private static final long MAX_MEMORY_BYTES = 64L * 1024 * 1024;

	/** More objects than this is not a certificate, and not worth walking. */
	private static final int MAX_OBJECTS = 200_000;

	/** Action types that run something or reach outside the document. */
	private static final Set<COSName> ACTIVE_ACTIONS = Set.of(COSName.getPDFName("JavaScript"),
			COSName.getPDFName("Launch"), COSName.getPDFName("GoToE"), COSName.getPDFName("ImportData"),
			COSName.getPDFName("SubmitForm"), COSName.getPDFName("Rendition"), COSName.getPDFName("RichMediaExecute"));

	/** Keys that hold a script, an embedded file or an XFA form, wherever they are. */
	private static final Set<COSName> ACTIVE_KEYS = Set.of(COSName.JS, COSName.JAVA_SCRIPT, COSName.EMBEDDED_FILES,
			COSName.EF, COSName.getPDFName("XFA"), COSName.getPDFName("RichMediaContent"));

	private static final Set<COSName> ACTIVE_TYPES = Set.of(COSName.EMBEDDED_FILE, COSName.FILESPEC,
			COSName.getPDFName("FileAttachment"), COSName.getPDFName("RichMedia"), COSName.getPDFName("Sound"),
			COSName.getPDFName("Movie"), COSName.getPDFName("Screen"));

	private UploadedPdfs() {
	}

	/**
	 * The flattened copy of a PDF without active content.
	 * @param upload the bytes as uploaded
	 * @return the copy to store
	 * @throws UploadRefused when it cannot be read, needs a password, has more than
	 * {@value #MAX_PAGES} pages, or carries JavaScript, launch actions or embedded files
	 */
	public static byte[] flatten(byte[] upload) {
		try (PDDocument document = Loader.loadPDF(upload, "", null, null,
				MemoryUsageSetting.setupMainMemoryOnly(MAX_MEMORY_BYTES).streamCache)) {
			if (document.getNumberOfPages() == 0) {
				throw new UploadRefused(Reason.PDF_UNREADABLE, "no pages", null);
			}
			if (document.getNumberOfPages() > MAX_PAGES) {
				throw new UploadRefused(Reason.PDF_TOO_MANY_PAGES, document.getNumberOfPages() + " pages", null);
			}
			String active = activeContent(document.getDocument().getTrailer());
			if (active != null) {
				throw new UploadRefused(Reason.PDF_ACTIVE_CONTENT, active, null);
			}
			return flattened(document);
		}
		catch (InvalidPasswordException ex) {
			throw new UploadRefused(Reason.PDF_ENCRYPTED, null, ex);
		}
		catch (UploadRefused ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw new UploadRefused(Reason.PDF_UNREADABLE, ex.getMessage(), ex);
		}
	}

	/**
	 * What active content the document holds, or null: every object reachable from the
	 * trailer is visited (stream dictionaries, not their data), so an action nested in an
	 * outline, a page, an annotation or a form field is found as well as one at the top.
	 */
	static String activeContent(COSDictionary trailer) {
		Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		Deque<COSBase> pending = new ArrayDeque<>();
		pending.push(trailer);
		while (!pending.isEmpty()) {
			COSBase next = pending.pop();
			if (next instanceof COSObject reference) {
				next = reference.getObject();
			}
			if (next == null || !seen.add(next)) {
				continue;
			}
			if (seen.size() > MAX_OBJECTS) {
				throw new UploadRefused(Reason.PDF_UNREADABLE, "more than " + MAX_OBJECTS + " objects", null);
			}
			if (next instanceof COSDictionary dictionary) {
				for (COSName key : dictionary.keySet()) {
					if (ACTIVE_KEYS.contains(key)) {
						return "/" + key.getName();
					}
				}
				COSBase action = dictionary.getDictionaryObject(COSName.S);
				if (action instanceof COSName name && ACTIVE_ACTIONS.contains(name)) {
					return "action /" + name.getName();
				}
				for (COSName typeKey : List.of(COSName.TYPE, COSName.SUBTYPE)) {
					if (dictionary.getDictionaryObject(typeKey) instanceof COSName type && ACTIVE_TYPES.contains(type)
							&& !isPlainFileName(dictionary, type)) {
						return "/" + type.getName();
					}
				}
				for (COSBase value : dictionary.getValues()) {
					pending.push(value);
				}
			}
			else if (next instanceof COSArray array) {
				for (COSBase value : array) {
					pending.push(value);
				}
			}
		}
		return null;
	}

	/**
	 * A file specification that only names a file (as a font or an image may) embeds
	 * nothing; one with /EF is caught by its key.
	 */
	private static boolean isPlainFileName(COSDictionary dictionary, COSName type) {
		return type.equals(COSName.FILESPEC) && !dictionary.containsKey(COSName.EF);
	}

	private static byte[] flattened(PDDocument document) throws IOException {
		PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
		if (form != null) {
			try {
				// The values typed into a form become part of the page before the form
				// goes.
				form.flatten();
			}
			catch (IOException | RuntimeException ex) {
				// A form that cannot be drawn loses its values; the page itself remains.
			}
		}
		COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
		for (COSName key : List.copyOf(catalog.keySet())) {
			if (!key.equals(COSName.TYPE) && !key.equals(COSName.PAGES)) {
				catalog.removeItem(key);
			}
		}
		for (PDPage page : document.getPages()) {
			COSDictionary dictionary = page.getCOSObject();
			dictionary.removeItem(COSName.ANNOTS);
			dictionary.removeItem(COSName.AA);
			dictionary.removeItem(COSName.B);
			dictionary.removeItem(COSName.getPDFName("PieceInfo"));
			dictionary.removeItem(COSName.METADATA);
		}
		document.setDocumentInformation(new PDDocumentInformation());
		document.setAllSecurityToBeRemoved(true);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		document.save(bytes);
		return bytes.toByteArray();
	}

}
