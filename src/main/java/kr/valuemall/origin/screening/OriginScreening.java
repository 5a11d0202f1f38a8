package kr.valuemall.origin.screening;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import kr.valuemall.origin.ListingDeclaration;
import kr.valuemall.origin.MakerRole;
import kr.valuemall.origin.OriginKind;
import kr.valuemall.origin.ReviewStatus;
import kr.valuemall.origin.ScreeningOutcome;
import kr.valuemall.origin.ScreeningReason;

/**
 * Scores a declaration against the rule book. Every rule that fires adds its points and a
 * reason a person can read; a score at or over the threshold holds the listing. A
 * declaration that is not domestic, or not attested, is held whatever its score: the
 * catalog's forms refuse those, so one arriving here is a defect or an attack.
 */
public final class OriginScreening {

	/** How the declared manufacturer is read: as the label a seller would write. */
	private static final String MAKER_LABEL = "제조사: ";

	private OriginScreening() {
	}

	/**
	 * @param otherSellersWithSameText how many other sellers already list the same text
	 * @param activeReports how many shoppers reported the listing as imported since staff
	 * last cleared it
	 */
	public static ScreeningOutcome screen(ListingDeclaration declaration, RuleBook book, long otherSellersWithSameText,
			long activeReports) {
		ScreeningSettings settings = book.settings();
		List<ScreeningReason> reasons = new ArrayList<>();
		boolean forced = false;
		if (declaration.originKind() != OriginKind.DOMESTIC) {
			reasons.add(
					ReasonCode.NOT_DOMESTIC.reason(String.valueOf(declaration.originKind()), settings.holdThreshold()));
			forced = true;
		}
		if (!declaration.attested()) {
			reasons.add(ReasonCode.NOT_ATTESTED.reason("", settings.holdThreshold()));
			forced = true;
		}
		if (declaration.importer() != null && !declaration.importer().isBlank()) {
			reasons
				.add(ReasonCode.IMPORTER_NAMED.reason(declaration.importer().strip(), settings.importerNamedPoints()));
		}
		if (declaration.region() == null) {
			reasons.add(ReasonCode.MISSING_REGION.reason("", settings.missingRegionPoints()));
		}
		if (declaration.manufacturer() == null || declaration.manufacturer().isBlank()) {
			reasons.add(ReasonCode.MISSING_MANUFACTURER.reason("", settings.missingManufacturerPoints()));
		}
		reasons.addAll(wordReasons(declaration, book, settings));
		PriceBounds range = book.priceRangeFor(declaration.categorySlug());
		if (range != null && outside(declaration.price(), range)) {
			reasons.add(ReasonCode.PRICE_OUT_OF_RANGE.reason(describe(declaration.price(), range),
					settings.priceOutOfRangePoints()));
		}
		if (otherSellersWithSameText >= settings.duplicateSellerCount()) {
			reasons.add(ReasonCode.DUPLICATE_TEXT.reason(String.valueOf(otherSellersWithSameText),
					settings.duplicateTextPoints()));
		}
		if (activeReports >= settings.reportsToHold()) {
			reasons
				.add(ReasonCode.IMPORT_REPORTS.reason(String.valueOf(activeReports), settings.importReportsPoints()));
		}
		int score = reasons.stream().mapToInt(ScreeningReason::points).sum();
		ReviewStatus status = (forced || score >= settings.holdThreshold()) ? ReviewStatus.HELD : ReviewStatus.LIVE;
		return new ScreeningOutcome(status, score, settings.holdThreshold(), reasons);
	}

	private static List<ScreeningReason> wordReasons(ListingDeclaration declaration, RuleBook book,
			ScreeningSettings settings) {
		String maker = (declaration.manufacturer() != null && !declaration.manufacturer().isBlank())
				? MAKER_LABEL + declaration.manufacturer() : null;
		ListingText text = ListingText.of(declaration.name(), declaration.description(), maker);
		ReadingContext context = new ReadingContext(text.text());
		List<String> places = termsOf(book, TermKind.FOREIGN_PLACE).stream().map(TermRule::term).toList();
		StatementReader statements = new StatementReader(context, places);
		List<Signal> signals = statements.read();
		boolean madeInKorea = statements.madeInKoreaStated();
		List<ScreeningReason> reasons = new ArrayList<>();
		List<ListingText.Span> explained = new ArrayList<>();
		for (Signal signal : signals) {
			reasons.add(signal.code().reason(signal.detail(), signal.points()));
			explained.add(new ListingText.Span(signal.start(), signal.end()));
		}
		List<ScreeningReason> materials = new ArrayList<>();
		List<TermRule> safe = termsOf(book, TermKind.SAFE_PHRASE);
		List<TermRule> scoring = book.terms().stream().filter((term) -> term.kind().scoring()).toList();
		Map<TermRule, ListingText.Span> found = text.find(scoring, safe, scoring, explained, (term, span) -> {
			switch (term.kind()) {
				case FOREIGN_BRAND:
					return !context.contrasted(span.start(), span.end())
							&& !context.fitOrStyle(span.start(), span.end())
							&& !(madeInKorea && (context.boughtAsPart(span.end())
									|| context.usedAsPart(span.start(), span.end())));
				case IMPORT_CHANNEL:
					return !context.channelContrasted(span.start(), span.end());
				case CROSS_BORDER_SLANG:
					return !context.contrasted(span.start(), span.end()) && !context.buyersAbroadBefore(span.start())
							&& !context.styled(span.end()) && !(madeInKorea && context.famousThere(span.end()));
				default:
					if (context.contrasted(span.start(), span.end()) || context.machineAfter(span.end())) {
						return false;
					}
					if (madeInKorea && (context.material(span.start(), span.end())
							|| (span.end() - span.start() <= 2 && context.partBoughtBefore(span.start())))) {
						materials.add(ReasonCode.RAW_MATERIAL_ORIGIN
							.reason(context.text().substring(span.start(), span.end()).strip(), 0));
						return false;
					}
					return true;
			}
		});
		for (Map.Entry<TermRule, ListingText.Span> term : found.entrySet()) {
			TermRule rule = term.getKey();
			reasons.add(new ScreeningReason(rule.kind().name(), rule.term(), rule.points()));
		}
		reasons.addAll(materials);
		if (declaration.makerRole() == MakerRole.MAKER) {
			// The maker's name as typed, without the label the statements are read with.
			ListingText own = ListingText.of(declaration.name(), declaration.description(), declaration.manufacturer());
			ReadingContext ownContext = new ReadingContext(own.text());
			// 수입 고등어 절대 안 씁니다: a denied word says nothing of reselling.
			Map<TermRule, ListingText.Span> resold = own.find(termsOf(book, TermKind.RESELLER_PHRASE), safe, List.of(),
					List.of(), (term, span) -> !ownContext.contrasted(span.start(), span.end()));
			Map<TermRule, ListingText.Span> made = own.find(termsOf(book, TermKind.MAKER_PHRASE), safe, List.of());
			if (!resold.isEmpty() && made.isEmpty()) {
				reasons.add(ReasonCode.MAKER_CONTRADICTION.reason(resold.keySet().iterator().next().term(),
						settings.makerContradictionPoints()));
			}
		}
		return reasons.stream().distinct().toList();
	}

	private static List<TermRule> termsOf(RuleBook book, TermKind kind) {
		return book.terms().stream().filter((term) -> term.kind() == kind).toList();
	}

	private static boolean outside(long price, PriceBounds range) {
		return (range.minPrice() != null && price < range.minPrice())
				|| (range.maxPrice() != null && price > range.maxPrice());
	}

	private static String describe(long price, PriceBounds range) {
		NumberFormat digits = NumberFormat.getIntegerInstance(Locale.KOREA);
		String min = (range.minPrice() != null) ? digits.format(range.minPrice()) : "";
		String max = (range.maxPrice() != null) ? digits.format(range.maxPrice()) : "";
		return digits.format(price) + " / " + min + " ~ " + max;
	}

	/**
	 * The same product text, whatever its spacing, case or punctuation: what many sellers
	 * of one imported product share.
	 */
	public static String fingerprint(String name, String description) {
		String text = ((name != null) ? name : "") + ((description != null) ? description : "");
		StringBuilder normalized = new StringBuilder();
		text.toLowerCase(Locale.ROOT)
			.codePoints()
			.filter(Character::isLetterOrDigit)
			.forEach(normalized::appendCodePoint);
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha256.digest(normalized.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
