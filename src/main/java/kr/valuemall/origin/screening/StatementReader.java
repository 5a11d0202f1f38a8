package kr.valuemall.origin.screening;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

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

	private static final String SEPARATOR = "\\s*(?:[:=\\-–]\\s*|\\s+)";

	/** Labels whose value is the country of manufacture or origin. */
	private static final Pattern ORIGIN_LABEL = Pattern.compile("(?:원산지\\s*\\(\\s*제조국\\s*\\)|제조국\\s*\\(\\s*원산지\\s*\\)"
			+ "|원산지\\s*표[기시]\\s*(?:사항)?|제조\\s*국가?명?|생산\\s*국가?|원산국|원산지|생산지|제조지|(?<![가-힣])산지(?=\\s*[:=])"
			+ "|(?:생산|제조)\\s*(?:거점|기지|공장|시설)"
			+ "|(?<![A-Za-z])(?:C/O|COO|country\\s+of\\s+origin|place\\s+of\\s+origin|made\\s+in|product\\s+of|produced\\s+in"
			+ "|manufactured\\s+in|assembled\\s+in|ships?\\s+from|shipped\\s+from|dispatched\\s+from|origin"
			+ "|hergestellt\\s+in|fabriqu[ée]\\s+en|fabricado\\s+en|fabricado\\s+em|hecho\\s+en|elaborado\\s+en|feito\\s+em|prodotto\\s+in|fabbricato\\s+in|gemaakt\\s+in|vervaardigd\\s+in|tillverkad\\s+i|wyprodukowano\\s+w)(?![A-Za-z])"
			+ "|原产地|原產地|产地|產地|生产地|生產地|产区|原産国名|製造国名|製造国|製造國|製造地|原産国|原産地|生産国|生産地|生產國|原產國|制造国)"
			+ "(?:\\s*\\([^)\\n]{0,12}\\))?" + SEPARATOR, Pattern.CASE_INSENSITIVE);

	/** Labels of the work; read only with a colon ('생산: 중국 공장'). */
	private static final Pattern WORK_LABEL = Pattern.compile("(?<![가-힣])(?:생산|제조|제작|조립|봉제|재봉|가공|로스팅)\\s*[:=]\\s*");

	/** Korea said of the handling only: 제조국: 대한민국(포장). */
	private static final Pattern HANDLING_ONLY_QUALIFIER = Pattern
		.compile("^[^/\\n]{0,6}?[(（]\\s*(?:포장|소분|검수|유통|판매|재포장|라벨)|^\\s*(?:가공|포장|소분|유통|기획|디자인|설계)(?![가-힣])");

	/**
	 * Labels of the maker, whose value is a company: foreign when it names a foreign
	 * place ('Yiwu Happy Toys Co., Ltd.'); a Korean town in a company's name states
	 * nothing.
	 */
	private static final Pattern MAKER_LABEL = Pattern.compile("(?:제조원|제조사|제조업자|제조자|제조업체|생산자|생산업체"
			+ "|제조회사|制造商|生产商|製造元|製造者|(?<![A-Za-z])(?:manufacturer|made\\s+by)(?![A-Za-z]))(?:\\s*[:=]\\s*|[ \\t]+)",
			Pattern.CASE_INSENSITIVE);

	/**
	 * Where the maker or its factory is: 소재지: 빈즈엉성 투저우못시 미푸옥 공단. Read for a foreign place
	 * as a maker's value is; a Korean address here may be the seller's, so it states
	 * nothing.
	 */
	private static final Pattern ADDRESS_LABEL = Pattern
		.compile("(?<![가-힣])(?:(?:제조원|제조사|제조업소|제조소|제조장|공장)\\s*)?소재지\\s*[:=]?\\s*"
				+ "|(?<![가-힣])(?:배송|발송|출고)\\s*(?:출발지|출발\\s*국가|국가)\\s*[:=]?\\s*|(?<![가-힣])(?:출고지|발송지|출하지)\\s*[:=]?\\s*|(?<![가-힣])출발지\\s*[:=]\\s*"
				+ "|(?:제조원|제조사|제조업소|제조소|제조장|공장)\\s*주소\\s*[:=]?\\s*");

	/**
	 * An origin label whose value sends the reader elsewhere (원산지: 상세설명 참조, 제조국: 입고 차수별
	 * 상이): on a mall of goods made in Korea, the one label that should say Korea does
	 * not.
	 */
	private static final Pattern DEFERRED_VALUE = Pattern
		.compile("^[^.!?\\n]{0,16}?(?:상이|참조|참고|별도\\s*(?:표기|표시|기재)|추후|미정|확인\\s*불가)");

	private static final int VALUE_LENGTH = 40;

	private static final Pattern COUNTRY_SUFFIX = Pattern
		.compile("\\s*(?:산(?!업|악|책|행|맥|림|소|뜻|지|타)|제품|제(?![가-힣])|製|制造|製造"
				+ "|生产|生產|产|産|내수|자사\\s*공장|협력\\s*공장|공장|(?<![A-Za-z])(?:OEM|ODM)(?![A-Za-z])|생산|제조|제작|조립|봉제"
				+ "|직배송|직송|직발송|직수입|수입)", Pattern.CASE_INSENSITIVE);

	/**
	 * A word of making just before a country: 봉제 방글라데시, 생산 공장 베트남, 봉제 공정: 다카(Dhaka).
	 */
	private static final Pattern PRECEDING_WORK = Pattern
		.compile("(?:생산|제조|봉제|조립|가공|제작|재배)\\s*(?:공정|라인|거점|국가?|지|처|공장)?(?:은|는)?\\s*[:：]?\\s*$");

	/** A bracket right after a country's name: 콜롬비아(생두). */
	private static final Pattern BRACKETED_MATERIAL = Pattern.compile("^[^\\s(（]{1,12}\\s*[(（]([^)）]{1,12})[)）]");

	/** An ingredient named before its country in brackets: 원산지: 명태(러시아산). */
	private static final Pattern INGREDIENT_BRACKET = Pattern.compile("\\s*([가-힣A-Za-z]{1,10})\\s*[(（]\\s*");

	/** The name in Hangul before a place's Latin name in brackets: 다카(Dhaka). */
	private static final Pattern BRACKETED_ALIAS = Pattern.compile("[가-힣]{1,8}\\s*[(（]\\s*$");

	/**
	 * 인도 is also "handing over" (상품 인도 후): India only with a word of origin right after
	 * it (인도산, 인도 공장, 인도 현지) or a factory named just after it (인도 잘란다르 주물 공장).
	 */
	private static final Pattern INDIA = Pattern.compile("인도(?:산|\\s*(?:공장|현지|생산|제조|봉제)|(?:\\s+[가-힣]+){1,2}\\s*공장)");

	/**
	 * What may follow a place's Hangul name directly as part of a statement; anything
	 * else run together with it makes a longer name: 독일마을, 아리산업, 밀라노공방.
	 */
	private static final Pattern JOINED_PARTICLE = Pattern.compile(
			"^(?:에서|에|의|은|는|이|가|을|를|과|와|로|으로|도|산|지역|현지|시|성|주|현|인근|근교|외곽|공장|공방|소재|북부|남부|동부|서부|중부|구|현|강|항|평원|산맥|지방|반도|해안|고원|계곡|델타|삼각주|연안|앞바다)");

	/**
	 * A company's legal form that only foreign companies take, in a maker's value:
	 * Intercos S.p.A., Siam Lab Co. (Thailand), 某某有限公司.
	 */
	private static final Pattern FOREIGN_LEGAL_FORM = Pattern.compile(
			"(?<![A-Za-z])(?:S\\.p\\.A|S\\.r\\.l|GmbH|S\\.A\\.S|SARL|S\\.A\\.|B\\.V|N\\.V\\.|Sdn\\.?\\s*Bhd|Pvt\\.?\\s*Ltd|Pte\\.?\\s*Ltd"
					+ "|Pty\\.?\\s*Ltd|Ltda|K\\.K\\.|PT\\.(?=\\s*[A-Z])|CV\\.(?=\\s*[A-Z]))(?![A-Za-z])|有限公司|株式会社|股份|工厂|工廠"
					+ "|유한공사");

	/**
	 * A Korean address in a label's value: 충남 논산시, 서울특별시 마포구, 경남 남해군.
	 */
	private static final Pattern KOREAN_ADDRESS = Pattern
		.compile("(?<![가-힣])(?:서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|충청[남북]도|전북|전남|전라[남북]도|경북|경남|경상[남북]도|제주)"
				+ "(?:특별시|광역시|특별자치시|특별자치도|도|시)?\\s+(?:[가-힣]{1,5}(?:시|군|구)(?![가-힣])|"
				+ PlaceNames.regex(PlaceNames.KOREAN) + ")");

	/**
	 * Made abroad without naming where, or "made in" written in Hangul and run together
	 * with its country (메이드인차이나, 메이드 인 베트남); 차이나 and 재팬 count only there, as 차이나 alone is
	 * also porcelain (본차이나).
	 */
	private static final Pattern OVERSEAS_MADE = Pattern.compile(
			"해외\\s*(?:현지\\s*)?(?:전문\\s*|위탁\\s*|외주\\s*)?(?:[A-Za-z]{2,6}\\s*(?:인증\\s*)?|(?:자사|직영|계열사?|합작)\\s*)?(?:(?<![A-Za-z])(?:OEM|ODM)(?![A-Za-z])|(?:협력|파트너|제휴)\\s*(?:공장|업체|사)|협력사|파트너사|공장|생산|제조|봉제|조립|가공|주조소|주물\\s*공장"
					+ "|제본소|인쇄소|공방|작업장|법인|라인(?=에서))"
					+ "|(?:생산|제조|제작|봉제|조립|가공|제본|인쇄)(?:은|는)\\s*(?:[가-힣A-Za-z]+\\s+){0,3}?해외(?!\\s*(?:수출|배송|판매|시장|바이어|고객))"
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
	private static final Pattern OUTBOUND = Pattern.compile("^\\s*(?:도|을|를|이|은)?\\s*(?:가능|지원|문의|환영|해요|합니다|시작|오픈|OK)");

	private static final Pattern DELIVERY_WORD = Pattern.compile("배송|도착|수령|소요|걸려|걸립|걸리|발송|출고|delivery|shipping",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern DAYS = Pattern.compile(
			"(\\d{1,2})\\s*(?:[~\\-–∼〜]|에서)\\s*(\\d{1,2})\\s*(?:일|영업일|(?:business\\s+)?days)|(\\d{1,2})\\s*(?:일|영업일|days)(?!\\s*[~\\-–∼〜])"
					+ "|(\\d)\\s*(?:[~\\-–∼〜]\\s*(\\d)\\s*)?주(?![문년말])",
			Pattern.CASE_INSENSITIVE);

	/** Long lead times of things made to order or grown are not shipping from abroad. */
	private static final Pattern MADE_TO_ORDER = Pattern.compile("제작|맞춤|수확|예약|주문\\s*후\\s*(?:생산|제조)|숙성|건조|마감|재단");

	/** Made to order, said anywhere: the wait is the making (오더메이드, 주문 제작). */
	private static final Pattern MADE_TO_ORDER_ANYWHERE = Pattern
		.compile("주문\\s*제작|오더\\s*메이드|맞춤\\s*제작|수제작|주문이\\s*들어오면|직접\\s*제작");

	/**
	 * The place names compiled once for the places staff added: a regex of some thousand
	 * names, asked for on every listing.
	 */
	private static final Cache<List<String>, Places> PLACES = Caffeine.newBuilder().maximumSize(8).build();

	private final ReadingContext context;

	private final NearbyWork nearby;

	private final Pattern foreign;

	private final Pattern foreignInLabel;

	private final boolean koreanWork;

	private final List<Signal> signals = new ArrayList<>();

	private boolean koreanStated;

	/** Labels naming a material's foreign origin, read once the whole text is. */
	private final List<Signal> materialLabels = new ArrayList<>();

	/** Origin labels that name no country, read once the whole text is. */
	private final List<Signal> deferredLabels = new ArrayList<>();

	StatementReader(ReadingContext context, List<String> extraPlaces) {
		this.context = context;
		this.nearby = new NearbyWork(context);
		Places compiled = PLACES.get(List.copyOf(extraPlaces), Places::of);
		this.foreign = compiled.foreign();
		this.foreignInLabel = compiled.inLabels();
		this.koreanWork = context.koreanWorkStated();
	}

	/** What the listing states, each with its place in the text. */
	List<Signal> read() {
		readLabels(ORIGIN_LABEL);
		readLabels(WORK_LABEL);
		readLabels(MAKER_LABEL);
		readLabels(ADDRESS_LABEL);
		readCountries();
		readIndia();
		readOverseasWork();
		this.signals.addAll(ImportTells.read(this.context, (start, end) -> !covered(start, end)));
		readShipping();
		readDeliveryTime();
		if (!this.deferredLabels.isEmpty() && !PlaceNames.korean().matcher(this.context.text()).find()) {
			// No Korean place anywhere, and the origin label defers: 제조국: 입고 차수별 상이.
			this.signals.add(this.deferredLabels.get(0));
		}
		for (Signal label : this.materialLabels) {
			boolean here = madeInKoreaStated();
			this.signals.add(new Signal(here ? ReasonCode.RAW_MATERIAL_ORIGIN : ReasonCode.FOREIGN_MADE, label.detail(),
					here ? 0 : Signal.FOREIGN_MADE_POINTS, label.start(), label.end()));
		}
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
			boolean maker = label == MAKER_LABEL || label == ADDRESS_LABEL;
			Matcher foreignValue = (maker ? this.foreign : this.foreignInLabel).matcher(text)
				.region(valueStart, valueEnd);
			Matcher koreanValue = PlaceNames.korean().matcher(text).region(valueStart, valueEnd);
			int foreignAt = -1;
			while (foreignValue.find()) {
				if (!maker || (wordStart(foreignValue.start()) && !joinedInName(foreignValue.end())
						&& !(this.koreanWork && label == MAKER_LABEL && namedAfterPlace(foreignValue.end())))) {
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
				Signal signal = new Signal(ReasonCode.FOREIGN_MADE, stated, Signal.FOREIGN_MADE_POINTS, labels.start(),
						valueEnd);
				if (!maker && label != WORK_LABEL && materialLabel(labels.start(), valueStart, foreignAt)) {
					// 생두 원산지: 에티오피아, 원산지: 양고기(호주산): decided once the whole text is read.
					this.materialLabels.add(signal);
				}
				else {
					this.signals.add(signal);
				}
				continue;
			}
			if (maker && foreignAt < 0) {
				Matcher form = FOREIGN_LEGAL_FORM.matcher(text).region(valueStart, lineEnd(valueStart));
				if (form.find() && !this.context.contrasted(form.start(), form.end())) {
					this.signals
						.add(new Signal(ReasonCode.FOREIGN_MADE, text.substring(labels.start(), form.end()).strip(),
								Signal.FOREIGN_MADE_POINTS, labels.start(), valueEnd));
					continue;
				}
			}
			if (label == ORIGIN_LABEL && koreanAt < 0
					&& DEFERRED_VALUE.matcher(text.substring(valueStart, valueEnd)).lookingAt()) {
				this.deferredLabels.add(new Signal(ReasonCode.ORIGIN_UNSTATED, statement, Signal.CHANNEL_POINTS,
						labels.start(), valueEnd));
				continue;
			}
			boolean korean = (koreanAt >= 0 && !maker
					&& !HANDLING_ONLY_QUALIFIER.matcher(text.substring(koreanValue.end(), valueEnd)).find())
					|| (label == MAKER_LABEL && koreanAddress(valueStart, valueEnd));
			if (korean) {
				this.koreanStated = true;
				// The rest of a Korean statement may name where a material comes from.
				Matcher later = this.foreignInLabel.matcher(text)
					.region((koreanAt >= 0) ? koreanValue.end() : valueStart, valueEnd);
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

	/** The listing's first line, its product name, holds the word. */
	private boolean namedInTitle(String word) {
		String text = this.context.text();
		int lineEnd = text.indexOf('\n');
		return ((lineEnd < 0) ? text : text.substring(0, lineEnd)).contains(word);
	}

	/**
	 * The label or its value names a material first: 생두 원산지: 에티오피아, 원산지: 양고기(호주산).
	 */
	private boolean materialLabel(int labelStart, int valueStart, int foreignAt) {
		String text = this.context.text();
		int from = Math.max(this.context.sentenceStart(labelStart), labelStart - 8);
		if (this.context.namesMaterial(text.substring(from, labelStart))
				|| this.context.namesMaterial(text.substring(valueStart, foreignAt))) {
			return true;
		}
		// 원산지: 명태(러시아산): an ingredient with its country in brackets.
		Matcher ingredient = INGREDIENT_BRACKET.matcher(text.substring(valueStart, foreignAt));
		if (ingredient.matches() && !namedInTitle(ingredient.group(1))) {
			// Not when it is what the title sells: 노르웨이 고등어 필렛, 원산지: 고등어(노르웨이산).
			return true;
		}
		// 원산지: 콜롬비아(생두): the material in brackets after the country.
		Matcher bracket = BRACKETED_MATERIAL.matcher(text).region(foreignAt, Math.min(text.length(), foreignAt + 24));
		return bracket.find() && this.context.namesMaterial(bracket.group(1));
	}

	/**
	 * A maker's value with a Korean address, or a Korean place as a word of its own: 멍멍키친
	 * (충남 천안), 브레드하임 대전 유성점; not 서울무역, a name.
	 */
	private boolean koreanAddress(int valueStart, int valueEnd) {
		String text = this.context.text();
		if (KOREAN_ADDRESS.matcher(text).region(valueStart, valueEnd).find()) {
			return true;
		}
		Matcher place = PlaceNames.korean().matcher(text).region(valueStart, valueEnd);
		while (place.find()) {
			int end = place.end();
			if (wordStart(place.start())
					&& (end >= text.length() || !isHangul(text.charAt(end)) || "시군구점".indexOf(text.charAt(end)) >= 0)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A Korean name a shop takes after a foreign place (하노이 엄마네), read as a name where
	 * the listing says the making is done here.
	 */
	private boolean namedAfterPlace(int end) {
		String rest = this.context.text().substring(end, lineEnd(end)).strip();
		return !rest.isEmpty() && isHangul(rest.charAt(0));
	}

	private boolean wordStart(int at) {
		return at == 0 || !isHangul(this.context.text().charAt(at - 1));
	}

	/** A place's name run together with more Hangul that is no particle: 독일마을수제햄. */
	private boolean joinedInName(int end) {
		String text = this.context.text();
		return end < text.length() && isHangul(text.charAt(end))
				&& !JOINED_PARTICLE.matcher(text.substring(end, Math.min(text.length(), end + 4))).find();
	}

	private static boolean isHangul(char c) {
		return Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL;
	}

	/** The end of a value's country, with the bracket that closes around it. */
	private int closing(int end) {
		String text = this.context.text();
		return (end < text.length() && (text.charAt(end) == ')' || text.charAt(end) == '）')) ? end + 1 : end;
	}

	/** Where the line or the slash-separated part ends: Sdn. Bhd. runs past its dots. */
	private int lineEnd(int from) {
		String text = this.context.text();
		int limit = Math.min(text.length(), from + VALUE_LENGTH);
		for (int i = from; i < limit; i++) {
			char c = text.charAt(i);
			if (c == '/' || c == ';' || c == '\n') {
				return i;
			}
		}
		return limit;
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
				if (this.context.machineAfter(statementEnd)) {
					// The machine's country, not the product's: 이탈리아산 에어젯 직기로 짠.
					continue;
				}
			}
			else {
				if (joinedInName(end) || this.context.machineAfter(end)) {
					// 독일 프로밧 로스터로 볶아: the machine's country.
					continue;
				}
				statementEnd = this.nearby.after(start, end);
				if (statementEnd < 0 && workBefore(start)) {
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
							&& materialCountries.contains(country.group().toLowerCase(Locale.ROOT)))
					|| this.context.boughtAsPart(end) || this.context.inMaterialField(start)
					|| this.context.workedHere(statementEnd);
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
			this.signals.add(new Signal(ReasonCode.FOREIGN_MADE, statement, Signal.FOREIGN_MADE_POINTS, start, end));
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
	 * The work named just before a country, or before its Hangul name: 봉제 공정: 다카(Dhaka).
	 */
	private boolean workBefore(int start) {
		int from = Math.max(this.context.sentenceStart(start), start - 16);
		String before = this.context.text().substring(from, start);
		Matcher alias = BRACKETED_ALIAS.matcher(before);
		if (alias.find()) {
			before = before.substring(0, alias.start());
		}
		return PRECEDING_WORK.matcher(before).find();
	}

	private void readIndia() {
		Matcher india = INDIA.matcher(this.context.text());
		while (india.find()) {
			if (covered(india.start(), india.end()) || this.context.contrasted(india.start(), india.end())) {
				continue;
			}
			// As for any country: 인도산 원사 woven and sewn here names a material.
			boolean material = this.context.material(india.start(), india.end())
					|| (india.group().endsWith("산") && this.context.followedByWord(india.end()))
					|| this.context.inMaterialField(india.start());
			addCountry(india.group(), material, india.start(), india.end());
		}
	}

	private void readOverseasWork() {
		Matcher made = OVERSEAS_MADE.matcher(this.context.text());
		while (made.find()) {
			if (!covered(made.start(), made.end()) && !this.context.contrasted(made.start(), made.end())) {
				this.signals.add(new Signal(ReasonCode.FOREIGN_MADE, made.group().strip(), Signal.FOREIGN_MADE_POINTS,
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
				this.signals.add(new Signal(ReasonCode.IMPORT_CHANNEL, dispatch.group().strip(), Signal.CHANNEL_POINTS,
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
			this.signals.add(new Signal(ReasonCode.OVERSEAS_SHIPPING, shipping.group().strip(), Signal.WEAK_POINTS,
					shipping.start(), end));
			break;
		}
	}

	private void readDeliveryTime() {
		String text = this.context.text();
		if (MADE_TO_ORDER_ANYWHERE.matcher(text).find()) {
			return;
		}
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
				int points = (longest >= 10) ? Signal.CHANNEL_POINTS : Signal.WEAK_POINTS;
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
		return this.signals.stream().anyMatch((signal) -> signal.start() <= start && end <= signal.end())
				|| this.materialLabels.stream().anyMatch((signal) -> signal.start() <= start && end <= signal.end());
	}

	/**
	 * The foreign names, with staff's places, as read anywhere and as a label's value.
	 */
	private record Places(Pattern foreign, Pattern inLabels) {

		static Places of(List<String> extraPlaces) {
			List<String> places = new ArrayList<>(PlaceNames.FOREIGN);
			places.addAll(extraPlaces);
			Pattern foreign = PlaceNames.alternation(places);
			places.addAll(PlaceNames.FOREIGN_IN_LABELS);
			return new Places(foreign, PlaceNames.alternation(places));
		}

	}

}
