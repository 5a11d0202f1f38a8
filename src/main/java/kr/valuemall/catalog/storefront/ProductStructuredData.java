package kr.valuemall.catalog.storefront;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import kr.valuemall.web.SiteLinks;
import kr.valuemall.catalog.listing.OptionChoices;
import kr.valuemall.catalog.listing.Product;

/**
 * A product page's schema.org Product and Offer, as JSON-LD for search engines. Written
 * by Jackson and then made safe to sit inside a {@code <script>} element: {@code <},
 * {@code >} and {@code &} are escaped as {@code \u003c} and so on, which JSON reads back
 * unchanged but HTML can never take for {@code </script>}.
 */
@Component
public class ProductStructuredData {

	private final JsonMapper json;

	private final SiteLinks site;

	ProductStructuredData(JsonMapper json, SiteLinks site) {
		this.json = json;
		this.site = site;
	}

	/**
	 * @param reviewCount the product's review count, or {@code null} when reviews are not
	 * known; aggregateRating is only given with a count above zero
	 * @param ratingAverage the average rating (1 to 5), or {@code null}
	 */
	String of(Storefront.ProductPage page, Number reviewCount, Number ratingAverage) {
		return of(page, new OptionChoices(null, java.util.List.of()), reviewCount, ratingAverage);
	}

	/**
	 * With options, the page is a schema.org ProductGroup whose {@code hasVariant} lists
	 * each combination as a Product with its own offer (its price and stock), as search
	 * engines ask for variants.
	 */
	String of(Storefront.ProductPage page, OptionChoices options, Number reviewCount, Number ratingAverage) {
		Product product = page.product();
		String url = this.site.absolute("/products/" + product.getId());
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("@context", "https://schema.org");
		data.put("@type", "Product");
		data.put("@id", url);
		data.put("name", product.getName());
		data.put("description", product.getDescription());
		if (!page.images().isEmpty()) {
			data.put("image", page.images().stream().map((image) -> this.site.absolute(image.full().url())).toList());
		}
		data.put("sku", String.valueOf(product.getId()));
		data.put("url", url);
		if (product.getManufacturer() != null && !product.getManufacturer().isBlank()) {
			data.put("brand", object("@type", "Brand", "name", product.getManufacturer()));
			data.put("manufacturer", object("@type", "Organization", "name", product.getManufacturer()));
		}
		data.put("countryOfOrigin", object("@type", "Country", "name", "KR"));
		if (page.category() != null) {
			data.put("category", page.category().nameKo());
		}
		Map<String, Object> offer = new LinkedHashMap<>();
		offer.put("@type", "Offer");
		offer.put("url", url);
		// What the shopper pays now; during a campaign the list price goes along as the
		// struck-through price, as on the page, and the price holds until the campaign's
		// last day.
		PriceNow price = page.price();
		offer.put("price", price.amount());
		offer.put("priceCurrency", "KRW");
		if (price.discounted()) {
			offer.put("priceSpecification", object("@type", "UnitPriceSpecification", "priceType",
					"https://schema.org/StrikethroughPrice", "price", price.listPrice(), "priceCurrency", "KRW"));
			offer.put("priceValidUntil", price.lastDay().toString());
		}
		offer.put("availability", product.isInStock() ? "https://schema.org/InStock" : "https://schema.org/OutOfStock");
		offer.put("itemCondition", "https://schema.org/NewCondition");
		offer.put("seller", object("@type", "Organization", "name", page.store().storeName(), "url",
				this.site.absolute("/stores/" + page.store().slug())));
		offer.put("shippingDetails",
				object("@type", "OfferShippingDetails", "shippingRate",
						object("@type", "MonetaryAmount", "value", page.shippingFee(), "currency", "KRW"),
						"shippingDestination", object("@type", "DefinedRegion", "addressCountry", "KR")));
		if (options.hasOptions()) {
			data.put("@type", "ProductGroup");
			data.remove("sku");
			data.put("productGroupID", String.valueOf(product.getId()));
			data.put("variesBy", options.names());
			data.put("hasVariant", options.choices().stream().map((choice) -> {
				Map<String, Object> variant = new LinkedHashMap<>();
				variant.put("@type", "Product");
				variant.put("sku", product.getId() + "-" + choice.skuId());
				variant.put("name", product.getName() + " " + choice.label());
				Map<String, Object> variantOffer = new LinkedHashMap<>(offer);
				variantOffer.put("price", choice.price());
				variantOffer.remove("priceSpecification");
				variantOffer.put("availability",
						choice.soldOut() ? "https://schema.org/OutOfStock" : "https://schema.org/InStock");
				variant.put("offers", variantOffer);
				return variant;
			}).toList());
		}
		else {
			data.put("offers", offer);
		}
		// Reviews: the product page's model carries reviewCount and ratingAverage once
		// reviews exist; a product without reviews must not claim a rating.
		if (reviewCount != null && reviewCount.longValue() > 0 && ratingAverage != null) {
			data.put("aggregateRating", object("@type", "AggregateRating", "ratingValue", ratingAverage.doubleValue(),
					"reviewCount", reviewCount.longValue(), "bestRating", 5, "worstRating", 1));
		}
		return scriptSafe(this.json.writeValueAsString(data));
	}

	/**
	 * The page's breadcrumbs as a schema.org BreadcrumbList, matching the trail the page
	 * shows: home, the categories down to the product's, then the product.
	 * @param trail the product's category and those above it, top first
	 */
	String breadcrumbs(Storefront.ProductPage page, java.util.List<kr.valuemall.catalog.CategoryView> trail,
			String homeName) {
		java.util.List<Map<String, Object>> items = new java.util.ArrayList<>();
		items.add(crumb(1, homeName, this.site.absolute("/")));
		for (kr.valuemall.catalog.CategoryView category : trail) {
			items.add(crumb(items.size() + 1, category.nameKo(),
					this.site.absolute("/products?category=" + category.slug())));
		}
		items.add(crumb(items.size() + 1, page.product().getName(),
				this.site.absolute("/products/" + page.product().getId())));
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("@context", "https://schema.org");
		data.put("@type", "BreadcrumbList");
		data.put("itemListElement", items);
		return scriptSafe(this.json.writeValueAsString(data));
	}

	private static Map<String, Object> crumb(int position, String name, String url) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("@type", "ListItem");
		item.put("position", position);
		item.put("name", name);
		item.put("item", url);
		return item;
	}

	/**
	 * A JSON object with its members in the order written, as {@code Map.of} would not
	 * keep it (its order changes from one start to the next): the same page is then the
	 * same bytes on every instance, and so has the same ETag.
	 */
	private static Map<String, Object> object(Object... membersAndValues) {
		Map<String, Object> object = new LinkedHashMap<>();
		for (int i = 0; i < membersAndValues.length; i += 2) {
			object.put((String) membersAndValues[i], membersAndValues[i + 1]);
		}
		return object;
	}

	static String scriptSafe(String json) {
		return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

}
