package kr.valuemall.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.resource.HttpResource;
import org.springframework.web.servlet.resource.ResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;

/**
 * Stylesheets, scripts and SVG images compressed once, at their best (brotli at quality
 * 11, gzip at level 9), and kept in memory: a file is answered in brotli when the browser
 * accepts it, else gzip, else as it is, without compressing it again per request as
 * Tomcat's gzip would. The same idea as Spring's EncodedResourceResolver with files
 * compressed at build time, without a build step: the mall's static files are few and
 * small.
 */
class CompressedStaticFiles implements ResourceResolver {

	private static final Set<String> TEXT = Set.of("css", "js", "svg", "txt", "json", "xml", "map");

	private final boolean brotli = Brotli4jLoader.isAvailable();

	private final Map<String, byte[]> compressed = new ConcurrentHashMap<>();

	@Override
	public Resource resolveResource(HttpServletRequest request, String requestPath, List<? extends Resource> locations,
			ResourceResolverChain chain) {
		Resource resource = chain.resolveResource(request, requestPath, locations);
		if (resource == null || request == null) {
			return resource;
		}
		String extension = StringUtils.getFilenameExtension(resource.getFilename());
		if (extension == null || !TEXT.contains(extension.toLowerCase(Locale.ROOT))) {
			return resource;
		}
		String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		String coding = (this.brotli && BrotliResponses.accepts(accepted, "br")) ? "br"
				: BrotliResponses.accepts(accepted, "gzip") ? "gzip" : null;
		if (coding == null) {
			return new Encoded(resource, null, null);
		}
		try {
			String key = coding + " " + resource.getURL();
			return new Encoded(resource, coding,
					this.compressed.computeIfAbsent(key, (k) -> compress(resource, coding)));
		}
		catch (IOException ex) {
			return resource;
		}
	}

	@Override
	public String resolveUrlPath(String resourcePath, List<? extends Resource> locations, ResourceResolverChain chain) {
		return chain.resolveUrlPath(resourcePath, locations);
	}

	private static byte[] compress(Resource resource, String coding) {
		try (InputStream in = resource.getInputStream()) {
			byte[] plain = in.readAllBytes();
			if ("br".equals(coding)) {
				return Encoder.compress(plain, new Encoder.Parameters().setQuality(11));
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 3 + 64);
			try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
				{
					this.def.setLevel(Deflater.BEST_COMPRESSION);
				}
			}) {
				gzip.write(plain);
			}
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A static file's body in one coding (or as it is, when the browser accepts none),
	 * with the headers that say so; the name, date and other headers are the file's.
	 */
	static final class Encoded extends AbstractResource implements HttpResource {

		private final Resource original;

		private final String coding;

		private final byte[] body;

		Encoded(Resource original, String coding, byte[] body) {
			this.original = original;
			this.coding = coding;
			this.body = body;
		}

		@Override
		public InputStream getInputStream() throws IOException {
			return (this.body != null) ? new ByteArrayInputStream(this.body) : this.original.getInputStream();
		}

		@Override
		public boolean exists() {
			return true;
		}

		@Override
		public boolean isReadable() {
			return true;
		}

		@Override
		public long contentLength() throws IOException {
			return (this.body != null) ? this.body.length : this.original.contentLength();
		}

		@Override
		public long lastModified() throws IOException {
			return this.original.lastModified();
		}

		@Override
		public String getFilename() {
			return this.original.getFilename();
		}

		@Override
		public java.net.URL getURL() throws IOException {
			return this.original.getURL();
		}

		@Override
		public Resource createRelative(String relativePath) throws IOException {
			return this.original.createRelative(relativePath);
		}

		@Override
		public String getDescription() {
			return this.original.getDescription() + ((this.coding != null) ? " (" + this.coding + ")" : "");
		}

		@Override
		public HttpHeaders getResponseHeaders() {
			HttpHeaders headers = new HttpHeaders();
			if (this.original instanceof HttpResource http) {
				headers.putAll(http.getResponseHeaders());
			}
			if (this.coding != null) {
				headers.set(HttpHeaders.CONTENT_ENCODING, this.coding);
			}
			headers.add(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
			return headers;
		}

	}

}
