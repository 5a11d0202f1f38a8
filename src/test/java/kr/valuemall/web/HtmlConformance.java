package kr.valuemall.web;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker (the engine behind validator.w3.org/nu) in this JVM: the HTML
 * schema is read once, then each page is parsed and checked in a few milliseconds. Only
 * errors count; warnings (such as "consider adding a lang attribute") are advice.
 */
final class HtmlConformance {

	/** The schema the checker's own command line and web service use for text/html. */
	private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

	private final SimpleDocumentValidator validator;

	private final Collector collector = new Collector();

	HtmlConformance() {
		try {
			// log4j set up by the checker, no logging of fetched URLs, no language
			// guessing
			this.validator = new SimpleDocumentValidator(true, false, false);
			this.validator.setUpMainSchema(HTML_SCHEMA, this.collector);
			this.validator.setUpValidatorAndParsers(this.collector, false, false);
		}
		catch (Exception ex) {
			throw new IllegalStateException("The Nu Html Checker could not load its HTML schema", ex);
		}
	}

	/** Every error in the document, as "line:column message". */
	synchronized List<String> errors(String html, String url) {
		this.collector.errors.clear();
		InputSource source = new InputSource(new StringReader(html));
		source.setSystemId(url);
		source.setEncoding("UTF-8");
		try {
			this.validator.checkHtmlInputSource(source);
		}
		catch (Exception ex) {
			this.collector.errors.add("checker stopped: " + ex.getMessage());
		}
		return List.copyOf(this.collector.errors);
	}

	private static final class Collector implements ErrorHandler {

		final List<String> errors = new ArrayList<>();

		@Override
		public void warning(SAXParseException exception) {
		}

		@Override
		public void error(SAXParseException exception) {
			this.errors
				.add(exception.getLineNumber() + ":" + exception.getColumnNumber() + " " + exception.getMessage());
		}

		@Override
		public void fatalError(SAXParseException exception) {
			error(exception);
		}

	}

}
