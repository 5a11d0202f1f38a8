package kr.valuemall.origin.screening;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a listing states about where its product is made, not just which words it
 * uses. Three kinds of statement: a label with its value ('제조국: 인도네시아', '产地: 广东', 'Made
 * in Thailand', '제조사: Yiwu Toys Co., Ltd.'); a country with a word of making next to it
 * anywhere in the text ('중국산', '베트남 자사 공장에서 생산', '日本製', '해외 OEM'); and how the goods
 * travel (shipping from an overseas warehouse, delivery in weeks). A foreign country of
 * manufacture holds the listing whatever else the text says, unless the sentence denies
 * or contrasts it ('수입산 아님', '중국산과 달리'). A foreign country next to a raw material ('원단:
 * 중국산', '수입산 소고기로') is the material's origin and is only shown, when the listing says the
 * product is made in Korea: under 대외무역법 the country of substantial transformation is the
 * origin.
 */
final class StatementReader {

	/**
	 * Points of a stated foreign manufacture: enough to hold at any threshold staff set.
	 */
	static final int FOREIGN_MADE_POINTS = 1000;

	/** Points of a signal that holds only together with another one. */
	static final int WEAK_POINTS = 30;

	/** Points of a channel phrase that by itself tells goods come from abroad. */
	static final int CHANNEL_POINTS = 60;

	private static final String SEPARATOR = "\\s*(?:[:=\\-–]\\s*|\\s+)";

	/** Labels whose value is the country of manufacture or origin. */
	private static final Pattern ORIGIN_LABEL = Pattern.compile("(?:원산지\\s*\\(\\s*제조국\\s*\\)|제조국\\s*\\(\\s*원산지\\s*\\)"
			+ "|원산지\\s*표[기시]\\s*(?:사항)?|제조\\s*국가?명?|생산\\s*국가?|원산국|원산지|생산지|제조지|(?<![가-힣])산지"
			+ "|(?<![A-Za-z])(?:country\\s+of\\s+origin|place\\s+of\\s+origin|made\\s+in|product\\s+of|produced\\s+in"
			+ "|manufactured\\s+in|assembled\\s+in|ships?\\s+from|shipped\\s+from|dispatched\\s+from|origin)(?![A-Za-z])"
			+ "|原产地|原產地|产地|產地|生产地|生產地|产区|原産国名|製造国名|製造国|製造國|製造地|原産国|原産地|生産国|生産地|生產國|原產國|制造国)"
			+ "(?:\\s*\\([^)\\n]{0,12}\\))?" + SEPARATOR, Pattern.CASE_INSENSITIVE);

	/** Labels of the work; read only with a colon ('생산: 중국 공장'). */
	private static final Pattern WORK_LABEL = Pattern.compile("(?<![가-힣])(?:생산|제조|제작|조립)\\s*[:=]\\s*");

	/**
	 * Labels of the maker, whose value is a company: foreign when it names a foreign
	 * place ('Yiwu Happy Toys Co., Ltd.'); a Korean town in a company's name states
	 * nothing.
	 */
	private static final Pattern MAKER_LABEL = Pattern.compile(
			"(?:제조원|제조사|제조업자|제조자|제조업체|생산자|생산업체"
					+ "|제조회사|制造商|生产商|製造元|製造者|(?<![A-Za-z])(?:manufacturer|made\\s+by)(?![A-Za-z]))\\s*[:=]\\s*",
			Pattern.CASE_INSENSITIVE);

	private static final int VALUE_LENGTH = 40;

	private static final Pattern COUNTRY_SUFFIX = Pattern.compile("\\s*(?:산(?!업|악|책|행|맥|림|소|뜻)|제품|제(?![가-힣])|製|制造|製造"
			+ "|生产|生產|产|産|내수|자사\\s*공장|협력\\s*공장|공장|(?<![A-Za-z])(?:OEM|ODM)(?![A-Za-z])|생산|제조|제작|조립|봉제"
			+ "|직배송|직송|직발송|직수입|수입)", Pattern.CASE_INSENSITIVE);

	/** A word of making just before a country: 봉제 방글라데시, 생산 공장 베트남. */
	private static final Pattern PRECEDING_WORK = Pattern
		.compile("(?:생산|제조|봉제|조립|가공|제작|재배)\\s*(?:국가?|지|처|공장)?\\s*[:：]?\\s*$");

	/**
	 * 인도 is also "handing over" (상품 인도 후): India only with a word of origin right after
	 * it (인도산, 인도 공장, 인도 현지) or a factory named just after it (인도 잘란다르 주물 공장).
	 */
	private static final Pattern INDIA = Pattern.compile("인도(?:산|\\s*(?:공장|현지|생산|제조|봉제)|(?:\\s+[가-힣]+){1,2}\\s*공장)");

	private static final Pattern NEARBY_WORK = Pattern.compile(
			"생산|제조|만든|만들|제작|조립|가공|직송|직배송|발송|출고|보내|구입|구매|사입|수입|공장|농장|재배|현지\\s*(?:유통|정품|매장|판매|도매)|(?<![A-Za-z])OEM(?![A-Za-z])");

	/** Words that make a nearby country a market, a design or a taste, not a maker. */
	private static final Pattern NOT_MAKING = Pattern
		.compile("^\\s*(?:식|풍)|수출|바이어|개발|디자인|설계|기획|레시피|스타일|감성|브랜드|느낌|관광객|고객|품종|맛|[,·]");

	/**
	 * Made abroad without naming where, or "made in" written in Hangul and run together
	 * with its country (메이드인차이나, 메이드 인 베트남); 차이나 and 재팬 count only there, as 차이나 alone is
	 * also porcelain (본차이나).
	 */
	private static final Pattern OVERSEAS_MADE = Pattern.compile(
			"해외\\s*(?:현지\\s*)?(?:(?<![A-Za-z])(?:OEM|ODM)(?![A-Za-z])|협력\\s*공장|공장|생산|제조|봉제|조립|가공)"
					+ "|메이드\\s*인\\s*(?:차이나|재팬|" + PlaceNames.regex(PlaceNames.FOREIGN) + ")",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern OVERSEAS_DISPATCH = Pattern.compile(
			"해외\\s*(?:현지\\s*)?(?:직배송|직발송|직송)"
					+ "|해외에서\\s*(?:바로\\s*)?(?:보내|발송|배송|출고)|해외\\s*(?:배송|발송)\\s*상품|현지\\s*(?:물류\\s*센터|물류\\s*창고|창고)"
					+ "|현지\\s*(?:출고|발송|직송|직배송)|(?:반품|반송|교환)[^.!?\\n]{0,12}?(?:국제|해외)\\s*(?:배송|택배|운송|반송|반품)"
					+ "|(?:국제|해외)\\s*(?:반품|반송|왕복)" + "|(?<![A-Za-z])ships?\\s+from\\s+(?:overseas|abroad)(?![A-Za-z])",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern OVERSEAS_SHIPPING = Pattern.compile("해외\\s*(?:배송|발송|출고)");

	/** Shipping abroad is what an exporter offers, not how an import arrives. */
	private static final Pattern OUTBOUND = Pattern.compile("^\\s*(?:도|을|를|이|은)?\\s*(?:가능|지원|문의|환영|해요|합니다|OK)");

	private static final Pattern DELIVERY_WORD = Pattern.compile("배송|도착|수령|소요|걸려|걸립|걸리|발송|출고|delivery|shipping",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern DAYS = Pattern.compile(
			"(\\d{1,2})\\s*(?:[~\\-–∼〜]|에서)\\s*(\\d{1,2})\\s*(?:일|영업일|(?:business\\s+)?days)|(\\d{1,2})\\s*(?:일|영업일|days)(?!\\s*[~\\-–∼〜])"
					+ "|(\\d)\\s*(?:[~\\-–∼〜]\\s*(\\d)\\s*)?주(?![문년말])",
			Pattern.CASE_INSENSITIVE);

	/** Long lead times of things made to order or grown are not shipping from abroad. */
	private static final Pattern MADE_TO_ORDER = Pattern.compile("제작|맞춤|수확|예약|주문\\s*후\\s*(?:생산|제조)|숙성");

	private final ReadingContext context;

	private final Pattern foreign;

	private final Pattern foreignInLabel;

	private final boolean koreanWork;

	private final List<Signal> signals = new ArrayList<>();

	private boolean koreanStated;

	StatementReader(ReadingContext context, List<String> extraPlaces) {
		this.context = context;
		List<String> places = new ArrayList<>(PlaceNames.FOREIGN);
		places.addAll(extraPlaces);
		this.foreign = PlaceNames.alternation(places);
		places.addAll(PlaceNames.FOREIGN_IN_LABELS);
		this.foreignInLabel = PlaceNames.alternation(places);
		this.koreanWork = context.koreanWorkStated();
	}

	/** What the listing states, each with its place in the text. */
	List<Signal> read() {
		readLabels(ORIGIN_LABEL);
		readLabels(WORK_LABEL);
		readLabels(MAKER_LABEL);
		readCountries();
		readIndia();
		readOverseasWork();
		readShipping();
		readDeliveryTime();
		return List.copyOf(this.signals);
	}

	/**
	 * Whether a label states Korea as where the product is made, or a Korean site works
	 * on it.
	 */
	boolean madeInKoreaStated() {
		return this.koreanStated || this.koreanWork;
	}

	private void readLabels(Pattern label) {
		String text = this.context.text();
		Matcher labels = label.matcher(text);
		while (labels.find()) {
			int valueStart = labels.end();
			int valueEnd = valueEnd(valueStart);
			if (covered(labels.start(), valueEnd)) {
				continue;
			}
			// A maker's value is a company's name: only a place that is a word of its own
			// counts there (아가나 is a name, not Ghana).
			boolean maker = label == MAKER_LABEL;
			Matcher foreignValue = (maker ? this.foreign : this.foreignInLabel).matcher(text)
				.region(valueStart, valueEnd);
			Matcher koreanValue = PlaceNames.korean().matcher(text).region(valueStart, valueEnd);
			int foreignAt = -1;
			while (foreignValue.find()) {
				if (!maker || foreignValue.start() == 0 || !isHangul(text.charAt(foreignValue.start() - 1))) {
					foreignAt = foreignValue.start();
					break;
				}
			}
			int koreanAt = koreanValue.find() ? koreanValue.start() : -1;
			boolean madeIn = labels.group().regionMatches(true, 0, "made", 0, 4);
			if (madeIn && foreignAt > valueStart + 2) {
				foreignAt = -1;
			}
			String statement = text.substring(labels.start(), valueEnd).strip();
			if (foreignAt >= 0 && (koreanAt < 0 || foreignAt < koreanAt)
					&& !this.context.contrasted(foreignAt, foreignValue.end())) {
				String stated = text.substring(labels.start(), closing(foreignValue.end())).strip();
				this.signals
					.add(new Signal(ReasonCode.FOREIGN_MADE, stated, FOREIGN_MADE_POINTS, labels.start(), valueEnd));
				continue;
			}
			if (koreanAt >= 0 && label != MAKER_LABEL) {
				this.koreanStated = true;
				// The rest of a Korean statement may name where a material comes from.
				Matcher later = this.foreignInLabel.matcher(text).region(koreanValue.end(), valueEnd);
				while (later.find()) {
					if (this.context.material(later.start(), later.end())) {
						this.signals
							.add(new Signal(ReasonCode.RAW_MATERIAL_ORIGIN, statement, 0, labels.start(), valueEnd));
						break;
					}
				}
				this.signals.add(new Signal(ReasonCode.KOREAN_MADE_STATED, statement, 0, labels.start(), valueEnd));
			}
		}
	}

	private static boolean isHangul(char c) {
		return Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL;
	}

	/** The end of a value's country, with the bracket that closes around it. */
	private int closing(int end) {
		String text = this.context.text();
		return (end < text.length() && (text.charAt(end) == ')' || text.charAt(end) == '）')) ? end + 1 : end;
	}

	private int valueEnd(int valueStart) {
		String text = this.context.text();
		int limit = Math.min(this.context.sentenceEnd(valueStart), valueStart + VALUE_LENGTH);
		for (int i = valueStart; i < limit; i++) {
			char c = text.charAt(i);
			if (c == '/' || c == ';' || c == '\n') {
				return i;
			}
		}
		return limit;
	}

	private void readCountries() {
		String text = this.context.text();
		Set<String> materialCountries = materialCountries();
		Matcher country = this.foreign.matcher(text);
		while (country.find()) {
			int start = country.start();
			int end = country.end();
			if (covered(start, end)) {
				continue;
			}
			Matcher suffix = COUNTRY_SUFFIX.matcher(text).region(end, Math.min(text.length(), end + 12));
			int statementEnd;
			boolean origin = false;
			if (suffix.lookingAt()) {
				statementEnd = suffix.end();
				origin = suffix.group().strip().startsWith("산");
			}
			else {
				statementEnd = nearbyWork(end);
				if (statementEnd < 0 && PRECEDING_WORK.matcher(text.substring(Math.max(0, start - 10), start)).find()) {
					// The work named first: 봉제 방글라데시, 생산지 베트남.
					statementEnd = end;
				}
				if (statementEnd < 0) {
					continue;
				}
			}
			if (this.context.contrasted(start, statementEnd)) {
				continue;
			}
			String statement = text.substring(start, statementEnd).strip();
			// '호주산 라놀린 핸드크림' names the lanolin when the text says elsewhere that the
			// Australian part is a material; '중국산 접이식 의자' alone names the chair.
			boolean material = this.context.material(start, statementEnd)
					|| (origin && this.context.followedByWord(statementEnd)
							&& materialCountries.contains(country.group().toLowerCase(Locale.ROOT)));
			addCountry(statement, material, start, statementEnd);
		}
	}

	/**
	 * A country's statement: a raw material's origin when it names a material of a
	 * product the listing says is made in Korea, otherwise where the product is made.
	 */
	private void addCountry(String statement, boolean material, int start, int end) {
		if (material && madeInKoreaStated()) {
			this.signals.add(new Signal(ReasonCode.RAW_MATERIAL_ORIGIN, statement, 0, start, end));
		}
		else {
			this.signals.add(new Signal(ReasonCode.FOREIGN_MADE, statement, FOREIGN_MADE_POINTS, start, end));
		}
	}

	/** The countries the text names next to a raw material somewhere. */
	private Set<String> materialCountries() {
		Set<String> countries = new HashSet<>();
		Matcher country = this.foreign.matcher(this.context.text());
		while (country.find()) {
			if (this.context.material(country.start(), country.end() + 1)) {
				countries.add(country.group().toLowerCase(Locale.ROOT));
			}
		}
		return countries;
	}

	/**
	 * Where a word of making or buying follows a country closely, the end of that word.
	 */
	private int nearbyWork(int end) {
		String text = this.context.text();
		int limit = Math.min(this.context.sentenceEnd(end), end + 14);
		Matcher work = NEARBY_WORK.matcher(text).region(end, limit);
		if (!work.find()) {
			return -1;
		}
		if (NOT_MAKING.matcher(text.substring(end, work.start())).find()) {
			return -1;
		}
		return work.end();
	}

	private void readIndia() {
		Matcher india = INDIA.matcher(this.context.text());
		while (india.find()) {
			if (covered(india.start(), india.end()) || this.context.contrasted(india.start(), india.end())) {
				continue;
			}
			// As for any country: 인도산 원사 woven and sewn here names a material.
			boolean material = this.context.material(india.start(), india.end())
					|| (india.group().endsWith("산") && this.context.followedByWord(india.end()));
			addCountry(india.group(), material, india.start(), india.end());
		}
	}

	private void readOverseasWork() {
		Matcher made = OVERSEAS_MADE.matcher(this.context.text());
		while (made.find()) {
			if (!covered(made.start(), made.end()) && !this.context.contrasted(made.start(), made.end())) {
				this.signals.add(new Signal(ReasonCode.FOREIGN_MADE, made.group().strip(), FOREIGN_MADE_POINTS,
						made.start(), made.end()));
			}
		}
	}

	private void readShipping() {
		String text = this.context.text();
		Matcher dispatch = OVERSEAS_DISPATCH.matcher(text);
		while (dispatch.find()) {
			if (!covered(dispatch.start(), dispatch.end())
					&& !this.context.channelContrasted(dispatch.start(), dispatch.end())) {
				this.signals.add(new Signal(ReasonCode.IMPORT_CHANNEL, dispatch.group().strip(), CHANNEL_POINTS,
						dispatch.start(), dispatch.end()));
			}
		}
		Matcher shipping = OVERSEAS_SHIPPING.matcher(text);
		while (shipping.find()) {
			int end = shipping.end();
			String after = text.substring(end, Math.min(text.length(), end + 10));
			if (covered(shipping.start(), end) || OUTBOUND.matcher(after).find()
					|| this.context.channelContrasted(shipping.start(), end)) {
				continue;
			}
			this.signals.add(new Signal(ReasonCode.OVERSEAS_SHIPPING, shipping.group().strip(), WEAK_POINTS,
					shipping.start(), end));
			break;
		}
	}

	private void readDeliveryTime() {
		String text = this.context.text();
		Matcher days = DAYS.matcher(text);
		while (days.find()) {
			int sentenceStart = this.context.sentenceStart(days.start());
			int sentenceEnd = this.context.sentenceEnd(days.end());
			String sentence = text.substring(sentenceStart, sentenceEnd);
			if (!DELIVERY_WORD.matcher(sentence).find() || MADE_TO_ORDER.matcher(sentence).find()
					|| this.context.channelContrasted(days.start(), days.end())) {
				continue;
			}
			int longest = longest(days);
			if (longest >= 7) {
				// Ten days or more is how long goods take from abroad; a week only with
				// another sign.
				int points = (longest >= 10) ? CHANNEL_POINTS : WEAK_POINTS;
				this.signals
					.add(new Signal(ReasonCode.LONG_DELIVERY, days.group().strip(), points, days.start(), days.end()));
				return;
			}
		}
	}

	/** The longest delivery time the match names, in days. */
	private static int longest(Matcher days) {
		if (days.group(2) != null) {
			return Integer.parseInt(days.group(2));
		}
		if (days.group(3) != null) {
			return Integer.parseInt(days.group(3));
		}
		return 7 * Integer.parseInt((days.group(5) != null) ? days.group(5) : days.group(4));
	}

	private boolean covered(int start, int end) {
		return this.signals.stream().anyMatch((signal) -> signal.start() <= start && end <= signal.end());
	}

	/** One statement read, where it lies in the text, and the points it adds. */
	record Signal(ReasonCode code, String detail, int points, int start, int end) {

	}

}
