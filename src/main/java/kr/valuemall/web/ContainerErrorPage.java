package kr.valuemall.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What Tomcat refuses before the mall sees the request (a NUL or an overlong UTF-8 byte
 * in the address, a request line or headers past its limits) is answered by Tomcat's own
 * error report, a page in English with the container's look. This gives that report the
 * mall's page instead: a plain page in Korean (with one English line) and the mall's
 * stylesheet, read by Tomcat from a file, since no template can run there.
 */
@Component
class ContainerErrorPage implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	static final String PAGE = "container/error.html";

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		Path page = copyToFile();
		factory.addContextCustomizers((context) -> {
			// one report valve on the host: Boot's (or Tomcat's default) replaced by one
			// that knows the page
			for (Valve valve : context.getParent().getPipeline().getValves()) {
				if (valve instanceof ErrorReportValve) {
					context.getParent().getPipeline().removeValve(valve);
				}
			}
			ErrorReportValve valve = new ErrorReportValve();
			valve.setShowReport(false);
			valve.setShowServerInfo(false);
			// errorCode.0: every status without a page of its own
			valve.setProperty("errorCode.0", page.toAbsolutePath().toString());
			context.getParent().getPipeline().addValve(valve);
		});
	}

	/** Runs after Boot's own customizer, whose valve it replaces. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	private static Path copyToFile() {
		try (InputStream in = new ClassPathResource(PAGE).getInputStream()) {
			Path file = Files.createTempFile("valuemall-error-", ".html");
			file.toFile().deleteOnExit();
			Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
