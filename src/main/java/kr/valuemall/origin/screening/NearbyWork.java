package kr.valuemall.origin.screening;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a word of making, growing or buying follows a foreign place closely enough to
 * say the product is made or bought there (방콕 인근 GMP 인증 파트너 공장에서 생산), and not a style, a
 * technique, a machine, a certificate, a shipment abroad or a material's source (일본 전통
 * 방식으로, 독일에서 들여온 기계로, 미국 FDA 등록, 미국으로 발송, 갈리시아 농장에서 짠 올리브유로).
 */
final class NearbyWork {

	private static final Pattern NEARBY_WORK = Pattern.compile(
			"생산|제조|만든|만들|제작|조립|가공|봉제|직송|직배송|발송|출고|보내|구입|구매|사입|매입|수입|들여오|들여온|들여와|자란|키운|키워|수확|채취|채엽|꿰맨|꿰매|엮어|엮은|빚은|빚어|구워|구운|수작업|선적|(?<=에서\\s?)잡(?:은|아|자마자)|어획|도매\\s*(?:시장|단지|상가)|공장|공방|작업장|농장|농가|다원|차밭|차창|차원(?=에서)|목장|양조장|양식장|가공장|제본소|인쇄소|재배|차농|다농|계약\\s*재배|받아오|받아와"
					+ "|현지\\s*(?:유통|정품|매장|판매|도매)|(?<![A-Za-z])OEM(?![A-Za-z])|협력사|파트너사|벤더|직공급|본사|본점|면세점|블렌딩|로스팅|로스터리|대장간|베이커리|출항|골라\\s?온|떼어\\s?온|떼\\s?온|창고형\\s*(?:매장|마트)"
					+ "|직조|편직|(?<=에서\\s?)짠(?![가-힣])");

	/** Buying or bringing in: of a material named between, the material's origin. */
	private static final Pattern BRINGING = Pattern.compile("들여|구입|구매|사입|매입|수입");

	/**
	 * Where a material is grown or raised: of a material named just after, its origin.
	 */
	private static final Pattern SOURCE = Pattern.compile("농장|농가|다원|차밭|목장|양식장|자란|키운|키워|수확|채취|채엽|재배|잡은|잡아|어획");

	/**
	 * A part used, and the clause ended before the work: 독일 오스람 LED 칩을 적용했고 조립은 파주 자사
	 * 공장에서.
	 */
	private static final Pattern PART_USED_THEN = Pattern
		.compile("(?:적용|사용|채택|탑재|장착)(?:했고|하고|하며|했으며|했지만|하지만|했는데|하는데)\\s");

	/** How far after a place its work may be named. */
	private static final int NEARBY = 14;

	/** How far it may be named when no material lies between (nor, as always, Korea). */
	private static final int FURTHER = 26;

	private static final Pattern WORD = Pattern.compile("\\S+");

	/**
	 * Words that make a nearby country a market, a design, a taste, a machine, a
	 * certificate received or a place the maker learnt the trade, not where the product
	 * is made.
	 */
	private static final Pattern NOT_MAKING = Pattern
		.compile("^\\s*(?:식|풍)|수출(?!\\s*전문)|바이어|개발|디자인|디자이너|작가|아티스트|설계|기획|레시피|스타일|감성|브랜드|느낌|관광객|고객|품종|맛"
				+ "|장비|설비|기계|직기|선반|머신|미싱|재봉틀|(?:오븐|화덕|가마)(?:로|으로|를)|금형|정밀|배운|배워|배웠|공부|유학|연수|수료|영감|여행|출신|경력|수상|박람회|전시|유행|열풍|인기"
				+ "|교민|동포|익숙|위해\\s*만든|인증을|인증\\s*받|승인을|승인\\s*받|인증\\s*획득|특허|컨셉|콘셉트|테마|모티[브프]|오마주|[·/|]|,(?!\\d{3})");

	/**
	 * A technique named after a country (독일 기술로, 일본 전통 방식으로): the country's way of
	 * making, unless a place of work comes first (퀘벡 주 슈가 셰이크에서 전통 방식으로 생산).
	 */
	private static final Pattern TECHNIQUE = Pattern.compile("기술|노하우|공법|방식|정통|전통|기법|교육법|교수법|이론|철학|원리|바탕|토대");

	/** Sent to a country, not from it: 미국으로 발송, 교민분들께 보내. */
	private static final Pattern OUTBOUND_TO = Pattern.compile("^\\s*(?:으로|로|에|에게|께|까지)도?\\s*$");

	private static final Pattern SENDING = Pattern.compile("발송|보내|출고|직송|직배송");

	/**
	 * The work is where the maker learnt or worked before (프랑스 공방에서 10년 일한), or what came
	 * from there is a machine, a seed or a recipe (독일에서 들여온 기계로).
	 */
	private static final Pattern LEARNT_AFTER = Pattern.compile(
			"^[^.!?\\n]{0,12}?(?:출신|경력|근무|(?<!동)일한|(?<!동)일했|배운|배워|배웠|공부|수료|수학|연수|유학|기계|장비|설비|기술|종자|씨앗|묘목|품종|레시피(?!대로|\\s*그대로)|효모|균주"
					+ "|다이(?:로|를)|몰드|금형|압출기|제면기|제분기|반죽기|숙성기|성형기|인쇄기|개발|입점|납품)");

	/** A certificate named right after a country: 미국 FDA 등록, 유럽 CE 인증. */
	private static final Pattern CERTIFICATE_AFTER = Pattern.compile(
			"^\\s*(?:(?:FDA|CE|UL|FCC|JIS|USDA|ECOCERT|COSMOS|GOTS|OEKO|TÜV|TUV|BSCI|ISO|EWG|NSF|FSC|RoHS|REACH|GMP)(?![A-Za-z])"
					+ "|[A-Z][A-Za-z0-9\\-]{1,10}\\s*(?:정식\\s*)?(?:인증|승인|등록|규격|표준|기준))");

	/**
	 * Countries and unions whose regulators certify makers anywhere: 미국 FDA 인증 시설 may be
	 * a Korean one. A city's name before a certificate is where the certified line is.
	 */
	private static final Pattern REGULATOR = Pattern.compile(
			"미국|유럽|독일|일본|캐나다|호주|영국|프랑스|뉴질랜드|스위스|이탈리아|북미|USA|U\\.S\\.A\\.?|America|United States|EU|Germany|Japan|Canada|Australia|UK|France",
			Pattern.CASE_INSENSITIVE);

	/** A certified line or factory where the work is done: HACCP 인증 라인에서 생산. */
	private static final Pattern CERTIFIED_SITE_WORK = Pattern
		.compile("^[^.!?\\n]{0,12}?(?:라인|공장|시설|작업장)(?:에서|서)\\s*(?:\\S+\\s+){0,3}?(?:생산|제조|가공|만든|만들|포장|담가|담근|담갔|구워|구운)");

	/** Korea, or a Korean place, between a place and the work: made here. */
	private static final Pattern KOREAN_BETWEEN = PlaceNames.korean();

	private final ReadingContext context;

	NearbyWork(ReadingContext context) {
		this.context = context;
	}

	/**
	 * Where a word of making or buying follows a place (from start to end) closely, the
	 * end of that word: within a few words, or a little further when nothing between
	 * names a material (방콕 인근 GMP 인증 파트너 공장에서 생산); never across a Korean place, a
	 * technique or a recipe. A certificate right after a country is its regulator's (미국
	 * FDA 인증 시설); after a town, a certified line there is where the work is (웨이하이 HACCP
	 * 인증 라인에서 생산).
	 */
	int after(int start, int end) {
		String text = this.context.text();
		int sentenceEnd = this.context.sentenceEnd(end);
		Matcher certificate = CERTIFICATE_AFTER.matcher(text.substring(end, Math.min(sentenceEnd, end + 10)));
		if (certificate.find() && (REGULATOR.matcher(text.substring(start, end)).matches()
				|| !CERTIFIED_SITE_WORK.matcher(text.substring(end + certificate.end(), sentenceEnd)).lookingAt())) {
			return -1;
		}
		Matcher work = NEARBY_WORK.matcher(text).region(end, Math.min(sentenceEnd, end + FURTHER));
		if (!work.find()) {
			return -1;
		}
		String between = text.substring(end, work.start());
		int located = between.indexOf("에서");
		String before = (located >= 0) ? between.substring(0, located) : between;
		String after = text.substring(work.end(), sentenceEnd);
		if (NOT_MAKING.matcher(between).find() || TECHNIQUE.matcher(before).find()
				|| KOREAN_BETWEEN.matcher(between).find() || LEARNT_AFTER.matcher(after).find()) {
			return -1;
		}
		if (SENDING.matcher(work.group()).lookingAt() && OUTBOUND_TO.matcher(between).matches()) {
			return -1;
		}
		if (this.context.koreanWorkStated()
				&& (this.context.materialUsed(between) || PART_USED_THEN.matcher(between).find())) {
			// 프랑스 밀가루로 구운 바게트, baked here: the work is done with the material.
			return -1;
		}
		boolean bringing = BRINGING.matcher(work.group()).lookingAt();
		if ((work.end() - end > NEARBY || bringing) && this.context.namesMaterial(between)) {
			return -1;
		}
		if ((bringing || SOURCE.matcher(work.group()).lookingAt()) && this.context.koreanWorkStated()
				&& this.context.materialUsed(firstWords(after, 4))) {
			// 토스카나 태너리에서 수입한 베지터블 가죽 원단, 갈리시아 농장에서 짠 올리브유로: the
			// material's origin.
			return -1;
		}
		return work.end();
	}

	/** The first words of a text. */
	private static String firstWords(String text, int words) {
		Matcher word = WORD.matcher(text);
		int end = 0;
		for (int i = 0; i < words && word.find(); i++) {
			end = word.end();
		}
		return text.substring(0, end);
	}

}
