package kr.valuemall.origin.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What only imports are sold with, read as {@code IMPORT_CHANNEL}: the paperwork (수입 기자재,
 * 수허 23-1234호, 수입화장품), Korean labels stuck on, packaging in other languages, finished
 * goods brought in, a local factory, shop or price abroad, and only handling done here
 * (검수만 국내에서; 단순 조립만 진행 counts only with another sign); shipments by sea (다음 컨테이너 입항),
 * local time and holidays abroad (현지 시각, 춘절 연휴), foreign standards and date formats
 * (GB2626, 일/월/년), and prices that follow the exchange rate.
 */
final class ImportTells {

	/**
	 * The paperwork, labelling and handling only imports have: an import permit or a
	 * radio certificate for imported equipment, imported cosmetics or food, a bonded
	 * warehouse, a Korean label stuck on or none on the box, only inspection or packing
	 * done here, finished goods brought in, sourcing worldwide, a voltage or a
	 * certificate of another country, a local factory, shop or price abroad.
	 */
	private static final Pattern IMPORT_PAPERWORK = Pattern
		.compile("수입\\s*기자재|수입업\\s*(?:허가|신고|등록)|의료기기\\s*수입|(?<![가-힣])수[허인신]\\s*\\d{2}\\s*-\\s*\\d{2,}"
				+ "|(?:한글|국문)\\s*(?:\\S+\\s+)?(?:표시\\s*사항|표기\\s*사항|라벨|케어\\s*라벨)[^.\\n]{0,20}?(?:부착|첨부|스티커|붙여|붙인|붙임)|(?:한글|국문)\\s*스티커[^.\\n]{0,20}?(?:부착|첨부|붙여|붙인)"
				+ "|해외에서\\s*(?:직접\\s*)?(?:들여온|들여와|수입한|수입해|사입한|매입한)\\s*(?:인기\\s*)?(?:상품|제품|정품|완제품)"
				+ "|글로벌\\s*(?:소싱|생산|제조|OEM|ODM|파트너사|협력사|제조사|버전)|(?<![A-Za-z])global\\s+sourcing(?![A-Za-z])|남반구|(?:태평양|대서양|인도양|적도)(?:을|를)\\s*건너|춘절|국경절\\s*(?:연휴|휴무|기간)|해외\\s*본사"
				+ "|(?:들여온|수입한|수입된)\\s*(?:원제품|벌크)|벌크로\\s*(?:들여|수입)|(?:항공|해상|국제|해외)\\s*구간"
				+ "|(?:엔화|위안화|달러|유로화?)\\s*(?:가격|표기|스티커|정가)|(?:가격|정가)\\s*(?:스티커|표기|택)\\s*[(（]\\s*(?:엔화|위안화|달러|유로)"
				+ "|(?:중국어|중문|일본어|일문|중국\\s*글자)(?:를|을)?\\s*(?:몰라도|모르셔도|못\\s*읽어도)|[(（]\\s*한국\\s*(?:시간|시각)|현지\\s*기준\\s*\\d"
				+ "|(?<![A-Za-z])GB\\s*/?\\s*T?\\s*\\d{4,5}(?:\\s*-\\s*\\d{4})?(?![0-9])|(?<![A-Za-z])CCC\\s*(?:/\\s*[A-Z]{2,4}\\s*)?(?:안전\\s*)?(?:인증|마크)|(?:인증|마크)\\s*[:：]?\\s*(?:[A-Z]{2,4}\\s*[/,]\\s*)?CCC(?![A-Za-z])"
				+ "|(?:박스|포장|겉면|패키지|라벨)(?:에|엔|에는)?\\s*(?:인쇄된\\s*|적힌\\s*)?(?:외국어|중국어|중문|일본어|일문)\\s*(?:표기|표시|인쇄|문구)"
				+ "|한글\\s*(?:설명서|매뉴얼)(?:는|은)?\\s*(?:QR|큐알|별도\\s*(?:다운|링크)|홈페이지|웹)|해외[^.\\n]{0,24}?(?:동일|같은)\\s*공장"
				+ "|설명서(?:는|은|가|이)?\\s*(?:영문|중문|일문)(?:\\s*(?:과|와|및|,|/)?\\s*(?:영문|중문|일문))?(?:이며|이고|입니다|뿐)"
				+ "|음성(?:이|은)?\\s*(?:중국어|일본어)|(?:박스|포장|겉면|패키지|라벨)[^.\\n]{0,12}?(?:표기|표시|인쇄|문구)(?:가|는|이)?\\s*(?:외국어|중국어|중문|일본어|일문)"
				+ "|(?<![B-Zb-z0-9])(?:AC\\s*)?(?:100|110|120)\\s*V\\s*(?:플러그|제품|규격|전용)|(?:동봉|증정|포함)된\\s*(?:변환\\s*(?:어댑터|플러그)|돼지코|변압기|트랜스)"
				+ "|[\\u4E00-\\u9FFF]{1,3}焼|택\\s*(?:교체|갈이)|택갈이|리\\s*라벨링|라벨\\s*(?:교체|갈이)|(?:자사|저희|당사)\\s*라벨로\\s*(?:부착|교체)"
				+ "|(?:mm|밀리)\\s*사이즈\\s*(?:표|표기)?(?:는|가|이)?\\s*없|(?<![A-Za-z])(?:Supplement|Nutrition)\\s+Facts(?![A-Za-z])"
				+ "|(?:라벨|표기|성분표)(?:은|는|이|가)\\s*(?:\\S+\\s+){0,3}?(?:영문|중문|일문)\\s*(?:표기|표시|인쇄)|(?<![가-힣])제?\\s*수입\\s*[-–]\\s*\\d{2,4}\\s*[-–]\\s*\\d+"
				+ "|(?:조립|생산|제조|제작)\\s*(?:후|하고|한\\s*뒤|된\\s*뒤)\\s*(?:국내|한국)에서\\s*(?:\\S+\\s+){0,2}?(?:검사|검수|검품|포장)"
				+ "|[(（]\\s*수입(?:원|자|사|처)?\\s*[)）]\\s*[:：]|(?:국내|한국)에서\\s*(?:\\S+\\s+){0,2}?(?:소분|재포장|리패킹)"
				+ "|(?<![가-힣])(?:국내\\s*)?정발(?:품|판)?(?=\\s|이|으로|로|[)\\]]|$)|(?<![가-힣])병행\\s*(?:정품|제품|상품|품)|\\[병행]"
				+ "|(?<![가-힣])일\\s*[./·\\-]\\s*월\\s*[./·\\-]\\s*[년연](?![가-힣])|(?<![A-Za-z])DD\\s*[./\\-]\\s*MM\\s*[./\\-]\\s*YY(?:YY)?(?![A-Za-z])"
				+ "|(?:검수|검품|포장|재포장|소분|라벨\\S{0,2}|택\\s*부착|품질\\s*검사)만\\s*(?:국내|한국)"
				+ "|(?:영문|중문|일문|외국어|영어|중국어|일본어)(?:\\s*(?:과|와|및|,|/)\\s*(?:영문|중문|일문|영어|중국어|일본어))?(?:로)?만\\s*(?:표기|표시|인쇄|적혀|쓰여)"
				+ "|(?:한글|한국어)\\s*(?:표기|표시|설명서|매뉴얼)?\\s*(?:가\\s*|이\\s*)?(?:없|미\\s*부착|미\\s*포함|포함되어\\s*있지\\s*않)"
				+ "|(?:국내|한국)에서는\\s*[^.\\n]{0,16}?(?:검수|검품|포장|재포장|소분)(?:과|와|을|를)?\\s*(?:\\S+\\s+)?(?:거쳐|거친|진행)"
				+ "|(?:국내|한국)에서는\\s*[^.\\n]{0,20}?(?:교체|수리|검수|포장)만\\s*가능"
				+ "|설명서[는은가이]?\\s*(?:중문|영문|일문|중국어|영어|일본어)(?:\\s*(?:과|와|및|,|/)\\s*(?:중문|영문|일문|중국어|영어|일본어))?(?:으로|로)\\s*(?:되어|돼|작성|표기)"
				+ "|(?:한국|국내)\\s*(?:콘센트|전압)용?\\s*(?:변환|돼지코)|(?:변환\\s*(?:어댑터|플러그|젠더)|돼지코)[^.\\n]{0,16}?(?:동봉|증정|포함|함께|넣어|같이|끼워)|(?:미국|일본|영국|유럽|중국)형\\s*플러그|플러그(?:는|가)?\\s*(?:원래\\s*)?(?:미국|일본|영국|유럽|중국)형"
				+ "|(?:플러그|콘센트)(?:가|는|이)?\\s*(?:A|B|G|I)\\s*타입|(?<![A-Za-z])JAN\\s*코드|(?<![A-Za-z])(?:캔톤|칸톤)\\s*(?:페어|박람회)(?![^.!?\\n]{0,20}?(?:출품|참가|전시|수출))|광저우\\s*교역회|(?<![A-Za-z])Canton\\s+Fair(?![A-Za-z])"
				+ "|(?:국내|한국)에서(?:는)?\\s*[^.\\n]{0,20}?(?:검수|검품|포장|재포장|소분|부착)만"
				+ "|완제품(?:을|으로|를)?\\s*(?:\\S+\\s+){0,4}?(?:들여|수입|입고|컨테이너)"
				+ "|수입\\s*(?:화장품|식품|의약외품|의료기기|건강기능식품|수산물|농산물|축산물)|보세\\s*(?:창고|구역)|검역(?:을|까지)?\\s*(?:마친|완료|통과)"
				+ "|(?<![A-Za-z])(?:100|110)\\s*V\\s*전용|강압\\s*(?:트랜스|변압기)|(?<![A-Za-z])(?:PSE|TGA)(?![A-Za-z])\\s*(?:마크|인증|GMP|라이선스|승인)"
				+ "|(?:포장|설명|라벨|패키지|박스|표기)[^.\\n]{0,12}?(?:일본어|중국어|독일어|프랑스어|영어|태국어|베트남어|외국어|이탈리아어|스페인어)\\s*(?:원문\\s*)?그대로"
				+ "|(?:라벨|(?<![가-힣])택|표기|표시)[^.\\n]{0,16}?(?:일본어|중국어|베트남어|태국어|인도네시아어|미얀마어|캄보디아어|벵골어|히브리어|터키어|튀르키예어|우르두어)(?:로|으로)?\\s*(?:표기|표시|인쇄|되어|적혀|쓰여)"
				+ "|(?:라벨|(?<![가-힣])택|표기)[^.\\n]{0,10}?(?:국가|원산지|제조국|나라)(?:와|과|는|은)?\\s*(?:관계\\s*없이|상관\\s*없이|무관하게)"
				+ "|증기\\s*열처리|(?<![A-Za-z])VHT(?![A-Za-z])|현지가\\s*[$€¥£\\d]|\\d[\\d,.]*\\s*元"
				+ "|(?:달러|위안화?|엔화|유로화?)\\s*결제\\s*(?:단가|가격|금액)" + "|현지\\s*(?:생산|제조|가공)\\s*(?:시설|라인|공장|업체|기지)"
				+ "|(?:아시아|중국|일본)\\s*(?:사이즈|치수)|(?:사이즈|치수)(?:는|가|은|이)?\\s*(?:현지|EU|US|UK)\\s*기준|대륙\\s*(?:내수|현지|직구|공장)"
				+ "|(?:플러그|어댑터|전원\\s*코드)[^.\\n]{0,24}?(?:국내|한국|KC)\\s*(?:\\S+\\s+)??(?:콘센트|규격|전압)[^.\\n]{0,20}?(?:교체|바꿔|바꾼|변경)"
				+ "|선박(?:으로|편으로)\\s*(?:들여|수입)|(?:미국|일본|중국|현지|해외)\\s*(?:정가|판매가|소비자가)\\s*[:：]?\\s*[$€¥£\\d]|\\$\\s?\\d+\\.\\d{2}"
				+ "|(?:제조업자|제조원|제조사)\\s*[:：]?\\s*[^/\\n]{0,20}?(?:상해|상하이|해외|현지|중국|베트남)\\s*법인|(?<![A-Za-z])KN\\s*95(?!\\d)"
				+ "|(?:일본어|중국어|독일어|프랑스어|태국어|베트남어|외국어|이탈리아어|스페인어|영어)\\s*(?:\\S+\\s+){0,2}?\\S*?(?:라벨|택|포장|설명서)(?:이|가|은|는)?\\s*그대로"
				+ "|현지에서\\s*(?:바로\\s*)?(?:생산|제조|가공|제작|봉제|조립|구워|구운|만들어|만든|빚어|빚은|병입)|현지\\s*(?:에서\\s*)?공수|현지에서\\s*(?:직접\\s*|정식\\s*)?(?:구입|구매|사온|사\\s*온)|현지\\s*[A-Za-z]{2,6}\\s*(?:인증\\s*)?(?:공장|시설|라인)|현지\\s*(?:재고|시각|시간|항구|항만|세관|가공\\s*공장|공장|공방|로스터리|차창|다원|제다소|와이너리|제조사|제다사|업체|장인|제과점|가공장|법인|QC|내수용?|정가|가격|마트|판매가|문구점|상점|매장|백화점|드럭스토어|편의점)|현지\\s*(?:디자인|포장)\\s*그대로",
				Pattern.CASE_INSENSITIVE);

	/**
	 * Tells that exporters share with importers: read only where the sentence says
	 * nothing of exporting (간체자 on an export box, a certificate of origin for exports).
	 */
	private static final Pattern UNLESS_EXPORTED = Pattern
		.compile("간체자|번체자|중문\\s*(?:표기|라벨|인쇄)|원산지\\s*증명서|선적분|다음\\s*선적|해상\\s*운송|컨테이너\\s*입고"
				+ "|다음\\s*컨테이너|선적\\s*(?:일정|지연|스케줄|물량)|선적되(?:어|었|면)|컨테이너[^.!?\\n]{0,20}?입항|입항분|다음\\s*입항"
				+ "|(?<![A-Za-z])FTA(?![A-Za-z])[^.\\n]{0,10}?(?:세율|관세)|협정\\s*세율|컨테이너(?:로|에)\\s*[^.!?\\n]{0,12}?입고|식물\\s*검역\\s*증명서|(?<![A-Za-z])Phytosanitary(?![A-Za-z])",
				Pattern.CASE_INSENSITIVE);

	private static final Pattern EXPORTING = Pattern.compile("수출");

	/** Exported goods brought back: 수출용을 역수입, 수출 잔량을 들여와. */
	private static final Pattern REIMPORTED = Pattern.compile("역수입|들여|수입");

	/**
	 * Only handling said to be done, as imports are handled here: 단순 조립만, 소분 포장만 진행.
	 * Holds only with another sign (부품 100% 수입).
	 */
	private static final Pattern ONLY_HANDLING = Pattern
		.compile("(?:검수|검품|포장|재포장|소분|선별|라벨\\S{0,2}|단순\\s*조립|최종\\s*조립)만\\s*(?:진행|하|해|합|거쳐|거친|마친)");

	/**
	 * A price that follows the exchange rate: how imports are priced, unless what it
	 * names is a material bought abroad (환율 상승으로 원자재 가격이).
	 */
	private static final Pattern EXCHANGE_RATE_PRICE = Pattern.compile(
			"(?:(?:위안화?|엔화|유로화?)\\s*)?환율(?:이|을|의)?\\s*(?:변동|상승|하락|인상|반영|적용|에\\s*따라|올라|오르)[^.\\n]{0,16}?(?:판매가|가격|단가)"
					+ "|(?:위안화?|엔화|유로화?)\\s*환율");

	/**
	 * A barcode's number, its check digit right: its first digits name the country where
	 * the brand owner registered it (880 is Korea; 020-029, 040-049 and 2xx are a shop's
	 * own codes, 977-979 serials and books).
	 */
	private static final Pattern BARCODE = Pattern.compile(
			"(?:바코드|(?<![A-Za-z])(?:barcode|EAN|JAN)(?![A-Za-z]))[^\\d\\n]{0,12}(\\d{13})(?!\\d)",
			Pattern.CASE_INSENSITIVE);

	/**
	 * Goods brought into Korea: 산지 건조장에서 말린 곶감을 국내 작업장으로 들여와. A material brought in is no
	 * import of the goods (양모를 국내 공장으로 들여와).
	 */
	private static final Pattern BROUGHT_HOME = Pattern.compile(
			"(?:국내|한국)(?:에(?!서)|으로|로)?\\s*(?:[가-힣]{1,6}(?:으로|로)\\s*)?(?:정식(?:으로)?\\s*)?들여(?:와|왔|온|오|옵)|(?:국내|한국)(?:로|으로)\\s*입고");

	/** Fruit of the Korean summer, fresh. */
	private static final Pattern SUMMER_FRUIT = Pattern.compile("체리(?!\\s*토마토)|블루베리");

	/**
	 * Winter named as the fruit's season: in Korea cherries and blueberries ripen in
	 * summer, so a winter harvest is the other hemisphere's (칠레, 뉴질랜드).
	 */
	private static final Pattern WINTER_HARVEST = Pattern.compile(
			"(?:(?<!\\d)(?:12|1|2)\\s*월|한겨울|겨울)[^.!?\\n]{0,24}?(?:제철|수확)|(?:제철|수확)[^.!?\\n]{0,8}?(?:(?<!\\d)(?:12|1|2)\\s*월|한겨울)");

	/** Not the fresh fruit: frozen, dried or made into something, or a sapling. */
	private static final Pattern FROZEN = Pattern.compile("냉동|건조|말린|퓨레|분말|주스|즙|잼|식초|묘목|나무|(?:블루베리|체리)청");

	/**
	 * A weight in pounds, as American goods are sized (25LB, 파운드 규격); not in a listing
	 * that says it is exported (수출 물량과 같은 몰드라 kg과 lb가 같이 각인), nor a fishing line's or a
	 * bow's strength, which is given in pounds everywhere.
	 */
	private static final Pattern POUNDS = Pattern.compile(
			"(?<![A-Za-z0-9])\\d{1,3}(?:\\.\\d)?\\s*LBS?(?![A-Za-z])|파운드\\s*(?:규격|단위|표기)|\\d+(?:\\.\\d+)?\\s*fl\\.?\\s*oz(?![A-Za-z])",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern POUNDS_EVERYWHERE = Pattern
		.compile("낚시|낚싯|원줄|목줄|합사|쇼크\\s*리더|라인|드래그|활(?![가-힣])|양궁|국궁|개량궁|리커브|컴파운드");

	/** The United States' radio certificate, without Korea's (KC, 전파인증) beside it. */
	private static final Pattern FCC = Pattern.compile("(?<![A-Za-z])FCC(?![A-Za-z])");

	private static final Pattern KOREAN_CERTIFICATE = Pattern.compile(
			"(?<![A-Za-z])KCC?(?![A-Za-z])|(?<![A-Za-z])R-[A-Z]{1,3}-|전파\\s*인증|적합\\s*(?:성\\s*평가|등록|인증)|안전\\s*(?:인증|확인)|국내\\s*인증");

	/**
	 * What may follow a Korean place before 현지: 제주도, 하동군 화개면, 산지 (제주도 현지, 하동군 화개면 현지 다원).
	 */
	private static final String KOREAN_LOCALITY = "(?:도|시|군|읍|면|동)?(?:\\s+[가-힣]{1,4}(?:리|동|면|읍|마을))?(?:\\s*(?:지역|산지))?(?:의)?";

	/**
	 * A Korean maker that makes for the world's brands: 글로벌 ODM 기업 코스맥스, 글로벌 협력사에 납품하는 인천
	 * 공장.
	 */
	private static final Pattern KOREAN_ODM = Pattern
		.compile("글로벌\\s*(?:OEM|ODM|협력사|파트너사)\\s*(?:기업|회사|업체|전문|에\\s*납품|들에)", Pattern.CASE_INSENSITIVE);

	private static final Pattern PENDING = Pattern.compile("진행\\s*중|예정|준비\\s*중|신청\\s*중|대기");

	private final ReadingContext context;

	private final BiPredicate<Integer, Integer> free;

	/**
	 * The tells the text holds: one of handling only (weak) and the first other one, each
	 * where {@code free} says no statement read before covers it.
	 */
	static List<Signal> read(ReadingContext context, BiPredicate<Integer, Integer> free) {
		return new ImportTells(context, free).read();
	}

	private ImportTells(ReadingContext context, BiPredicate<Integer, Integer> free) {
		this.context = context;
		this.free = free;
	}

	private List<Signal> read() {
		List<Signal> tells = new ArrayList<>();
		Matcher handling = ONLY_HANDLING.matcher(this.context.text());
		if (handling.find() && this.free.test(handling.start(), handling.end())
				&& !this.context.channelContrasted(handling.start(), handling.end())) {
			tells.add(new Signal(ReasonCode.IMPORT_CHANNEL, handling.group().strip(), Signal.WEAK_POINTS,
					handling.start(), handling.end()));
		}
		String text = this.context.text();
		Matcher rate = EXCHANGE_RATE_PRICE.matcher(text);
		if (rate.find() && this.free.test(rate.start(), rate.end())
				&& !this.context.channelContrasted(rate.start(), rate.end())) {
			boolean material = this.context.namesMaterial(
					text.substring(this.context.sentenceStart(rate.start()), this.context.sentenceEnd(rate.end())));
			tells.add(new Signal(ReasonCode.IMPORT_CHANNEL, rate.group().strip(),
					material ? Signal.WEAK_POINTS : Signal.CHANNEL_POINTS, rate.start(), rate.end()));
			if (!material) {
				return tells;
			}
		}
		Matcher shared = UNLESS_EXPORTED.matcher(text);
		while (shared.find()) {
			String sentence = text.substring(this.context.sentenceStart(shared.start()),
					this.context.sentenceEnd(shared.end()));
			if (!EXPORTING.matcher(sentence).find() && !this.context.channelContrasted(shared.start(), shared.end())) {
				tells.add(new Signal(ReasonCode.IMPORT_CHANNEL, shared.group().strip(), Signal.CHANNEL_POINTS,
						shared.start(), shared.end()));
				return tells;
			}
		}
		Signal other = Stream
			.<Supplier<Signal>>of(this::barcodeAbroad, this::broughtHome, this::otherHemisphere, this::pounds,
					this::foreignCertificateOnly)
			.map(Supplier::get)
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
		if (other != null) {
			tells.add(other);
			return tells;
		}
		Matcher tell = IMPORT_PAPERWORK.matcher(text);
		while (tell.find()) {
			if (tell.group().startsWith("현지") && koreanJustBefore(tell.start())) {
				// 제주 현지 농가: local to a Korean place.
				continue;
			}
			if (tell.group().startsWith("글로벌") && KOREAN_ODM.matcher(text.substring(tell.start())).lookingAt()
					&& this.context.koreanWorkStated()) {
				// 글로벌 ODM 기업 코스맥스 평택공장 제조: a Korean maker that serves the world.
				continue;
			}
			if (this.free.test(tell.start(), tell.end()) && !this.context.channelContrasted(tell.start(), tell.end())
					&& !exportedSentence(tell.start(), tell.end())) {
				tells.add(new Signal(ReasonCode.IMPORT_CHANNEL, tell.group().strip(), Signal.CHANNEL_POINTS,
						tell.start(), tell.end()));
				return tells;
			}
		}
		return tells;
	}

	/**
	 * A Korean place just before 현지, the word before it: local to it (제주 현지 농가); not 국내
	 * 기획 제품이며 현지 공장에.
	 */
	private boolean koreanJustBefore(int at) {
		int from = Math.max(this.context.sentenceStart(at), at - 12);
		String before = this.context.text().substring(from, at).stripTrailing();
		Matcher place = PlaceNames.korean().matcher(before);
		while (place.find()) {
			if (before.substring(place.end()).matches(KOREAN_LOCALITY)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The sentence says the goods are exported, not brought in, in a listing that says
	 * where in Korea they are made: 수출 겸용 패키지라 박스에 중문 표기. Without that, "an export
	 * package" is what importers say of foreign boxes too.
	 */
	private boolean exportedSentence(int start, int end) {
		String sentence = this.context.text()
			.substring(this.context.sentenceStart(start), this.context.sentenceEnd(end));
		return this.context.koreanWorkStated() && EXPORTING.matcher(sentence).find()
				&& !REIMPORTED.matcher(sentence).find();
	}

	/** A barcode registered abroad. */
	private Signal barcodeAbroad() {
		Matcher barcode = BARCODE.matcher(this.context.text());
		while (barcode.find()) {
			String digits = barcode.group(1);
			int prefix = Integer.parseInt(digits.substring(0, 3));
			boolean notAbroad = prefix == 880 || (prefix >= 200 && prefix < 300) || prefix >= 977
					|| (prefix >= 20 && prefix < 30) || (prefix >= 40 && prefix < 50);
			if (!notAbroad && checkDigitRight(digits) && this.free.test(barcode.start(), barcode.end())) {
				return new Signal(ReasonCode.BARCODE_ABROAD, digits, Signal.CHANNEL_POINTS, barcode.start(),
						barcode.end());
			}
		}
		return null;
	}

	/** An EAN-13's last digit checks the twelve before it. */
	private static boolean checkDigitRight(String digits) {
		int sum = 0;
		for (int i = 0; i < 12; i++) {
			sum += (digits.charAt(i) - '0') * ((i % 2 == 0) ? 1 : 3);
		}
		return (10 - sum % 10) % 10 == digits.charAt(12) - '0';
	}

	/** The goods brought into Korea, not a material. */
	private Signal broughtHome() {
		Matcher brought = BROUGHT_HOME.matcher(this.context.text());
		while (brought.find()) {
			String before = this.context.text().substring(this.context.sentenceStart(brought.start()), brought.start());
			if (!this.context.namesMaterial(before) && this.free.test(brought.start(), brought.end())
					&& !this.context.channelContrasted(brought.start(), brought.end())) {
				return new Signal(ReasonCode.IMPORT_CHANNEL, brought.group().strip(), Signal.CHANNEL_POINTS,
						brought.start(), brought.end());
			}
		}
		return null;
	}

	/**
	 * Only America's certificate, where goods sold here need Korea's: a Korean maker
	 * names KC first, an exporter says it exports.
	 */
	private Signal foreignCertificateOnly() {
		String text = this.context.text();
		return firstIf(!koreanCertificateHeld(text) && !EXPORTING.matcher(text).find(), FCC);
	}

	/** Korea's certificate named as held, not as still to come (KC 인증은 진행 중입니다). */
	private static boolean koreanCertificateHeld(String text) {
		Matcher korean = KOREAN_CERTIFICATE.matcher(text);
		while (korean.find()) {
			String after = text.substring(korean.end(), Math.min(text.length(), korean.end() + 16));
			if (!PENDING.matcher(after).find()) {
				return true;
			}
		}
		return false;
	}

	/** A weight in pounds, in a listing that says nothing of exporting. */
	private Signal pounds() {
		String text = this.context.text();
		return firstIf(!EXPORTING.matcher(text).find() && !POUNDS_EVERYWHERE.matcher(text).find(), POUNDS);
	}

	/** Fresh summer fruit harvested in winter: grown in the other hemisphere. */
	private Signal otherHemisphere() {
		String text = this.context.text();
		return firstIf(SUMMER_FRUIT.matcher(text).find() && !FROZEN.matcher(text).find(), WINTER_HARVEST);
	}

	/**
	 * The first match of a tell that applies to this listing, unless a statement covers
	 * it.
	 */
	private Signal firstIf(boolean applies, Pattern tell) {
		if (!applies) {
			return null;
		}
		Matcher match = tell.matcher(this.context.text());
		if (match.find() && this.free.test(match.start(), match.end())) {
			return new Signal(ReasonCode.IMPORT_CHANNEL, match.group().strip(), Signal.CHANNEL_POINTS, match.start(),
					match.end());
		}
		return null;
	}

}
