package kr.valuemall.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.valuemall.account.AccountApi;
import kr.valuemall.catalog.CategoryMenu;
import kr.valuemall.catalog.ListingCounts;
import kr.valuemall.promotion.CampaignPages;
import kr.valuemall.seller.SellerApi;
import kr.valuemall.seller.StoreSummary;
import kr.valuemall.web.DateTimeDisplay;
import kr.valuemall.web.MoneyFormat;

/**
 * The ministry's report for a period: the roll-ups added up, with the list of open stores
 * from the seller module, their live listings from the catalog and their owners' last
 * sign-in from the account module.
 */
@Service
@Transactional(readOnly = true)
class Reports {

	private final RollupReader reader;

	private final SellerApi sellers;

	private final ListingCounts listings;

	private final CategoryMenu categories;

	private final MessageSource messages;

	private final MoneyFormat money;

	private final CampaignPages campaigns;

	private final AccountApi accounts;

	Reports(JdbcClient jdbc, SellerApi sellers, ListingCounts listings, CategoryMenu categories, MessageSource messages,
			MoneyFormat money, CampaignPages campaigns, AccountApi accounts) {
		this.campaigns = campaigns;
		this.accounts = accounts;
		this.reader = new RollupReader(jdbc);
		this.sellers = sellers;
		this.listings = listings;
		this.categories = categories;
		this.messages = messages;
		this.money = money;
	}

	Report report(ReportPeriod period, Locale locale) {
		Map<Long, Long> live = this.listings.liveBySeller();
		Map<Long, CampaignPages.CampaignName> campaignNames = this.campaigns.names();
		List<StoreSummary> stores = this.sellers.approvedStores();
		Map<Long, Instant> signIns = this.accounts
			.lastSignIns(stores.stream().map(StoreSummary::accountId).collect(Collectors.toSet()));
		List<Company> companies = stores.stream()
			.map((store) -> company(store, live.getOrDefault(store.sellerId(), 0L), signIns.get(store.accountId())))
			.toList();
		return new ReportBuilder(labels(locale, campaignNames)).build(period, companies, this.reader.read(period),
				this.reader::viewsUpTo);
	}

	static Company company(StoreSummary store, long liveListings, Instant lastSignIn) {
		return new Company(store.sellerId(), store.storeName(), store.slug(), store.region(),
				LocalDate.ofInstant(store.openedAt(), DateTimeDisplay.SEOUL), liveListings, store.phone(),
				store.email(), lastSignIn);
	}

	private ReportBuilder.Labels labels(Locale locale, Map<Long, CampaignPages.CampaignName> campaignNames) {
		return new ReportBuilder.Labels() {

			@Override
			public String text(String key, Object... args) {
				return Reports.this.messages.getMessage(key, args, locale);
			}

			@Override
			public String region(String regionName) {
				return Reports.this.messages.getMessage("region." + regionName, null, regionName, locale);
			}

			@Override
			public String category(String slug) {
				return Reports.this.categories.find(slug).map((category) -> category.name(locale)).orElse(slug);
			}

			@Override
			public String money(long won) {
				return Reports.this.money.format(won, locale);
			}

			@Override
			public String campaign(long campaignId) {
				CampaignPages.CampaignName campaign = campaignNames.get(campaignId);
				return (campaign != null) ? text("report.campaign.name", campaign.name(),
						campaign.firstDay().toString(), campaign.lastDay().toString())
						: text("report.campaign.unknown");
			}

		};
	}

}
