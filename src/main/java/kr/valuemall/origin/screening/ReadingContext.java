package kr.valuemall.origin.screening;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the words around a match say about it: whether the sentence denies or contrasts it
 * ("수입산 아님", "중국산과 달리"), whether a brand is only named for fit or style ("다이슨 V10 호환"),
 * whether a country names where a raw material comes from ("원단: 중국산", "수입산 소고기로"), and
 * whether the listing says the product is made or processed in Korea. A careful reader
 * asks these before taking a word as a signal.
 */
final class ReadingContext {

	private static final int AFTER_WINDOW = 14;

	private static final int BEFORE_WINDOW = 8;

	/**
	 * What buyers did or do elsewhere, said of the seller's own product: 해외 직구로만 구하던, 직구로
	 * 사시는 분들.
	 */
	private static final String BUYERS_HABIT = "찾으시던|찾던|구하던|구하시던|쓰시던|쓰던|하시던\\s*분|하던\\s*분|사시는\\s*분|구매하시는\\s*분|구입하시는\\s*분";

	/**
	 * A comparison: 중국산보다 두꺼운. Not one of the seller's own words with something else:
	 * 평소보다 한 치수 크게, 국내 사이즈보다 작게.
	 */
	private static final String COMPARED = "(?<!평소|사이즈|치수|기존|예전|생각|보통)보다";

	/** What shoppers wrongly take the product for: 수입품으로 오해하시는데, 직구로 착각. */
	private static final String MISTAKEN = "오해|착각|오인|헷갈";

	private static final Pattern CONTRAST_AFTER = Pattern.compile("아님|아닌|아니|아닙|않|달리|다른|다르|대신|" + COMPARED
			+ "|비교|처럼|같은|걱정|필요\\s*없|^\\S*\\s*(?:\\S+\\s+)??\\S*(?:없이|없는)|넘쳐|과는|와는|말고|안\\s*해도|안\\s*하고|" + MISTAKEN + "|"
			+ BUYERS_HABIT
			+ "|사\\s*가시|국내\\s*버전|안\\s*(?:씁|써|쓰|사용)|(?<![가-힣])저가|싸구려|값싼|(?<![A-Za-z])(?:not|free|unlike)(?![A-Za-z])",
			Pattern.CASE_INSENSITIVE);

	/**
	 * What other sellers do, told to set the seller's own apart: 수입산 고등어를 국산이랑 섞어 파는 곳이
	 * 많아서.
	 */
	private static final Pattern OTHERS_DO = Pattern
		.compile("(?:파는|쓰는|하는|판매하는|속이는|둔갑시키는)\\s*(?:곳|업체|가게|판매자|셀러|집|경우)(?:들)?(?:이|가|도)?\\s*(?:많|있|넘|늘)");

	/** A clause ends: what follows is said of something else (생산인데, 만들지만, 중국산이고). */
	private static final Pattern CLAUSE_BREAK = Pattern.compile("(?:인데|는데|지만|으며|이며|이고)\\s|,");

	private static final Pattern OWN_SET_APART = Pattern
		.compile("(?:지만|반면|와\\s*달리|과\\s*달리)\\s*(?:저희|우리|당사|본|이)\\s*(?:제품|상품|공방|공장|가게|브랜드|것|는|은)");

	/** Channel words are denied only outright: "관부가세 없음" still tells an import. */
	private static final Pattern CHANNEL_CONTRAST_AFTER = Pattern.compile("아님|아닌|아니|아닙|달리|다른|다르|대신|" + COMPARED
			+ "|비교|처럼|같은|걱정|필요\\s*없|" + MISTAKEN + "|" + BUYERS_HABIT + "|(?<![A-Za-z])(?:not|unlike)(?![A-Za-z])",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern CONTRAST_BEFORE = Pattern.compile(
			"(?:저가|값싼|흔한|시중|싸구려|대부분|수많은|(?<![A-Za-z])(?:not|never|non|no|unlike)(?![A-Za-z])|非)[^가-힣A-Za-z]*[가-힣]{0,3}\\s*[·,]?\\s*$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern FIT_OR_STYLE_AFTER = Pattern
		.compile("호환|전용|규격|스타일|느낌|감성|맞춤|맞춘|맞는|딱\\s*맞|대체|대신|같은|사이즈|거치대|케이스|커버|필름|스트랩|받침|파우치|쿠션|상판|리필|교체|부품|액세서리|악세사리"
				+ "|전구|램프|배터리|건전지|모터|탑재|장착|프레임에|끼워|끼우|크리스탈|컴프레서|칩(?![가-힣])|센서|엔진|무브먼트|유닛"
				+ "|에도?\\s*(?:\\S+\\s+){0,2}?(?:쓰실|쓰셔도|쓸\\s*수|사용\\s*(?:가능|하실|하셔도))|(?:구조|디자인|형태|모양|설계)(?:를|을)?\\s*참고|벤치마킹|영감을"
				+ "|(?<![A-Za-z])(?:st|compatible|style|for)(?![A-Za-z])", Pattern.CASE_INSENSITIVE);

	private static final Pattern BUYERS_ABROAD = Pattern
		.compile("(?:해외|외국)\\s*[가-힣\\s]{0,8}?(?:고객|캠퍼|커뮤니티|소비자|팬|바이어|구매자|분)");

	private static final Pattern STYLED = Pattern.compile("템?\\s*(?:그|같은)?\\s*(?:스타일|느낌|감성)");

	private static final Pattern FIT_BEFORE = Pattern.compile("호환|전용|맞춤|교체용|리필");

	/** Raw materials and ingredients, the things Korean makers import and transform. */
	static final List<String> MATERIALS = List.of("원단", "원사", "원료", "원재료", "원자재", "소재", "재료", "부자재", "부품", "원목", "목재",
			"합판", "가죽", "원피", "우피", "양털", "원석", "진주", "펄프", "용지", "원지", "종이", "수지", "레진", "트라이탄", "원판", "철판", "알루미늄",
			"안료", "잉크", "밀가루", "우리밀", "통밀", "쌀", "콩", "대두", "옥수수", "메밀", "참깨", "들깨", "고춧가루", "마늘", "소고기", "쇠고기", "돼지고기",
			"닭고기", "오리고기", "양고기", "고기", "원육", "우육", "돈육", "계육", "연어", "새우", "생선", "원두", "생두", "찻잎", "홍차", "카카오", "코코아",
			"버터", "크림치즈", "치즈", "우유", "분유", "꿀", "설탕", "팜유", "오일", "리넨", "린넨", "코튼", "양모", "캐시미어", "실크", "구스", "충전재",
			"면사", "견사", "모사", "면화", "목화", "원면", "체인", "큐빅", "비즈", "부속", "버클", "레더", "세라믹", "상판", "포세린", "거즈", "캔버스",
			"웨빙", "지퍼", "필터", "멜트블로운", "섬유", "원액", "추출물", "초콜릿", "커버춰", "소금", "솔트", "올리브유", "식용유", "아몬드", "호두", "견과",
			"땅콩", "피스타치오", "바닐라", "향료", "허브", "향신료", "후추", "시나몬", "계피", "코코넛", "과즙", "농축액", "퓨레", "맥아", "효모", "귀리",
			"보리", "생크림", "녹차", "밀랍", "왁스", "에센셜", "월넛", "오크", "애쉬", "티크", "자작", "편백", "제재목", "판재", "집성목", "무늬목", "각재",
			"강재", "강철", "스틸", "스테인리스", "황동", "강판", "세몰리나", "듀럼밀", "어육", "연육", "염료", "보석", "아쿠아마린", "fabric", "material",
			"materials", "ingredient", "ingredients", "yarn", "leather");

	private static final Pattern MATERIAL = PlaceNames.alternation(MATERIALS);

	/**
	 * A Korean place, or the seller's own site, followed closely by the work done there.
	 * Repacking, inspecting and storing are not making: 국내 소분, 국내 검수 do not count.
	 */
	private static final Pattern KOREAN_WORK = Pattern.compile(PlaceNames.regex(PlaceNames.KOREAN)
			+ "|자사|자체|직영|우리\\s*(?:공장|공방)|(?:저희|당사)(?=\\s*(?:공장|공방|매장|작업장|방앗간|로스터리|목공소|베이커리|주방|작업실|양조장|가공장|농장|제과|빵집))",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern WORK = Pattern.compile(
			"공장|공방|가공장|작업장|로스터리|베이커리|방앗간|목공소|덕장|장독대|양식장|농장|제조|생산|가공|봉제|재단|로스팅|숙성|제작|구워|구운|빵집|제과점|작업실|성형|사출|(?<!단순|단순 |최종|최종 )조립(?!만)|블렌딩|직조|편직|세공|주물|제본|인쇄|만듭|만든|만들|빚|굽|짜서|짠|프레스|용접|도장|염색|건조|배합|충전(?!재)|CNC|아노다이징"
					+ "|끓여|끓인|볶아|볶은|달여|달인|담가|담근|절여|절인|훈연|쪄서|반죽|발효");

	/** Foreign names, and 외국 (foreign) itself, that may hold a Korean word: 중국산, 외국산. */
	private static final Pattern FOREIGN_AROUND = Pattern.compile(PlaceNames.regex(PlaceNames.FOREIGN) + "|외국",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** Putting an ingredient in: 벨기에산 커버춰를 듬뿍 넣어, 파키스탄산 핑크솔트를 함유한. */
	private static final Pattern PUT_IN = Pattern
		.compile("\\s*(?:\\S+\\s+){0,2}(?:\\S*(?:을|를)\\s+)?(?:함유|첨가|넣|사용|배합|블렌딩|더한|더해|듬뿍|씁|써서|쓴|쓰고|쓰지만|쓰며|적용|탑재|장착)");

	/** A particle of what a thing is made with or of: 올리브유로, 원단을, 버터와. */
	private static final Pattern USED = Pattern.compile("[가-힣]{0,3}?(?:으로|로|을|를|와|과|에)(?![가-힣])");

	/** An ingredient list, whose brackets name each ingredient's origin: 올리브유(스페인산). */
	private static final Pattern INGREDIENT_LIST = Pattern.compile("원재료|원료|성분|재료명|주재료");

	/** A noun with "only" or a topic particle just before a country: 레몬그라스만, 크림치즈는. */
	private static final Pattern TOPIC_BEFORE = Pattern.compile("([가-힣A-Za-z]+)(?:만|은|는)\\s*$");

	/**
	 * Nouns that name the whole product or its making, of which a country is the origin:
	 * 이 제품은 중국산, 제조는 광저우.
	 */
	private static final Pattern WHOLE_PRODUCT = Pattern
		.compile("(?:이|그|저|것|건)|.*(?:제품|상품|본품|완제품|이것|이건|저희것|제조|생산|가공|봉제|조립|제작|출고|배송|발송|원산지|산지|제조국|생산지|공장|국가)");

	/** A Korean maker's licence: 식품제조가공업 영업등록, 화장품제조업. */
	private static final Pattern KOREAN_LICENCE = Pattern
		.compile("식품제조가공업|즉석판매제조가공업|화장품\\s*제조업(?!자)|의료기기\\s*제조업|제조업\\s*(?:등록|신고|허가)\\s*(?:번호|완료|업체)?");

	/** The work named first and Korea after it: 배합과 제조는 모두 국내, 생산은 한국. */
	private static final Pattern KOREAN_WORK_AFTER = Pattern.compile(
			"(?<!단순|단순\\s|최종|최종\\s)(?:제조|생산|가공|봉제|배합|제작|재단|조립)(?:과|와|은|는|도|\\s)*(?:모두|전부|직접|100%)?\\s*(?:국내|한국|대한민국|"
					+ PlaceNames.regex(PlaceNames.KOREAN) + "(?=\\s|에서|[,.)]))(?!\\s*(?:유통|판매|배송|수입|정식))");

	/**
	 * A machine from a country that a Korean workshop makes with: 이탈리아산 에어젯 직기로, 스위스제 CNC
	 * 자동선반으로.
	 */
	private static final Pattern MACHINE_AFTER = Pattern.compile(
			"^\\s*(?:\\S+\\s+){0,2}\\S*(?:기계|장비|설비|직기|선반|기기|머신|오븐|화덕|가마|로스터기?|미싱|재봉틀|프레스|금형|다이|몰드|압출기|제면기|제분기|반죽기|숙성기|성형기|사출기|인쇄기|절단기|편직기)"
					+ "(?:으로|로|를\\s*(?:사용|이용|써|씁|쓰)|을\\s*(?:사용|이용|써|씁|쓰))");

	private final String text;

	/** Whether a Korean site's work is stated: read once, asked for per place named. */
	private Boolean koreanWork;

	ReadingContext(String text) {
		this.text = text;
	}

	String text() {
		return this.text;
	}

	/**
	 * A machine follows what ends here: the country is the machine's, not the product's
	 * (이탈리아산 에어젯 직기로 짠, 일본산 도요타 에어젯 직기로).
	 */
	boolean machineAfter(int end) {
		return MACHINE_AFTER.matcher(this.text.substring(end, sentenceEnd(end))).lookingAt();
	}

	/** The sentence denies or contrasts the words between start and end. */
	boolean contrasted(int start, int end) {
		return matchesAfter(CONTRAST_AFTER, end, AFTER_WINDOW) || contrastedBefore(start) || ownSetApart(end)
				|| othersDo(end);
	}

	/**
	 * The rest of the sentence sets the seller's own product apart: 일본 수입 코타츠는 100V라 변압기가
	 * 필요하지만 저희 제품은 220V.
	 */
	private boolean ownSetApart(int end) {
		return OWN_SET_APART.matcher(this.text.substring(end, sentenceEnd(end))).find();
	}

	/**
	 * The match is what other sellers do, in the same clause: 수입산 고등어를 국산이랑 섞어 파는 곳이 많아서;
	 * not 베트남 공장 생산인데 같은 제품을 비싸게 파는 곳이 많아.
	 */
	private boolean othersDo(int end) {
		String rest = this.text.substring(end, sentenceEnd(end));
		Matcher others = OTHERS_DO.matcher(rest);
		return others.find() && !CLAUSE_BREAK.matcher(rest.substring(0, others.start())).find();
	}

	/** A channel phrase the sentence turns down ("관세 걱정 없는", "직구처럼"). */
	boolean channelContrasted(int start, int end) {
		return matchesAfter(CHANNEL_CONTRAST_AFTER, end, AFTER_WINDOW) || contrastedBefore(start);
	}

	/**
	 * A brand named for what fits it or looks like it, not as the product's maker: a
	 * compatible part, an accessory made for it, a style.
	 */
	/**
	 * Buyers abroad named just before: 해외 캠퍼들도 직구로 찾는, 해외 커뮤니티에서도 직구 문의. They buy from
	 * here; nothing comes from there.
	 */
	boolean buyersAbroadBefore(int start) {
		int from = Math.max(sentenceStart(start), start - 24);
		return BUYERS_ABROAD.matcher(this.text.substring(from, start)).find();
	}

	/** Sold or talked of there first: 티몰, 샤오홍슈에서 먼저 입소문 난. */
	private static final Pattern FAMOUS_THERE = Pattern
		.compile("^[^.!?\\n]{0,16}?에서\\s*(?:먼저\\s*|더\\s*|이미\\s*|특히\\s*)?(?:입소문|인기|판매\\s*1위|완판|히트|유명|역주행|랭킹|베스트)"
				+ "|^\\s*(?:판매\\s*)?(?:1위|베스트|랭킹|인기)");

	/**
	 * A shop or platform abroad named where the seller's own product became known there
	 * (the callers' condition: the listing says it is made here).
	 */
	boolean famousThere(int end) {
		return FAMOUS_THERE.matcher(this.text.substring(end, sentenceEnd(end))).lookingAt();
	}

	/** A style named right after: 해외직구템 그 스타일, 알리 감성; not 병행수입 명품 스타일. */
	boolean styled(int end) {
		return STYLED.matcher(nextWords(end, 3)).lookingAt();
	}

	boolean fitOrStyle(int start, int end) {
		if (matchesAfter(FIT_OR_STYLE_AFTER, end, 30)) {
			return true;
		}
		// 수입 유모차 호환 라이너 부가부 스토케: what fits is named first.
		int from = Math.max(sentenceStart(start), start - 30);
		return FIT_BEFORE.matcher(this.text.substring(from, start)).find();
	}

	/**
	 * The words name where a material comes from: a material word just before it in the
	 * same sentence ("원단은 중국산", "소고기(호주산)") or in the next two words ("수입산 소고기로").
	 */
	boolean material(int start, int end) {
		int from = Math.max(sentenceStart(start), start - 10);
		if (MATERIAL.matcher(this.text.substring(from, start)).find()) {
			return true;
		}
		// 레몬그라스만 태국산, 크림치즈는 뉴질랜드산: the country is said of one named part.
		Matcher topic = TOPIC_BEFORE.matcher(this.text.substring(from, start));
		if (topic.find() && !WHOLE_PRODUCT.matcher(topic.group(1)).matches()) {
			return true;
		}
		if (start > 0 && (this.text.charAt(start - 1) == '(' || this.text.charAt(start - 1) == '（')
				&& INGREDIENT_LIST.matcher(this.text.substring(sentenceStart(start), start)).find()) {
			return true;
		}
		if (MATERIAL.matcher(nextWords(end, 4)).find() || inIngredientBracket(start)) {
			return true;
		}
		// A product named and then put into something: 핑크솔트를 함유한 스크럽.
		int limit = Math.min(sentenceEnd(end), end + 30);
		return followedByWord(end) && PUT_IN.matcher(this.text.substring(end, limit)).lookingAt();
	}

	/**
	 * A material word ending the text: the alternation {@link #MATERIAL} is built from.
	 */
	private static final Pattern MATERIAL_AT_END = Pattern.compile(MATERIAL.pattern() + "\\s*$");

	/**
	 * A thing named after a country and then worked on in Korea, in the same sentence:
	 * 브라질산 아쿠아마린을 종로 공방에서 세팅, 캐나다산 듀럼밀 세몰리나와 국산 유정란으로 부산 해운대 공방에서.
	 */
	private static final Pattern OBJECT_THEN = Pattern.compile("^([^.!?\\n]{0,30}?)(?:을|를|으로|로|와|과)\\s");

	/** Made there, or only handled here: 현지에서 건조한 뒤 국내 작업장에서 소분. */
	private static final Pattern HANDLED_OR_MADE_THERE = Pattern.compile("현지|소분|재포장|리패킹|검수만|포장만|선별만");

	boolean workedHere(int end) {
		int sentenceEnd = sentenceEnd(end);
		Matcher object = OBJECT_THEN.matcher(this.text).region(end, sentenceEnd);
		if (!object.lookingAt() || FINISHED_GOODS.matcher(object.group(1)).find()) {
			return false;
		}
		String rest = this.text.substring(object.end(), sentenceEnd);
		return !FOREIGN_AROUND.matcher(rest).find() && !HANDLED_OR_MADE_THERE.matcher(rest).find()
				&& koreanWorkIn(object.end(), sentenceEnd);
	}

	/**
	 * Inside a bracket that lists an ingredient: 국내 제조(원재료 비정제 사탕수수당: 필리핀산).
	 */
	private boolean inIngredientBracket(int start) {
		int from = sentenceStart(start);
		int open = Math.max(this.text.lastIndexOf('(', start - 1), this.text.lastIndexOf('（', start - 1));
		if (open < from) {
			return false;
		}
		String inside = this.text.substring(open + 1, start);
		if (inside.indexOf(')') >= 0 || inside.indexOf('）') >= 0) {
			return false;
		}
		// 원재료: 사탕수수당(필리핀산), 연육: 어육(베트남산, 미국산): the bracket follows a material.
		String before = this.text.substring(Math.max(from, open - 8), open);
		return INGREDIENT_LIST.matcher(inside).find() || MATERIAL_AT_END.matcher(before).find();
	}

	/**
	 * Whether the words name a material that something is made of or from: 올리브유로, 가죽 원단을;
	 * not the product itself (들여온 깐마늘입니다).
	 */
	boolean materialUsed(String words) {
		Matcher material = MATERIAL.matcher(words);
		while (material.find()) {
			if (USED.matcher(words.substring(material.end())).lookingAt()) {
				return true;
			}
		}
		return false;
	}

	/** Whether the words name a raw material or ingredient. */
	boolean namesMaterial(String words) {
		return MATERIAL.matcher(words).find();
	}

	/** The next word is a noun of its own, as in "호주산 라놀린": an ingredient named. */
	boolean followedByWord(int end) {
		String next = nextWords(end, 1).strip();
		return !next.isEmpty() && Character.UnicodeScript.of(next.codePointAt(0)) == Character.UnicodeScript.HANGUL;
	}

	/** The listing says where in Korea, or in the seller's own site, the work is done. */
	boolean koreanWorkStated() {
		if (this.koreanWork == null) {
			this.koreanWork = readKoreanWork();
		}
		return this.koreanWork;
	}

	private boolean readKoreanWork() {
		if (KOREAN_WORK_AFTER.matcher(this.text).find() || KOREAN_LICENCE.matcher(this.text).find()) {
			return true;
		}
		return koreanWorkIn(0, this.text.length());
	}

	/** A Korean place or the seller's own site, with its work, between from and to. */
	private boolean koreanWorkIn(int from, int to) {
		Matcher place = KOREAN_WORK.matcher(this.text).region(from, to);
		while (place.find()) {
			if (insideForeignName(place.start(), place.end()) || ownSiteAbroad(place.start(), place.group())
					|| koreanStyleOrPeople(place.end())) {
				// 국산 in 중국산, 미국산, 외국산; 국내 in 미국내; 호치민 자사 공장: a foreign statement.
				continue;
			}
			// The seller's own shop or workshop may name its work a little further on: 저희
			// 매장에서 르방으로 18시간 발효.
			int reach = (place.group().startsWith("저희") || place.group().startsWith("당사")) ? 24 : 16;
			int end = Math.min(sentenceEnd(place.end()), place.end() + reach);
			String window = this.text.substring(place.end(), end);
			if (reach > 16 && FOREIGN_AROUND.matcher(window).find()) {
				// 저희 매장에서 파는 중국 공장 제품: the work is abroad.
				continue;
			}
			if (WORK.matcher(window).find()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A thing named and then bought or brought in (독일산 너도밤나무를 수입해서, 슈미트 닙을 수입해, 스와로브스키
	 * 크리스탈을 정식 구매): a part or material, unless it is the finished goods.
	 */
	private static final Pattern BOUGHT_THING = Pattern
		.compile("^([^.!?\\n]{0,24}?)(?:을|를)\\s*(?:정식(?:으로)?\\s*|직접\\s*)?(?:수입|구매|구입|들여|공수|받아)");

	/** What a Korean maker may buy and what an importer sells: the goods themselves. */
	private static final Pattern FINISHED_GOODS = Pattern.compile("완제품|완성품|제품|상품|정품|물건|세트");

	private static final Pattern OBJECT_BEFORE = Pattern
		.compile("([가-힣A-Za-z0-9]+)\\s*(?:을|를)\\s*(?:정식(?:으로)?\\s*|직접\\s*)?$");

	/**
	 * What follows a foreign name is a thing bought from there: a part or a material,
	 * when the listing says the product is made here (the callers' condition).
	 */
	boolean boughtAsPart(int end) {
		Matcher bought = BOUGHT_THING.matcher(this.text.substring(end, sentenceEnd(end)));
		return bought.lookingAt() && !FINISHED_GOODS.matcher(bought.group(1)).find();
	}

	/** A thing used in the product: 파나소닉 제품을 씁니다, 오스람 칩을 적용. */
	private static final Pattern USED_AFTER = Pattern
		.compile("^\\s*(?:\\S+\\s+){0,2}?\\S*(?:을|를)\\s*(?:씁|써|쓰|사용|적용|탑재|장착)");

	/**
	 * A brand named as a part the product is built with: 핵심 부품인 컴프레서만 일본 파나소닉 제품을 씁니다. A
	 * part or material is named before it in the sentence, and a word of using follows.
	 */
	boolean usedAsPart(int start, int end) {
		return USED_AFTER.matcher(this.text.substring(end, sentenceEnd(end))).lookingAt()
				&& namesMaterial(this.text.substring(sentenceStart(start), start));
	}

	/**
	 * The word of buying at start has a thing before it that is no finished goods: 너도밤나무를
	 * 수입.
	 */
	boolean partBoughtBefore(int start) {
		int from = Math.max(sentenceStart(start), start - 20);
		Matcher object = OBJECT_BEFORE.matcher(this.text.substring(from, start));
		return object.find() && !FINISHED_GOODS.matcher(object.group(1)).find();
	}

	private static final Pattern MATERIAL_FIELD = Pattern
		.compile("^\\s*(?:원단|소재|원료|원재료|재질|충전재|겉감|안감|상판|부자재|원사)\\s*[:：]");

	/** In a notice field that names a material: 원단: 폴리65 면35 (대만산). */
	boolean inMaterialField(int start) {
		int from = Math.max(Math.max(this.text.lastIndexOf('/', start - 1), this.text.lastIndexOf('\n', start - 1)),
				this.text.lastIndexOf('|', start - 1)) + 1;
		return MATERIAL_FIELD.matcher(this.text.substring(from, start)).lookingAt();
	}

	/** Korean as a style, a people or a language, not a place: 한국식 레시피, 한국인 대표. */
	private boolean koreanStyleOrPeople(int end) {
		return end < this.text.length() && "식풍인어".indexOf(this.text.charAt(end)) >= 0;
	}

	/** The seller's own site, named just after a foreign place: 호치민 자사 공장. */
	private boolean ownSiteAbroad(int start, String site) {
		if (!(site.startsWith("자사") || site.startsWith("자체") || site.startsWith("직영") || site.startsWith("우리")
				|| site.startsWith("저희") || site.startsWith("당사"))) {
			return false;
		}
		Matcher foreign = FOREIGN_AROUND.matcher(this.text).region(Math.max(0, start - 16), start);
		while (foreign.find()) {
			if (this.text.substring(foreign.end(), start).strip().matches("(?:현지|에\\s*있는|의)?\\s*")) {
				return true;
			}
		}
		return false;
	}

	/** The words are part of a foreign place's name or statement around them. */
	private boolean insideForeignName(int start, int end) {
		Matcher foreign = FOREIGN_AROUND.matcher(this.text)
			.region(Math.max(0, start - 4), Math.min(this.text.length(), end + 4));
		while (foreign.find()) {
			if (foreign.start() < end && foreign.end() > start) {
				return true;
			}
		}
		return false;
	}

	private String nextWords(int end, int words) {
		int limit = sentenceEnd(end);
		int i = end;
		while (i < limit && Character.isWhitespace(this.text.charAt(i))) {
			i++;
		}
		int seen = 0;
		while (i < limit && seen < words) {
			while (i < limit && !Character.isWhitespace(this.text.charAt(i))) {
				i++;
			}
			seen++;
			if (seen < words) {
				while (i < limit && Character.isWhitespace(this.text.charAt(i))) {
					i++;
				}
			}
		}
		return this.text.substring(end, i);
	}

	private boolean matchesAfter(Pattern pattern, int end, int window) {
		int limit = Math.min(sentenceEnd(end), end + window);
		return limit > end && pattern.matcher(this.text.substring(end, limit)).find();
	}

	private boolean contrastedBefore(int start) {
		int from = Math.max(sentenceStart(start), start - BEFORE_WINDOW);
		return CONTRAST_BEFORE.matcher(this.text.substring(from, start)).find();
	}

	int sentenceEnd(int from) {
		for (int i = from; i < this.text.length(); i++) {
			if (endsSentence(i)) {
				return i;
			}
		}
		return this.text.length();
	}

	int sentenceStart(int from) {
		for (int i = from - 1; i >= 0; i--) {
			if (endsSentence(i)) {
				return i + 1;
			}
		}
		return 0;
	}

	private boolean endsSentence(int i) {
		char c = this.text.charAt(i);
		if (c == '\n' || c == '!' || c == '?' || c == '|' || c == '※') {
			return true;
		}
		return c == '.' && (i + 1 >= this.text.length() || Character.isWhitespace(this.text.charAt(i + 1)))
				&& !(i > 0 && Character.isLetter(this.text.charAt(i - 1)) && this.text.startsWith("Co.", i - 2));
	}

}
