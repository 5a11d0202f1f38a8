package kr.valuemall.feed;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.ServletWebRequest;

import kr.valuemall.catalog.FeedListing;
import kr.valuemall.promotion.CampaignSales;
import kr.valuemall.catalog.ListingFeed;
import kr.valuemall.order.ShippingQuotes;
import kr.valuemall.web.SiteLinks;

/**
 * {@code /feeds/google-merchant.xml}: Google Merchant Center's product feed, RSS 2.0 with
 * the {@code g:} namespace. Every live listing with a picture (Google takes none without
 * one), sold-out ones marked {@code out_of_stock}. Prices in won, shipping within Korea.
 * Our listings carry no GTIN or part number, which {@code g:identifier_exists} says.
 */
@Controller
class GoogleMerchantFeed {

	static final String G = "http://base.google.com/ns/1.0";

	private final ListingFeed listings;

	private final SiteLinks site;

	private final MessageSource messages;

	private final CampaignSales campaigns;

	private final ShippingQuotes shipping;

	GoogleMerchantFeed(ListingFeed listings, SiteLinks site, MessageSource messages, CampaignSales campaigns,
			ShippingQuotes shipping) {
		this.campaigns = campaigns;
		this.shipping = shipping;
		this.listings = listings;
		this.site = site;
		this.messages = messages;
	}

	@GetMapping("/feeds/google-merchant.xml")
	void feed(ServletWebRequest request, HttpServletResponse response) throws IOException, XMLStreamException {
		CampaignSales.SalePrices sales = this.campaigns.running();
		ShippingQuotes.Quotes quotes = this.shipping.forAllSellers();
		if (FeedResponses.notModified(request, response, "google-merchant-" + this.listings.version().token() + "-"
				+ sales.fingerprint() + "-" + quotes.fingerprint())) {
			return;
		}
		try (OutputStream out = FeedResponses.body(response, "application/rss+xml")) {
			XMLStreamWriter xml = SitemapController.start(out);
			xml.setPrefix("g", G);
			xml.writeStartElement("rss");
			xml.writeAttribute("version", "2.0");
			xml.writeNamespace("g", G);
			xml.writeStartElement("channel");
			SitemapController.element(xml, "title", korean("mall.name"));
			SitemapController.element(xml, "link", this.site.absolute("/"));
			SitemapController.element(xml, "description", korean("mall.description"));
			this.listings.forEachLive((listing) -> {
				if (listing.imagePath() != null && !listing.hasOptions()) {
					item(xml, listing, null, sales, quotes);
				}
				else if (listing.imagePath() != null) {
					// One item per option, grouped by the listing, as Google asks for
					// variants.
					listing.variants().forEach((variant) -> item(xml, listing, variant, sales, quotes));
				}
			});
			xml.writeEndElement();
			xml.writeEndElement();
			SitemapController.end(xml);
		}
	}

	/**
	 * One item: the listing, or one of its options ({@code variant}, null without
	 * options) with its own id, title, price and availability and the listing as its
	 * {@code item_group_id}.
	 */
	private void item(XMLStreamWriter xml, FeedListing listing, FeedListing.Variant variant,
			CampaignSales.SalePrices sales, ShippingQuotes.Quotes quotes) {
		try {
			xml.writeStartElement("item");
			g(xml, "id", (variant != null) ? listing.id() + "-" + variant.skuId() : String.valueOf(listing.id()));
			if (variant != null) {
				g(xml, "item_group_id", String.valueOf(listing.id()));
			}
			// Never the start of a spreadsheet formula (Merchant Center exports to
			// sheets).
			SitemapController.element(xml, "title", XmlText.withoutFormulaStart(
					((variant != null) ? listing.name() + " " + variant.label() : listing.name()).strip()));
			SitemapController.element(xml, "description", XmlText.withoutFormulaStart(listing.description().strip()));
			SitemapController.element(xml, "link", this.site.absolute(listing.path()));
			g(xml, "image_link", this.site.absolute(listing.imagePath()));
			long price = (variant != null) ? variant.price() : listing.price();
			g(xml, "price", won(price));
			// While a campaign runs: its price (moved by the option's difference), and
			// when it holds, as Google asks.
			var sale = sales.of(listing.id(), listing.sellerId(), listing.price());
			// What one of it costs the shopper now: the shipping quote is for that.
			long pays = sale
				.map((running) -> (variant != null) ? Math.max(1, running.price() + variant.priceDelta())
						: running.price())
				.orElse(price);
			if (sale.isPresent()) {
				g(xml, "sale_price", won(pays));
				g(xml, "sale_price_effective_date",
						SEOUL_MINUTES.format(sale.get().startsAt()) + "/" + SEOUL_MINUTES.format(sale.get().endsAt()));
			}
			boolean inStock = (variant != null) ? variant.inStock() : listing.inStock();
			g(xml, "availability", inStock ? "in_stock" : "out_of_stock");
			g(xml, "condition", "new");
			if (listing.manufacturer() != null && !listing.manufacturer().isBlank()) {
				g(xml, "brand", listing.manufacturer());
			}
			g(xml, "identifier_exists", "no");
			if (listing.topCategoryName() != null) {
				g(xml, "product_type", (listing.subCategoryName() != null)
						? listing.topCategoryName() + " > " + listing.subCategoryName() : listing.topCategoryName());
			}
			xml.writeStartElement(G, "shipping");
			g(xml, "country", "KR");
			// What the cart charges for one at the price paid now (free from the
			// seller's threshold).
			g(xml, "price", won(quotes.forOne(listing.sellerId(), listing.shippingFee(), pays)));
			xml.writeEndElement();
			xml.writeEndElement();
		}
		catch (XMLStreamException ex) {
			throw new FeedWriteFailed(ex);
		}
	}

	private static void g(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(G, name);
		xml.writeCharacters(XmlText.withoutFormulaStart(XmlText.clean(text)));
		xml.writeEndElement();
	}

	/**
	 * ISO 8601 to the minute with Korea's offset, as sale_price_effective_date takes it.
	 */
	static final DateTimeFormatter SEOUL_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mmxxx")
		.withZone(ZoneId.of("Asia/Seoul"));

	/** Google's price format: {@code 12000 KRW}. */
	static String won(long amount) {
		return amount + " KRW";
	}

	private String korean(String key) {
		return this.messages.getMessage(key, null, Locale.KOREAN);
	}

}
