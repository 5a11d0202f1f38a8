package kr.valuemall.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import kr.valuemall.report.ReportTable.Column;
import kr.valuemall.report.ReportTable.Kind;
import kr.valuemall.web.DateTimeDisplay;

/**
 * Turns the roll-ups and the list of open stores into the report's figures, tables and
 * charts. No database here: {@link Reports} gives it what the queries answered, the
 * benchmark gives it the same from generated data.
 */
class ReportBuilder {

	static final int RANKED = 10;

	/** Texts in the reader's language. */
	interface Labels {

		String text(String key, Object... args);

		String region(String regionName);

		String category(String slug);

		String money(long won);

		/** The campaign's name and days, or a mark when it is not known. */
		String campaign(long campaignId);

	}

	private final Labels labels;

	ReportBuilder(Labels labels) {
		this.labels = labels;
	}

	/**
	 * @param viewsOfSellers page views since opening, up to a day, of the given sellers'
	 * products
	 */
	Report build(ReportPeriod period, List<Company> companies, RollupReader.Snapshot data,
			ViewsOfSellers viewsOfSellers) {
		LocalDate lastDay = period.lastCoveredDay();
		List<RollupReader.SellerMonth> included = data.sellerMonths()
			.stream()
			.filter((row) -> period.includes(row.month()))
			.toList();
		long sales = included.stream().mapToLong(RollupReader.SellerMonth::sales).sum();
		long orders = sumIncluded(period, data.orders());
		List<Company> counted = (lastDay != null)
				? companies.stream().filter((company) -> !company.openedOn().isAfter(lastDay)).toList() : List.of();
		long companyMonths = period.includedMonths()
			.stream()
			.mapToLong((month) -> openIn(companies, period.lastDayIn(month)))
			.sum();
		List<Company> neverSold = counted.stream()
			.filter((company) -> !data.soldBy().contains(company.sellerId()))
			.toList();
		int months = period.includedMonths().size();
		long pressAverage = (counted.isEmpty() || months == 0) ? 0
				: Math.floorDiv(Math.floorDiv(sales, counted.size()), months);
		Kpis kpis = new Kpis(sales, orders, counted.size(), companyMonths,
				(companyMonths == 0) ? 0 : Math.floorDiv(sales, companyMonths), pressAverage, neverSold.size(),
				percent(neverSold.size(), counted.size()),
				included.stream().mapToLong(RollupReader.SellerMonth::confirmed).sum(),
				included.stream().mapToLong(RollupReader.SellerMonth::commission).sum(),
				included.stream().mapToLong(RollupReader.SellerMonth::savings).sum(), period.includedMonths().size());

		Map<Long, Company> byId = new HashMap<>();
		companies.forEach((company) -> byId.put(company.sellerId(), company));
		Map<Long, long[]> perSeller = new HashMap<>();
		for (RollupReader.SellerMonth row : included) {
			long[] sums = perSeller.computeIfAbsent(row.sellerId(), (id) -> new long[2]);
			sums[0] += row.sales();
			sums[1] += row.shipments();
		}

		List<ReportTable> tables = new ArrayList<>();
		tables.add(kpiTable(kpis));
		ReportTable monthly = monthly(period, companies, data);
		tables.add(monthly);
		ReportTable categories = categories(period, data);
		tables.add(categories);
		ReportTable regions = regions(included, counted, sales);
		tables.add(regions);
		tables.add(topSellers(perSeller, byId, lastDay));
		tables.add(bottomSellers(perSeller, counted, data.soldBy()));
		tables.add(neverSoldTable(neverSold, lastDay, viewsOfSellers));
		tables.add(origin(period, data));
		ReportTable funnel = funnel(period, data, included);
		tables.add(funnel);
		tables.add(aroundCampaign(period, companies, data));
		tables.add(campaigns(period, data));

		List<Chart> charts = List.of(trendChart(period, monthly),
				horizontalChart("categories-chart", text("report.chart.categories.title"),
						text("report.chart.categories.desc"), categories, 0, 1),
				horizontalChart("regions-chart", text("report.chart.regions.title"), text("report.chart.regions.desc"),
						regions, 0, 1),
				horizontalChart("funnel-chart", text("report.chart.funnel.title"), text("report.chart.funnel.desc"),
						funnel, 0, 1));
		return new Report(period, kpis, tables, charts);
	}

	/** Views of the products of these sellers, since the start, up to a day. */
	interface ViewsOfSellers {

		Map<Long, Long> since(Collection<Long> sellerIds, LocalDate upTo);

	}

	private static long openIn(List<Company> companies, LocalDate lastDay) {
		return companies.stream().filter((company) -> !company.openedOn().isAfter(lastDay)).count();
	}

	private static long sumIncluded(ReportPeriod period, Map<YearMonth, Long> perMonth) {
		return perMonth.entrySet()
			.stream()
			.filter((entry) -> period.includes(entry.getKey()))
			.mapToLong(Map.Entry::getValue)
			.sum();
	}

	static BigDecimal percent(long part, long whole) {
		if (whole == 0) {
			return BigDecimal.ZERO.setScale(1);
		}
		return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

	private ReportTable kpiTable(Kpis kpis) {
		List<List<Object>> rows = new ArrayList<>();
		rows.add(List.of(text("report.kpi.sales"), kpis.sales(), text("report.unit.won")));
		rows.add(List.of(text("report.kpi.orders"), kpis.orders(), text("report.unit.orders")));
		rows.add(List.of(text("report.kpi.companies"), kpis.companies(), text("report.unit.companies")));
		rows.add(List.of(text("report.kpi.companyMonths"), kpis.companyMonths(), text("report.unit.companyMonths")));
		rows.add(List.of(text("report.kpi.average"), kpis.averageMonthlySalesPerCompany(), text("report.unit.won")));
		rows.add(List.of(text("report.kpi.pressAverage"), kpis.pressAverage(), text("report.unit.won")));
		rows.add(List.of(text("report.kpi.neverSold"), kpis.neverSold(), text("report.unit.companies")));
		rows.add(List.of(text("report.kpi.neverSoldShare"), kpis.neverSoldPercent(), text("report.unit.percent")));
		rows.add(List.of(text("report.kpi.confirmed"), kpis.confirmed(), text("report.unit.won")));
		rows.add(List.of(text("report.kpi.commission"), kpis.commission(), text("report.unit.won")));
		rows.add(List.of(text("report.kpi.savings"), kpis.savings(), text("report.unit.won")));
		return new ReportTable("kpis", text("report.table.kpis"), List.of(column("report.col.figure", Kind.TEXT),
				column("report.col.value", Kind.COUNT), column("report.col.unit", Kind.TEXT)), rows);
	}

	private ReportTable monthly(ReportPeriod period, List<Company> companies, RollupReader.Snapshot data) {
		Map<YearMonth, long[]> perMonth = new TreeMap<>();
		for (RollupReader.SellerMonth row : data.sellerMonths()) {
			perMonth.computeIfAbsent(row.month(), (month) -> new long[1])[0] += row.sales();
		}
		List<List<Object>> rows = new ArrayList<>();
		for (YearMonth month : period.months()) {
			long sales = perMonth.getOrDefault(month, new long[1])[0];
			long open = openIn(companies, period.lastDayIn(month));
			rows.add(List.of(month, sales, data.orders().getOrDefault(month, 0L), open,
					(open == 0) ? 0L : Math.floorDiv(sales, open),
					period.excluded().contains(month) ? text("report.monthly.excluded") : ""));
		}
		return new ReportTable("monthly", text("report.table.monthly"),
				List.of(column("report.col.month", Kind.MONTH), column("report.col.sales", Kind.MONEY),
						column("report.col.orders", Kind.COUNT), column("report.col.companiesOpen", Kind.COUNT),
						column("report.col.averagePerCompany", Kind.MONEY), column("report.col.note", Kind.TEXT)),
				rows);
	}

	private ReportTable categories(ReportPeriod period, RollupReader.Snapshot data) {
		Map<String, long[]> sums = new HashMap<>();
		for (RollupReader.CategoryMonth row : data.categoryMonths()) {
			if (period.includes(row.month())) {
				long[] sum = sums.computeIfAbsent(row.categorySlug(), (slug) -> new long[2]);
				sum[0] += row.sales();
				sum[1] += row.lines();
			}
		}
		long total = sums.values().stream().mapToLong((sum) -> sum[0]).sum();
		List<List<Object>> rows = sums.entrySet()
			.stream()
			.sorted(Comparator.comparing((Map.Entry<String, long[]> entry) -> -entry.getValue()[0])
				.thenComparing(Map.Entry::getKey))
			.map((entry) -> List.<Object>of(this.labels.category(entry.getKey()), entry.getValue()[0],
					entry.getValue()[1], percent(entry.getValue()[0], total)))
			.toList();
		return new ReportTable("categories", text("report.table.categories"),
				List.of(column("report.col.category", Kind.TEXT), column("report.col.sales", Kind.MONEY),
						column("report.col.lines", Kind.COUNT), column("report.col.share", Kind.PERCENT)),
				rows);
	}

	private ReportTable regions(List<RollupReader.SellerMonth> included, List<Company> counted, long total) {
		Map<String, long[]> sums = new TreeMap<>();
		for (RollupReader.SellerMonth row : included) {
			String region = (row.region() != null) ? row.region() : "";
			sums.computeIfAbsent(region, (key) -> new long[2])[0] += row.sales();
		}
		for (Company company : counted) {
			String region = (company.region() != null) ? company.region().name() : "";
			sums.computeIfAbsent(region, (key) -> new long[2])[1]++;
		}
		List<List<Object>> rows = sums.entrySet()
			.stream()
			.sorted(Comparator.comparing((Map.Entry<String, long[]> entry) -> -entry.getValue()[0])
				.thenComparing(Map.Entry::getKey))
			.map((entry) -> List.<Object>of(
					entry.getKey().isEmpty() ? text("report.region.unknown") : this.labels.region(entry.getKey()),
					entry.getValue()[0], percent(entry.getValue()[0], total), entry.getValue()[1]))
			.toList();
		return new ReportTable("regions", text("report.table.regions"),
				List.of(column("report.col.region", Kind.TEXT), column("report.col.sales", Kind.MONEY),
						column("report.col.share", Kind.PERCENT), column("report.col.companies", Kind.COUNT)),
				rows);
	}

	private ReportTable topSellers(Map<Long, long[]> perSeller, Map<Long, Company> byId, LocalDate lastDay) {
		List<List<Object>> rows = new ArrayList<>();
		perSeller.entrySet()
			.stream()
			.filter((entry) -> entry.getValue()[0] > 0)
			.sorted(Comparator.comparing((Map.Entry<Long, long[]> entry) -> -entry.getValue()[0])
				.thenComparing(Map.Entry::getKey))
			.limit(RANKED)
			.forEach((entry) -> rows
				.add(sellerRow(rows.size() + 1, entry.getKey(), byId.get(entry.getKey()), entry.getValue())));
		return new ReportTable("top-sellers", text("report.table.top"), sellerColumns(), rows);
	}

	private ReportTable bottomSellers(Map<Long, long[]> perSeller, List<Company> counted, Set<Long> soldBy) {
		List<List<Object>> rows = new ArrayList<>();
		counted.stream()
			.filter((company) -> soldBy.contains(company.sellerId()))
			.sorted(Comparator
				.comparing((Company company) -> perSeller.getOrDefault(company.sellerId(), new long[2])[0])
				.thenComparing(Company::sellerId))
			.limit(RANKED)
			.forEach((company) -> rows.add(sellerRow(rows.size() + 1, company.sellerId(), company,
					perSeller.getOrDefault(company.sellerId(), new long[2]))));
		return new ReportTable("bottom-sellers", text("report.table.bottom"), sellerColumns(), rows);
	}

	private List<Object> sellerRow(int rank, long sellerId, Company company, long[] sums) {
		String name = (company != null) ? company.storeName() : text("report.seller.unknown", sellerId);
		String region = (company != null && company.region() != null) ? this.labels.region(company.region().name())
				: "";
		return List.of((long) rank, name, region, sums[0], sums[1]);
	}

	private List<Column> sellerColumns() {
		return List.of(column("report.col.rank", Kind.COUNT), column("report.col.store", Kind.TEXT),
				column("report.col.region", Kind.TEXT), column("report.col.sales", Kind.MONEY),
				column("report.col.sellerOrders", Kind.COUNT));
	}

	private ReportTable neverSoldTable(List<Company> neverSold, LocalDate lastDay, ViewsOfSellers viewsOfSellers) {
		Map<Long, Long> views = neverSold.isEmpty() ? Map.of()
				: viewsOfSellers.since(neverSold.stream().map(Company::sellerId).toList(), lastDay);
		List<List<Object>> rows = neverSold.stream()
			.sorted(Comparator.comparing(Company::openedOn).thenComparing(Company::sellerId))
			.map((company) -> List.<Object>of(company.storeName(), company.slug(),
					(company.region() != null) ? this.labels.region(company.region().name()) : "", company.openedOn(),
					ChronoUnit.DAYS.between(company.openedOn(), lastDay), company.liveListings(),
					views.getOrDefault(company.sellerId(), 0L), orDash(company.phone()), orDash(company.email()),
					(company.lastSignIn() != null)
							? LocalDate.ofInstant(company.lastSignIn(), DateTimeDisplay.SEOUL).toString()
							: text("report.neverSold.neverSignedIn")))
			.toList();
		return new ReportTable("never-sold", text("report.table.neverSold"),
				List.of(column("report.col.store", Kind.TEXT), column("report.col.address", Kind.TEXT),
						column("report.col.region", Kind.TEXT), column("report.col.opened", Kind.DATE),
						column("report.col.daysOpen", Kind.COUNT), column("report.col.liveListings", Kind.COUNT),
						column("report.col.views", Kind.COUNT), column("report.col.phone", Kind.TEXT),
						column("report.col.email", Kind.TEXT), column("report.col.lastSignIn", Kind.TEXT)),
				rows);
	}

	private static String orDash(String value) {
		return (value != null && !value.isBlank()) ? value : "-";
	}

	private ReportTable origin(ReportPeriod period, RollupReader.Snapshot data) {
		Map<OriginOutcome, Long> counts = new LinkedHashMap<>();
		for (OriginOutcome outcome : OriginOutcome.values()) {
			counts.put(outcome, 0L);
		}
		data.origin()
			.stream()
			.filter((row) -> period.includes(row.month()))
			.forEach((row) -> counts.merge(row.outcome(), row.count(), Long::sum));
		List<List<Object>> rows = counts.entrySet()
			.stream()
			.map((entry) -> List.<Object>of(text("report.origin." + entry.getKey().name()), entry.getValue()))
			.toList();
		return new ReportTable("origin", text("report.table.origin"),
				List.of(column("report.col.outcome", Kind.TEXT), column("report.col.listings", Kind.COUNT)), rows);
	}

	private ReportTable funnel(ReportPeriod period, RollupReader.Snapshot data,
			List<RollupReader.SellerMonth> included) {
		// Each step counted per product at most as often as the step before it (see
		// RollupReader.Funnel), so no step exceeds the one before by construction.
		RollupReader.Funnel funnel = data.funnel();
		long[] steps = { funnel.views(), funnel.carts(), funnel.paid(), funnel.confirmed() };
		String[] keys = { "report.funnel.views", "report.funnel.carts", "report.funnel.orders",
				"report.funnel.confirmed" };
		List<List<Object>> rows = new ArrayList<>();
		for (int i = 0; i < steps.length; i++) {
			rows.add(List.of(text(keys[i]), steps[i],
					(i == 0) ? BigDecimal.valueOf(100).setScale(1) : percent(steps[i], steps[i - 1])));
		}
		return new ReportTable("funnel", text("report.table.funnel"), List.of(column("report.col.step", Kind.TEXT),
				column("report.col.count", Kind.COUNT), column("report.col.fromPrevious", Kind.PERCENT)), rows);
	}

	private ReportTable aroundCampaign(ReportPeriod period, List<Company> companies, RollupReader.Snapshot data) {
		List<List<Object>> rows = new ArrayList<>();
		YearMonth chosen = period.campaignMonth();
		if (chosen != null) {
			for (YearMonth month : List.of(chosen.minusMonths(1), chosen, chosen.plusMonths(1))) {
				long[] sums = data.aroundCampaign().getOrDefault(month, new long[2]);
				long open = openIn(companies, month.atEndOfMonth());
				rows.add(List.of(month,
						text(month.equals(chosen) ? "report.campaign.chosen"
								: month.isBefore(chosen) ? "report.campaign.before" : "report.campaign.after"),
						sums[0], sums[1], open, (open == 0) ? 0L : Math.floorDiv(sums[0], open)));
			}
		}
		return new ReportTable("campaign-months", text("report.table.campaignMonths"),
				List.of(column("report.col.month", Kind.MONTH), column("report.col.note", Kind.TEXT),
						column("report.col.sales", Kind.MONEY), column("report.col.orders", Kind.COUNT),
						column("report.col.companiesOpen", Kind.COUNT),
						column("report.col.averagePerCompany", Kind.MONEY)),
				rows);
	}

	private ReportTable campaigns(ReportPeriod period, RollupReader.Snapshot data) {
		Map<Long, long[]> sums = new TreeMap<>();
		data.campaignMonths().stream().filter((row) -> period.includes(row.month())).forEach((row) -> {
			long[] sum = sums.computeIfAbsent(row.campaignId(), (id) -> new long[2]);
			sum[0] += row.sales();
			sum[1] += row.lines();
		});
		List<List<Object>> rows = sums.entrySet()
			.stream()
			.map((entry) -> List.<Object>of(entry.getKey(), this.labels.campaign(entry.getKey()), entry.getValue()[0],
					entry.getValue()[1]))
			.toList();
		return new ReportTable("campaigns", text("report.table.campaigns"),
				List.of(column("report.col.campaign", Kind.COUNT), column("report.col.campaignName", Kind.TEXT),
						column("report.col.sales", Kind.MONEY), column("report.col.lines", Kind.COUNT)),
				rows);
	}

	private Chart trendChart(ReportPeriod period, ReportTable monthly) {
		List<List<Object>> rows = monthly.rows();
		long max = Math.max(1, rows.stream().mapToLong((row) -> (Long) row.get(1)).max().orElse(1));
		List<Chart.Bar> bars = new ArrayList<>();
		for (List<Object> row : rows) {
			YearMonth month = (YearMonth) row.get(0);
			long sales = (Long) row.get(1);
			bars.add(new Chart.Bar(String.format("%d.%02d", month.getYear(), month.getMonthValue()),
					this.labels.money(sales), basisPoints(sales, max), period.excluded().contains(month)));
		}
		long total = rows.stream().mapToLong((row) -> (Long) row.get(1)).sum();
		return new Chart("trend-chart", text("report.chart.trend.title"),
				text("report.chart.trend.desc", rows.size(), this.labels.money(total), this.labels.money(max)), bars);
	}

	private Chart horizontalChart(String id, String title, String description, ReportTable table, int labelColumn,
			int valueColumn) {
		List<List<Object>> rows = table.rows().stream().limit(12).toList();
		long max = Math.max(1, rows.stream().mapToLong((row) -> (Long) row.get(valueColumn)).max().orElse(1));
		boolean money = table.columns().get(valueColumn).kind() == Kind.MONEY;
		List<Chart.Bar> bars = new ArrayList<>();
		for (List<Object> row : rows) {
			long value = (Long) row.get(valueColumn);
			String valueText = money ? this.labels.money(value) : String.format("%,d", value);
			bars.add(new Chart.Bar(String.valueOf(row.get(labelColumn)), valueText, basisPoints(value, max), false));
		}
		return new Chart(id, title, description, bars);
	}

	/** A bar's length as a share of the longest, in hundredths of a percent. */
	private static int basisPoints(long value, long max) {
		return (int) (Math.max(0, value) * 10_000 / max);
	}

	private Column column(String key, Kind kind) {
		return new Column(text(key), kind);
	}

	private String text(String key, Object... args) {
		return this.labels.text(key, args);
	}

}
