package kr.valuemall.origin.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
				+ "|한글\\s*(?:표시\\s*사항|표기\\s*사항|라벨|케어\\s*라벨)[^.\\n]{0,20}?(?:부착|첨부|스티커)|한글\\s*스티커[^.\\n]{0,20}?(?:부착|첨부)"
				+ "|해외에서\\s*(?:직접\\s*)?(?:들여온|들여와|수입한|수입해|사입한|매입한)\\s*(?:인기\\s*)?(?:상품|제품|정품|완제품)"
				+ "|글로벌\\s*(?:소싱|생산|제조)|(?<![A-Za-z])global\\s+sourcing(?![A-Za-z])|남반구|(?:태평양|대서양|인도양|적도)(?:을|를)\\s*건너|춘절|국경절\\s*(?:연휴|휴무|기간)|해외\\s*본사"
				+ "|(?:들여온|수입한|수입된)\\s*(?:원제품|벌크)|벌크로\\s*(?:들여|수입)|(?:항공|해상|국제|해외)\\s*구간"
				+ "|(?:엔화|위안화|달러|유로화?)\\s*(?:가격|표기|스티커|정가)|(?:가격|정가)\\s*(?:스티커|표기|택)\\s*[(（]\\s*(?:엔화|위안화|달러|유로)"
				+ "|(?:중국어|중문|일본어|일문|중국\\s*글자)(?:를|을)?\\s*(?:몰라도|모르셔도|못\\s*읽어도)|[(（]\\s*한국\\s*(?:시간|시각)|현지\\s*기준\\s*\\d"
				+ "|(?<![A-Za-z])GB\\s*/?\\s*T?\\s*\\d{4,5}(?:\\s*-\\s*\\d{4})?(?![0-9])|(?<![A-Za-z])CCC\\s*(?:/\\s*[A-Z]{2,4}\\s*)?(?:인증|마크)|(?:인증|마크)\\s*[:：]?\\s*(?:[A-Z]{2,4}\\s*[/,]\\s*)?CCC(?![A-Za-z])"
				+ "|(?:박스|포장|겉면|패키지|라벨)(?:에|엔|에는)?\\s*(?:인쇄된\\s*|적힌\\s*)?(?:외국어|중국어|중문|일본어|일문)\\s*(?:표기|표시|인쇄|문구)"
				+ "|한글\\s*(?:설명서|매뉴얼)(?:는|은)?\\s*(?:QR|큐알|별도\\s*(?:다운|링크)|홈페이지|웹)|해외[^.\\n]{0,24}?(?:동일|같은)\\s*공장"
				+ "|설명서(?:는|은|가|이)?\\s*(?:영문|중문|일문)(?:\\s*(?:과|와|및|,|/)?\\s*(?:영문|중문|일문))?(?:이며|이고|입니다|뿐)"
				+ "|음성(?:이|은)?\\s*(?:중국어|일본어)|(?:박스|포장|겉면|패키지|라벨)[^.\\n]{0,12}?(?:표기|표시|인쇄|문구)(?:가|는|이)?\\s*(?:외국어|중국어|중문|일본어|일문)"
				+ "|(?<![B-Zb-z0-9])(?:AC\\s*)?(?:100|110|120)\\s*V\\s*(?:플러그|제품|규격|전용)|(?:동봉|증정|포함)된\\s*(?:변환\\s*(?:어댑터|플러그)|돼지코|변압기|트랜스)"
				+ "|[\\u4E00-\\u9FFF]{1,3}焼|택\\s*(?:교체|갈이)|택갈이|라벨\\s*(?:교체|갈이)|(?:자사|저희|당사)\\s*라벨로\\s*(?:부착|교체)"
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
				+ "|(?:한국|국내)\\s*(?:콘센트|전압)용?\\s*(?:변환|돼지코)|(?:변환\\s*(?:어댑터|플러그)|돼지코)[^.\\n]{0,16}?(?:동봉|증정|포함|함께|넣어)"
				+ "|(?:국내|한국)에서(?:는)?\\s*[^.\\n]{0,20}?(?:검수|검품|포장|재포장|소분|부착)만"
				+ "|완제품(?:을|으로|를)?\\s*(?:\\S+\\s+){0,4}?(?:들여|수입|입고|컨테이너)"
				+ "|수입\\s*(?:화장품|식품|의약외품|의료기기|건강기능식품|수산물|농산물|축산물)|보세\\s*(?:창고|구역)|검역을?\\s*(?:마친|완료|통과)"
				+ "|(?<![A-Za-z])(?:100|110)\\s*V\\s*전용|강압\\s*(?:트랜스|변압기)|(?<![A-Za-z])(?:PSE|TGA)(?![A-Za-z])\\s*(?:마크|인증|GMP|라이선스|승인)"
				+ "|현지에서\\s*(?:바로\\s*)?(?:생산|제조|가공|제작|봉제|조립|구워|구운|만들어|만든|빚어|빚은|병입)|현지\\s*(?:에서\\s*)?공수|현지에서\\s*(?:직접\\s*|정식\\s*)?(?:구입|구매|사온|사\\s*온)|현지\\s*(?:시각|시간|항구|항만|세관|가공\\s*공장|공장|공방|제조사|제다사|업체|장인|제과점|가공장|법인|QC|내수용?|정가|가격|마트|판매가|문구점|상점|매장|백화점|드럭스토어|편의점)|현지\\s*(?:디자인|포장)\\s*그대로",
				Pattern.CASE_INSENSITIVE);

	/**
	 * Tells that exporters share with importers: read only where the sentence says
	 * nothing of exporting (간체자 on an export box, a certificate of origin for exports).
	 */
	private static final Pattern UNLESS_EXPORTED = Pattern
		.compile("간체자|번체자|중문\\s*(?:표기|라벨|인쇄)|원산지\\s*증명서|선적분|다음\\s*선적|해상\\s*운송|컨테이너\\s*입고"
				+ "|다음\\s*컨테이너|선적\\s*(?:일정|지연|스케줄)|컨테이너[^.!?\\n]{0,20}?입항|입항분|다음\\s*입항");

	private static final Pattern EXPORTING = Pattern.compile("수출");

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
	private static final Pattern EXCHANGE_RATE_PRICE = Pattern
		.compile("환율(?:이|을|의)?\\s*(?:변동|상승|하락|인상|반영|적용)[^.\\n]{0,16}?(?:판매가|가격|단가)");

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
			boolean material = this.context.namesMaterial(rate.group());
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
		Matcher tell = IMPORT_PAPERWORK.matcher(text);
		while (tell.find()) {
			if (tell.group().startsWith("현지") && koreanJustBefore(tell.start())) {
				// 제주 현지 농가: local to a Korean place.
				continue;
			}
			if (this.free.test(tell.start(), tell.end()) && !this.context.channelContrasted(tell.start(), tell.end())) {
				tells.add(new Signal(ReasonCode.IMPORT_CHANNEL, tell.group().strip(), Signal.CHANNEL_POINTS,
						tell.start(), tell.end()));
				return tells;
			}
		}
		return tells;
	}

	/** A Korean place just before 현지: local to it (제주 현지 농가). */
	private boolean koreanJustBefore(int at) {
		int from = Math.max(this.context.sentenceStart(at), at - 12);
		return PlaceNames.korean().matcher(this.context.text().substring(from, at)).find();
	}

}
