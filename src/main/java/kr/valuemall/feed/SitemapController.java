package kr.valuemall.feed;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.ServletWebRequest;

import kr.valuemall.catalog.CategoryMenu;
import kr.valuemall.catalog.CategoryView;
import kr.valuemall.catalog.ListingFeed;
import kr.valuemall.promotion.CampaignPages;
import kr.valuemall.promotion.CampaignPages.CampaignPage;
import kr.valuemall.web.SiteLinks;

/**
 * {@code /sitemap.xml}: the home page, categories, running and upcoming campaigns, stores
 * with live listings and every live listing, with when each last changed.
 * <p>
 * One file holds at most {@code valuemall.feed.sitemap-urls-per-file} URLs (the protocol
 * allows 50,000). Above that, {@code /sitemap.xml} is an index of
 * {@code /sitemap-static.xml} (home, categories, campaigns, stores) and
 * {@code /sitemap-products-1.xml}, {@code -2}, … with the listings in id order.
 */
@Controller
class SitemapController {

	static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

	static final String XML = "application/xml";

	private static final XMLOutputFactory XML_OUTPUT = XMLOutputFactory.newFactory();

	private final ListingFeed listings;

	private final CategoryMenu categories;

	private final CampaignPages campaigns;

	private final SiteLinks site;

	private final FeedProperties properties;

	SitemapController(ListingFeed listings, CategoryMenu categories, CampaignPages campaigns, SiteLinks site,
			FeedProperties properties) {
		this.listings = listings;
		this.categories = categories;
		this.campaigns = campaigns;
		this.site = site;
		this.properties = properties;
	}

	@GetMapping("/sitemap.xml")
	void sitemap(ServletWebRequest request, HttpServletResponse response) throws IOException, XMLStreamException {
		ListingFeed.FeedVersion version = this.listings.version();
		List<CampaignPage> campaignPages = this.campaigns.listed();
		if (FeedResponses.notModified(request, response,
				"sitemap-" + version.token() + "-" + campaignPages.hashCode())) {
			return;
		}
		List<ListingFeed.LiveStore> stores = this.listings.liveStores();
		long staticUrls = 1 + categoryCount() + campaignPages.size() + stores.size();
		int perFile = this.properties.sitemapUrlsPerFile();
		try (OutputStream out = FeedResponses.body(response, XML)) {
			XMLStreamWriter xml = start(out);
			if (staticUrls + version.liveListings() <= perFile) {
				xml.writeStartElement("urlset");
				xml.writeDefaultNamespace(NS);
				writeStaticUrls(xml, campaignPages, stores);
				this.listings.forEachLive((listing) -> url(xml, listing.path(), listing.updatedAt()));
			}
			else {
				xml.writeStartElement("sitemapindex");
				xml.writeDefaultNamespace(NS);
				sitemap(xml, "/sitemap-static.xml");
				for (int page = 1; page <= productFiles(version.liveListings()); page++) {
					sitemap(xml, "/sitemap-products-" + page + ".xml");
				}
			}
			end(xml);
		}
	}

	@GetMapping("/sitemap-static.xml")
	void staticSitemap(ServletWebRequest request, HttpServletResponse response) throws IOException, XMLStreamException {
		List<CampaignPage> campaignPages = this.campaigns.listed();
		if (FeedResponses.notModified(request, response,
				"sitemap-static-" + this.listings.version().token() + "-" + campaignPages.hashCode())) {
			return;
		}
		try (OutputStream out = FeedResponses.body(response, XML)) {
			XMLStreamWriter xml = start(out);
			xml.writeStartElement("urlset");
			xml.writeDefaultNamespace(NS);
			writeStaticUrls(xml, campaignPages, this.listings.liveStores());
			end(xml);
		}
	}

	@GetMapping("/sitemap-products-{page:\\d{1,6}}.xml")
	void productSitemap(@PathVariable int page, ServletWebRequest request, HttpServletResponse response)
			throws IOException, XMLStreamException {
		ListingFeed.FeedVersion version = this.listings.version();
		if (page < 1 || page > productFiles(version.liveListings())) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		if (FeedResponses.notModified(request, response, "sitemap-products-" + page + "-" + version.token())) {
			return;
		}
		try (OutputStream out = FeedResponses.body(response, XML)) {
			XMLStreamWriter xml = start(out);
			xml.writeStartElement("urlset");
			xml.writeDefaultNamespace(NS);
			this.listings.forEachLiveLink(page - 1, this.properties.sitemapUrlsPerFile(),
					(link) -> url(xml, link.path(), link.updatedAt()));
			end(xml);
		}
	}

	private long productFiles(long liveListings) {
		int perFile = this.properties.sitemapUrlsPerFile();
		return Math.max(1, (liveListings + perFile - 1) / perFile);
	}

	private int categoryCount() {
		return this.categories.topLevel().stream().mapToInt((top) -> 1 + top.children().size()).sum();
	}

	private void writeStaticUrls(XMLStreamWriter xml, List<CampaignPage> campaignPages,
			List<ListingFeed.LiveStore> stores) {
		Map<String, Instant> categoryChanges = this.listings.lastChangeByCategory();
		Instant newest = categoryChanges.values().stream().max(Instant::compareTo).orElse(null);
		url(xml, "/", newest);
		for (CategoryView top : this.categories.topLevel()) {
			url(xml, "/products?category=" + top.slug(), categoryChanges.get(top.slug()));
			for (CategoryView child : top.children()) {
				url(xml, "/products?category=" + child.slug(), categoryChanges.get(child.slug()));
			}
		}
		for (CampaignPage campaign : campaignPages) {
			url(xml, campaign.path(), campaign.lastModified());
		}
		for (ListingFeed.LiveStore store : stores) {
			url(xml, store.path(), store.lastUpdate());
		}
	}

	private void url(XMLStreamWriter xml, String path, Instant lastModified) {
		try {
			xml.writeStartElement("url");
			element(xml, "loc", this.site.absolute(path));
			if (lastModified != null) {
				element(xml, "lastmod", w3cDateTime(lastModified));
			}
			xml.writeEndElement();
		}
		catch (XMLStreamException ex) {
			throw new FeedWriteFailed(ex);
		}
	}

	private void sitemap(XMLStreamWriter xml, String path) throws XMLStreamException {
		xml.writeStartElement("sitemap");
		element(xml, "loc", this.site.absolute(path));
		xml.writeEndElement();
	}

	static XMLStreamWriter start(OutputStream out) throws XMLStreamException {
		XMLStreamWriter xml = XML_OUTPUT.createXMLStreamWriter(out, "UTF-8");
		xml.writeStartDocument("UTF-8", "1.0");
		return xml;
	}

	static void end(XMLStreamWriter xml) throws XMLStreamException {
		xml.writeEndDocument();
		xml.flush();
		xml.close();
	}

	static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(XmlText.clean(text));
		xml.writeEndElement();
	}

	static String w3cDateTime(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
	}

}
