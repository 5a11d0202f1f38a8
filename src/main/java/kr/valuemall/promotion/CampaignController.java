package kr.valuemall.promotion;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

import kr.valuemall.order.ProductShelf;
import kr.valuemall.order.ShelfProduct;

/**
 * {@code /campaigns/{slug}}: a campaign's banner, its period and the live products in it
 * with their list and campaign prices.
 */
@Controller
class CampaignController {

	static final String VIEW_CAMPAIGN = "promotion/campaign";

	private final Campaigns campaigns;

	private final ProductShelf shelf;

	private final Clock clock;

	CampaignController(Campaigns campaigns, ProductShelf shelf, Clock clock) {
		this.campaigns = campaigns;
		this.shelf = shelf;
		this.clock = clock;
	}

	@GetMapping("/campaigns/{slug}")
	String campaign(@PathVariable String slug, Model model) {
		Campaign campaign = this.campaigns.findBySlug(slug).orElseThrow(() -> CampaignNotFound.of(slug));
		Instant now = this.clock.instant();
		List<CampaignEntry> entries = this.campaigns.entries(campaign.id());
		Map<Long, ShelfProduct> products = this.shelf.find(entries.stream().map(CampaignEntry::productId).toList());
		List<CampaignProduct> shown = entries.stream()
			.filter((entry) -> products.containsKey(entry.productId()) && products.get(entry.productId()).live())
			.map((entry) -> {
				ShelfProduct product = products.get(entry.productId());
				return new CampaignProduct(product, entry.priceFor(product.price(), campaign.maxDiscountPercent()));
			})
			.filter(CampaignProduct::discounted)
			.toList();
		model.addAttribute("campaign", campaign);
		model.addAttribute("state", campaign.state(now).name());
		model.addAttribute("products", shown);
		return VIEW_CAMPAIGN;
	}

	@GetMapping("/campaigns/{slug}/banner")
	ResponseEntity<byte[]> banner(@PathVariable String slug, WebRequest request) {
		Campaigns.Banner banner = this.campaigns.banner(slug).orElseThrow(() -> CampaignNotFound.of(slug));
		String etag = "\"" + banner.etag() + "\"";
		CacheControl cache = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();
		if (request.checkNotModified(etag)) {
			return ResponseEntity.status(304).eTag(etag).cacheControl(cache).build();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(banner.contentType()))
			.eTag(etag)
			.cacheControl(cache)
			.body(banner.bytes());
	}

	/** A product on the campaign page. */
	public record CampaignProduct(ShelfProduct product, long campaignPrice) {

		public boolean discounted() {
			return this.campaignPrice < this.product.price();
		}

		public int percentOff() {
			return (int) ((this.product.price() - this.campaignPrice) * 100 / this.product.price());
		}

	}

}
