package kr.valuemall.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.BrotliOutputStream;
import com.aayushatharva.brotli4j.encoder.Encoder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Pages, feeds and sitemaps in brotli for browsers that accept it (every current one over
 * HTTPS), else in gzip. Tomcat's own gzip ({@code server.compression}) was found to leave
 * the pages uncompressed (it gzipped only the static files), so both codings are done
 * here, streamed; Tomcat leaves alone a response that already has a Content-Encoding. A
 * visitors' page sent from its shared copy goes out in gzip from pieces deflated once
 * ({@link GzipPieces}). Static files are compressed once, by
 * {@link CompressedStaticFiles}. Where the native brotli library cannot load (a platform
 * brotli4j has no build for) pages go out in gzip.
 */
class BrotliResponses extends OncePerRequestFilter {

	/**
	 * The kinds of body worth compressing; images and downloads are compressed already.
	 */
	static final Set<String> COMPRESSIBLE = Set.of("text/html", "text/css", "text/javascript", "application/javascript",
			"application/json", "application/xml", "text/xml", "text/plain", "text/csv", "text/tab-separated-values",
			"image/svg+xml", "application/rss+xml", "application/atom+xml");

	/**
	 * Below this a compressed body saves less than its headers cost (Tomcat's default
	 * too).
	 */
	static final int MIN_SIZE = 1024;

	/**
	 * Quality 2 of 11 for a page compressed as it is sent. Measured on an 18 KB product
	 * page, 32 threads on two cores: quality 4 took 189 us of CPU for 5,720 bytes, and
	 * was a sixth of the mall's CPU under a product-page load; quality 2 takes 94 us for
	 * 6,143 bytes. The higher levels cost many times the CPU for a few per cent, worth it
	 * only for static files compressed once ({@link CompressedStaticFiles}) and for the
	 * pieces of a shared copy ({@link GzipPieces}).
	 */
	private static final int QUALITY = 2;

	/**
	 * Level 2 of 9 for gzip, by the same measure: 80 us for 6,181 bytes against level 6's
	 * (the JDK's default) 150 us for 5,672.
	 */
	private static final int GZIP_LEVEL = 2;

	private final boolean available = Brotli4jLoader.isAvailable();

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return coding(request) == null || "HEAD".equals(request.getMethod())
				|| StaticFileLinks.isStaticFile(request.getRequestURI());
	}

	/** br or gzip as the browser accepts them, brotli first; null for neither. */
	private String coding(HttpServletRequest request) {
		String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		if (this.available && accepts(accepted, "br")) {
			return "br";
		}
		return accepts(accepted, "gzip") ? "gzip" : null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		BrotliResponse brotli = new BrotliResponse(request, response, coding(request),
				accepts(request.getHeader(HttpHeaders.ACCEPT_ENCODING), "gzip"));
		try {
			chain.doFilter(request, brotli);
		}
		finally {
			brotli.finish();
		}
	}

	/**
	 * gzip at {@link #GZIP_LEVEL} instead of the JDK's default, for every page compressed
	 * as it is sent ({@link GzipPieces} too, when a body turns out not to be its pieces).
	 */
	static final class LightGzip extends GZIPOutputStream {

		LightGzip(OutputStream out) throws IOException {
			super(out, 8192);
			this.def.setLevel(GZIP_LEVEL);
		}

	}

	/** Whether an Accept-Encoding header accepts this coding (listed without q=0). */
	static boolean accepts(String acceptEncoding, String coding) {
		if (acceptEncoding == null) {
			return false;
		}
		for (String part : acceptEncoding.split(",")) {
			String[] pieces = part.split(";");
			if (pieces[0].strip().equalsIgnoreCase(coding)) {
				for (int i = 1; i < pieces.length; i++) {
					String parameter = pieces[i].strip().toLowerCase(Locale.ROOT).replace(" ", "");
					if (parameter.matches("q=0(\\.0*)?")) {
						return false;
					}
				}
				return true;
			}
		}
		return false;
	}

	static boolean compressible(String contentType) {
		if (contentType == null) {
			return false;
		}
		int semicolon = contentType.indexOf(';');
		String type = ((semicolon >= 0) ? contentType.substring(0, semicolon) : contentType).strip()
			.toLowerCase(Locale.ROOT);
		return COMPRESSIBLE.contains(type);
	}

	/**
	 * Decides at the first byte of the body: a compressible type without a
	 * Content-Encoding and not known to be small goes out in brotli, streamed; anything
	 * else untouched. A Content-Length set before the body is held back until then, since
	 * a compressed body has another length.
	 */
	private static final class BrotliResponse extends HttpServletResponseWrapper {

		private long declaredLength = -1;

		private boolean decided;

		private OutputStream target;

		private ServletOutputStream stream;

		private PrintWriter writer;

		private final HttpServletRequest request;

		private final String coding;

		private final boolean gzipAccepted;

		BrotliResponse(HttpServletRequest request, HttpServletResponse response, String coding, boolean gzipAccepted) {
			super(response);
			this.request = request;
			this.coding = coding;
			this.gzipAccepted = gzipAccepted;
		}

		@Override
		public void setContentLength(int length) {
			setContentLengthLong(length);
		}

		@Override
		public void setContentLengthLong(long length) {
			if (this.decided) {
				if (this.target == null) {
					super.setContentLengthLong(length);
				}
			}
			else {
				this.declaredLength = length;
			}
		}

		@Override
		public void setHeader(String name, String value) {
			if (HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
				setContentLengthLong((value != null) ? Long.parseLong(value.strip()) : -1);
			}
			else {
				super.setHeader(name, value);
			}
		}

		@Override
		public void addHeader(String name, String value) {
			if (HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
				setHeader(name, value);
			}
			else {
				super.addHeader(name, value);
			}
		}

		@Override
		public void setIntHeader(String name, int value) {
			if (HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
				setContentLengthLong(value);
			}
			else {
				super.setIntHeader(name, value);
			}
		}

		@Override
		public void addIntHeader(String name, int value) {
			if (HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
				setContentLengthLong(value);
			}
			else {
				super.addIntHeader(name, value);
			}
		}

		@Override
		public void reset() {
			super.reset();
			if (this.target == null) {
				this.decided = false;
				this.declaredLength = -1;
			}
		}

		private OutputStream body() throws IOException {
			if (!this.decided) {
				this.decided = true;
				if (compressible(getContentType()) && getHeader(HttpHeaders.CONTENT_ENCODING) == null
						&& (this.declaredLength < 0 || this.declaredLength >= MIN_SIZE) && !isCommitted()) {
					// A shared copy's pieces were deflated beforehand: gzip, which
					// every browser that takes brotli takes too.
					GzipPieces pieces = this.gzipAccepted ? GzipPieces.of(this.request) : null;
					String chosen = (pieces != null) ? "gzip" : this.coding;
					super.setHeader(HttpHeaders.CONTENT_ENCODING, chosen);
					super.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
					String etag = getHeader(HttpHeaders.ETAG);
					if (etag != null && !etag.startsWith("W/")) {
						// Another body than the one the strong ETag names: weak, as
						// Tomcat
						// does when it gzips.
						super.setHeader(HttpHeaders.ETAG, "W/" + etag);
					}
					this.target = (pieces != null)
							? new GzipPieces.Stream(pieces, super.getOutputStream(), this::compressedLength)
							: "br".equals(chosen)
									? new BrotliOutputStream(super.getOutputStream(),
											new Encoder.Parameters().setQuality(QUALITY))
									: new LightGzip(super.getOutputStream());
				}
				else if (this.declaredLength >= 0) {
					super.setContentLengthLong(this.declaredLength);
				}
			}
			return (this.target != null) ? this.target : super.getOutputStream();
		}

		/** The length of a body compressed whole before any of it is sent. */
		private void compressedLength(long length) {
			if (!isCommitted()) {
				super.setContentLengthLong(length);
			}
		}

		@Override
		public ServletOutputStream getOutputStream() {
			if (this.writer != null) {
				throw new IllegalStateException("getWriter() has already been called");
			}
			return stream();
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			if (this.writer == null) {
				if (this.stream != null) {
					throw new IllegalStateException("getOutputStream() has already been called");
				}
				this.writer = new PrintWriter(new OutputStreamWriter(stream(), getCharacterEncoding()));
			}
			return this.writer;
		}

		private ServletOutputStream stream() {
			if (this.stream == null) {
				this.stream = new ServletOutputStream() {

					@Override
					public void write(int b) throws IOException {
						body().write(b);
					}

					@Override
					public void write(byte[] bytes, int offset, int length) throws IOException {
						body().write(bytes, offset, length);
					}

					@Override
					public void flush() throws IOException {
						if (BrotliResponse.this.decided) {
							body().flush();
						}
					}

					@Override
					public boolean isReady() {
						return true;
					}

					@Override
					public void setWriteListener(WriteListener listener) {
						throw new UnsupportedOperationException("brotli responses are written blocking");
					}

				};
			}
			return this.stream;
		}

		@Override
		public void flushBuffer() throws IOException {
			if (this.writer != null) {
				this.writer.flush();
			}
			if (this.stream != null) {
				this.stream.flush();
			}
			if (!(this.target instanceof GzipPieces.Stream)) {
				// A body of pieces goes out whole at the end, with its length.
				super.flushBuffer();
			}
		}

		/** Ends the brotli stream, or passes on a length held back for an empty body. */
		void finish() throws IOException {
			if (this.writer != null) {
				this.writer.flush();
			}
			if (this.target != null) {
				this.target.close();
			}
			else if (!this.decided && this.declaredLength >= 0 && !isCommitted()) {
				super.setContentLengthLong(this.declaredLength);
			}
		}

	}

}
