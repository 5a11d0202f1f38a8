package kr.valuemall.feed;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.ServletWebRequest;

import kr.valuemall.catalog.FeedChange;
import kr.valuemall.catalog.FeedListing;
import kr.valuemall.promotion.CampaignSales;
import kr.valuemall.catalog.ListingFeed;
import kr.valuemall.order.ShippingQuotes;
import kr.valuemall.web.SiteLinks;

/**
 * Naver Shopping's product feed (EP 3.0): one tab-separated line per listing under a
 * header line of field names, UTF-8.
 * <ul>
 * <li>{@code /feeds/naver-ep.tsv}: the full feed, which Naver reads once a day: every
 * live listing in stock that has a picture (Naver takes none without one, nor sold-out
 * ones).</li>
 * <li>{@code /feeds/naver-ep-summary.tsv}: the summary feed read between full ones:
 * listings that came ({@code class} I), changed (U) or went or sold out (D) within
 * {@code valuemall.feed.summary-window}, with {@code update_time}; also, as changed,
 * listings whose campaign price came or went in that window.</li>
 * </ul>
 * {@code price_pc} is what the shopper pays now: the campaign price while a campaign
 * runs, with the list price in {@code normal_price} (which Naver shows struck through).
 * <p>
 * {@code shipping} is the order module's quote for one item at {@code price_pc} (the
 * seller's free-shipping threshold applied), as the cart charges it. {@code import_flag}
 * is defined only as {@code Y} (imported); every listing here is made in Korea, so it is
 * left empty. {@code review_count} is the listing's published reviews.
 * <p>
 * Fields we have no data for (brand, model number, event words, coupons) are left out
 * rather than sent empty.
 */
@Controller
class NaverShoppingFeed {

	static final String TSV = "text/tab-separated-values";

	/** The fields of the full feed, in order. The first seven are required. */
	static final List<String> FIELDS = List.of("id", "title", "price_pc", "link", "image_link", "category_name1",
			"shipping", "mobile_link", "category_name2", "condition", "import_flag", "maker", "origin", "seller_id",
			"normal_price", "review_count");

	/** The summary feed: the same fields, then what happened and when. */
	static final List<String> SUMMARY_FIELDS = List.of("id", "title", "price_pc", "link", "image_link",
			"category_name1", "shipping", "mobile_link", "category_name2", "condition", "import_flag", "maker",
			"origin", "seller_id", "normal_price", "review_count", "class", "update_time");

	/** Naver's word for a new (not used or refurbished) item. */
	static final String CONDITION_NEW = "신상품";

	/** Origin as Naver shows it: made in Korea, and where. */
	static final String ORIGIN_DOMESTIC = "국내산";

	static final DateTimeFormatter UPDATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneId.of("Asia/Seoul"));

	private final ListingFeed listings;

	private final SiteLinks site;

	private final MessageSource messages;

	private final FeedProperties properties;

	private final Clock clock;

	private final CampaignSales campaigns;

	private final ShippingQuotes shipping;

	NaverShoppingFeed(ListingFeed listings, SiteLinks site, MessageSource messages, FeedProperties properties,
			Clock clock, CampaignSales campaigns, ShippingQuotes shipping) {
		this.campaigns = campaigns;
		this.shipping = shipping;
		this.listings = listings;
		this.site = site;
		this.messages = messages;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping("/feeds/naver-ep.tsv")
	void full(ServletWebRequest request, HttpServletResponse response) throws IOException {
		CampaignSales.SalePrices sales = this.campaigns.running();
		ShippingQuotes.Quotes quotes = this.shipping.forAllSellers();
		if (FeedResponses.notModified(request, response, "naver-ep-" + this.listings.version().token() + "-"
				+ sales.fingerprint() + "-" + quotes.fingerprint())) {
			return;
		}
		try (Writer out = writer(FeedResponses.body(response, TSV))) {
			line(out, FIELDS);
			this.listings.forEachLive((listing) -> {
				if (offered(listing)) {
					line(out, fields(listing, sales, quotes));
				}
			});
		}
	}

	@GetMapping("/feeds/naver-ep-summary.tsv")
	void summary(ServletWebRequest request, HttpServletResponse response) throws IOException {
		// From the start of an hour, so the same answer (and ETag) holds for a while.
		Instant since = this.clock.instant().minus(this.properties.summaryWindow()).truncatedTo(ChronoUnit.HOURS);
		CampaignSales.SalePrices sales = this.campaigns.running();
		ShippingQuotes.Quotes quotes = this.shipping.forAllSellers();
		String etag = "naver-ep-summary-" + since.getEpochSecond() + "-" + this.listings.version().token() + "-"
				+ sales.fingerprint() + "-" + quotes.fingerprint();
		if (FeedResponses.notModified(request, response, etag)) {
			return;
		}
		Map<Long, Instant> priceChanges = this.campaigns.priceChangesSince(since);
		Set<Long> listed = new HashSet<>();
		try (Writer out = writer(FeedResponses.body(response, TSV))) {
			line(out, SUMMARY_FIELDS);
			this.listings.forEachChangeSince(since, (change) -> {
				listed.add(change.productId());
				FeedListing listing = change.listing();
				String time = UPDATE_TIME.format(change.changedAt());
				if (change.kind() == FeedChange.Kind.D || !offered(listing)) {
					// A listing that went (or sold out) needs only its id, the class and
					// the time.
					String[] deleted = new String[SUMMARY_FIELDS.size()];
					Arrays.fill(deleted, "");
					deleted[0] = String.valueOf(change.productId());
					deleted[deleted.length - 2] = FeedChange.Kind.D.name();
					deleted[deleted.length - 1] = time;
					line(out, Arrays.asList(deleted));
				}
				else {
					List<String> values = new ArrayList<>(fields(listing, sales, quotes));
					values.add(change.kind().name());
					values.add(time);
					line(out, values);
				}
			});
			// A campaign that started or ended changed these prices without an edit.
			priceChanges.keySet().removeAll(listed);
			this.listings.forEachLiveOf(priceChanges.keySet(), (listing) -> {
				if (offered(listing)) {
					List<String> values = new ArrayList<>(fields(listing, sales, quotes));
					values.add(FeedChange.Kind.U.name());
					values.add(UPDATE_TIME.format(priceChanges.get(listing.id())));
					line(out, values);
				}
			});
		}
	}

	/** Naver lists only what can be bought now, with a picture. */
	private static boolean offered(FeedListing listing) {
		return listing.inStock() && listing.imagePath() != null;
	}

	private List<String> fields(FeedListing listing, CampaignSales.SalePrices sales, ShippingQuotes.Quotes quotes) {
		String link = this.site.absolute(listing.path());
		// A listing with options goes once, at its lowest option's price.
		long lowestDelta = listing.lowestPrice() - listing.price();
		long price = sales.of(listing.id(), listing.sellerId(), listing.price())
			.map((sale) -> Math.max(1, sale.price() + lowestDelta))
			.orElse(listing.lowestPrice());
		// Naver's shipping field: 0 when free, otherwise the fee in won.
		long shipping = quotes.forOne(listing.sellerId(), listing.shippingFee(), price);
		return List.of(String.valueOf(listing.id()), listing.name(), String.valueOf(price), link,
				this.site.absolute(listing.imagePath()), nullToEmpty(listing.topCategoryName()),
				String.valueOf(shipping), link, nullToEmpty(listing.subCategoryName()), CONDITION_NEW, "",
				nullToEmpty(listing.manufacturer()), origin(listing), String.valueOf(listing.sellerId()),
				String.valueOf(listing.lowestPrice()), String.valueOf(listing.reviewCount()));
	}

	private String origin(FeedListing listing) {
		if (listing.madeRegion() == null) {
			return ORIGIN_DOMESTIC;
		}
		return ORIGIN_DOMESTIC + "(" + korean(listing.madeRegion().messageKey()) + ")";
	}

	/** The feed is for Korean shoppers whatever language the crawler asks in. */
	private String korean(String key) {
		return this.messages.getMessage(key, null, Locale.KOREAN);
	}

	private static Writer writer(OutputStream out) {
		return new OutputStreamWriter(out, StandardCharsets.UTF_8);
	}

	private static void line(Writer out, List<String> values) {
		try {
			for (int i = 0; i < values.size(); i++) {
				if (i > 0) {
					out.write('\t');
				}
				out.write(clean(values.get(i)));
			}
			out.write('\n');
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A value on one line: tabs and line breaks (which would start a new field or row)
	 * become spaces, runs of spaces one; and never the start of a spreadsheet formula.
	 */
	static String clean(String value) {
		if (value == null) {
			return "";
		}
		return XmlText.withoutFormulaStart(
				XmlText.clean(value).replaceAll("[\\t\\r\\n\\u2028\\u2029]+", " ").replaceAll(" {2,}", " ").strip());
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

}
