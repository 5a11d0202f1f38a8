package kr.valuemall.origin.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names of countries and manufacturing places, in the scripts sellers write them:
 * Hangul, Latin, Chinese and Japanese. Two lists of foreign names: the plain ones are
 * safe to read anywhere next to a word of origin (중국산, 베트남 공장); the ambiguous ones (인도 is
 * also "handing over", 가나 a chocolate) count only as the value of a label such as 제조국.
 * Korean names tell a Korean statement apart. Staff add further places as
 * {@code FOREIGN_PLACE} words of the rule book; these lists are the ground every listing
 * is read against.
 */
final class PlaceNames {

	/** Foreign countries and regions, safe to read next to 산, 제조, 공장 and the like. */
	static final List<String> FOREIGN = List.of(
			// Hangul
			"중국", "중화인민공화국", "베트남", "인도네시아", "태국", "방글라데시", "캄보디아", "미얀마", "필리핀", "말레이시아", "대만", "홍콩", "마카오", "일본",
			"미국", "캐나다", "멕시코", "브라질", "칠레", "페루", "아르헨티나", "콜롬비아", "에콰도르", "과테말라", "독일", "프랑스", "이탈리아", "이태리", "스페인",
			"포르투갈", "영국", "아일랜드", "네덜란드", "벨기에", "스위스", "오스트리아", "스웨덴", "덴마크", "노르웨이", "핀란드", "폴란드", "체코", "헝가리",
			"루마니아", "불가리아", "그리스", "터키", "튀르키예", "러시아", "우크라이나", "이스라엘", "이집트", "모로코", "튀니지", "남아공", "남아프리카", "케냐",
			"에티오피아", "탄자니아", "호주", "뉴질랜드", "파키스탄", "스리랑카", "네팔", "라오스", "몽골", "우즈베키스탄", "카자흐스탄", "싱가포르", "북미", "남미",
			"유럽", "동남아", "광둥", "광동성", "저장성", "장쑤", "산둥", "산동성", "푸젠", "허베이", "허난", "후난", "후베이", "쓰촨", "사천성", "윈난",
			"광저우", "심천", "선전시", "둥관", "동관시", "이우시", "닝보", "샤먼", "칭다오", "다롄", "톈진", "항저우", "쑤저우", "포산시", "상하이", "산터우",
			"호치민", "하노이", "방콕", "자카르타",
			// Places as read in Korean: Chinese provinces, Yanbian,
			// Japanese, Taiwanese, Indian and Vietnamese cities, 벳남
			"운남성", "절강성", "강소성", "복건성", "하북성", "하남성", "호남성", "호북성", "귀주성", "안휘성", "강서성", "의오시", "연변", "옌볜", "벳남", "도쿄",
			"오사카", "교토", "후쿠오카", "나고야", "타이베이", "타이페이", "조선족자치주", "인니", "뭄바이", "뉴델리", "첸나이", "벵갈루루", "방갈로르", "티루푸르",
			"빈즈엉", "하이퐁", "다낭",
			// Manufacturing and producing places further afield, and countries
			// not named above; none of them is also a Korean word
			"원저우", "순더", "순덕", "진강", "취안저우", "진장시", "충칭", "청두", "우한", "난징", "하얼빈", "심양", "단둥", "옌지", "연길", "징더전", "경덕진",
			"이마바리", "사카이", "쓰바메", "고베", "요코하마", "삿포로", "홋카이도", "오키나와", "시즈오카", "아리타", "오카야마", "히로시마", "가나자와", "아리산",
			"타이중", "타이난", "가오슝", "박닌", "호찌민", "나트랑", "냐짱", "치앙마이", "치앙라이", "촌부리", "반둥", "수라바야", "땅그랑", "탕게랑", "브카시",
			"족자카르타", "제파라", "쿠알라룸푸르", "페낭", "조호르", "마닐라", "프놈펜", "양곤", "치타공", "시알코트", "카라치", "라호르", "자이푸르", "모라다바드",
			"파니파트", "루디아나", "잘란다르", "칸푸르", "콜카타", "콜롬보", "이스탄불", "부르사", "데니즐리", "가지안테프", "이즈미르", "밀라노", "피렌체", "베네치아",
			"토스카나", "볼로냐", "비엘라", "프라토", "리옹", "보르도", "부르고뉴", "노르망디", "베를린", "뮌헨", "졸링겐", "슈투트가르트", "바르셀로나", "마드리드",
			"포르투", "리스본", "런던", "맨체스터", "셰필드", "시애틀", "포틀랜드", "하와이", "알래스카", "플로리다", "밴쿠버", "토론토", "몬트리올", "시드니", "멜버른",
			"태즈메이니아", "암스테르담", "취리히", "제네바", "사우디", "아랍에미리트", "이라크", "요르단", "레바논", "쿠웨이트", "카타르", "예멘", "아프가니스탄",
			"키르기스스탄", "타지키스탄", "아제르바이잔", "아르메니아", "벨라루스", "몰도바", "에스토니아", "라트비아", "리투아니아", "슬로바키아", "슬로베니아", "크로아티아",
			"세르비아", "보스니아", "알바니아", "마케도니아", "몬테네그로", "아이슬란드", "룩셈부르크", "키프로스", "나이지리아", "세네갈", "마다가스카르", "우간다", "르완다",
			"잠비아", "짐바브웨", "모잠비크", "카메룬", "코트디부아르", "볼리비아", "파라과이", "우루과이", "베네수엘라", "코스타리카", "온두라스", "니카라과", "엘살바도르",
			"도미니카", "자메이카", "쿠바", "브루나이", "동티모르", "안달루시아", "카탈루냐", "안데스", "알티플라노", "바오안", "세더버그", "메콩", "캔터베리", "펀자브",
			"펀잡", "퀘벡", "온타리오", "앨버타", "발리", "우붓", "포산", "러충", "서던알프스", "난퉁", "남통", "운남", "맹해", "이우", "누와라엘리야", "실론",
			"캄차카", "캄챠카", "사할린", "블라디보스토크", "베링해", "오호츠크", "짠타부리", "찬타부리", "웨이하이",
			// Vietnam's factory provinces and cities; 박장 is left out (박장대소)
			"동나이", "비엔호아", "하이즈엉", "흥옌", "타이빈", "남딘", "롱안", "떠이닌", "붕따우", "껀터", "빈푹", "타이응우옌",
			// Cities and producing places sellers name without their country; 청도 (also a
			// Korean county) and 주지 (a temple's abbot) are left out
			"브뤼셀", "코펜하겐", "스톡홀름", "헬싱키", "오슬로", "프라하", "부다페스트", "바르샤바", "다카", "진장", "츠바메", "츠바메산조", "안지", "미초아칸",
			"화창베이", "츠시", "남섬", "블라디", "파이타", "도이창", "고진", "옌타이", "연태", "르자오", "구이린", "장자강", "쿤산", "퐁디셰리", "빌뉴스", "다카르",
			"세키시", "기후현", "세키", "멍하이", "선전", "구전진", "차오저우", "무라노", "울란바토르", "카트만두", "캘리포니아",
			// Latin
			"China", "PRC", "P.R.C.", "P.R.C", "P.R.China", "Vietnam", "Viet Nam", "Indonesia", "Thailand",
			"Bangladesh", "Cambodia", "Myanmar", "Philippines", "Malaysia", "Taiwan", "Hong Kong", "Macau", "Japan",
			"USA", "U.S.A.", "U.S.A", "United States", "America", "Canada", "Mexico", "Brazil", "Chile", "Peru",
			"Argentina", "Colombia", "Ecuador", "Germany", "France", "Italy", "Spain", "Portugal", "UK",
			"United Kingdom", "England", "Ireland", "Netherlands", "Holland", "Belgium", "Switzerland", "Austria",
			"Sweden", "Denmark", "Norway", "Finland", "Poland", "Czech Republic", "Czechia", "Hungary", "Romania",
			"Bulgaria", "Greece", "Turkey", "Türkiye", "Russia", "Ukraine", "Israel", "Egypt", "Morocco", "Tunisia",
			"South Africa", "Kenya", "Ethiopia", "Australia", "New Zealand", "Pakistan", "Sri Lanka", "Nepal", "Laos",
			"Mongolia", "Singapore", "EU", "Guangdong", "Zhejiang", "Jiangsu", "Fujian", "Shandong", "Shenzhen",
			"Guangzhou", "Dongguan", "Yiwu", "Ningbo", "Xiamen", "Qingdao", "Dalian", "Tianjin", "Shanghai", "Hangzhou",
			"Suzhou", "Foshan", "Shantou", "Ho Chi Minh", "Hanoi", "Bangkok", "Jakarta", "Dhaka", "Tokyo", "Osaka",
			"Taipei", "Mumbai", "New Delhi", "Chennai", "Tirupur", "Tiruppur", "Wenzhou", "Quanzhou", "Jinjiang",
			"Chongqing", "Chengdu", "Wuhan", "Nanjing", "Harbin", "Shenyang", "Dandong", "Jingdezhen", "Kyoto", "Uji",
			"Imabari", "Sakai", "Tsubame", "Kobe", "Yokohama", "Sapporo", "Hokkaido", "Okinawa", "Shizuoka", "Arita",
			"Okayama", "Kojima", "Nagoya", "Fukuoka", "Hiroshima", "Alishan", "Taichung", "Tainan", "Kaohsiung",
			"Binh Duong", "Dong Nai", "Bac Ninh", "Haiphong", "Hai Phong", "Da Nang", "Saigon", "Chiang Mai",
			"Chonburi", "Rayong", "Siam", "Tangerang", "Bandung", "Surabaya", "Bekasi", "Jepara", "Kuala Lumpur",
			"Penang", "Johor", "Manila", "Cebu", "Phnom Penh", "Yangon", "Chittagong", "Sialkot", "Karachi", "Lahore",
			"Jaipur", "Moradabad", "Panipat", "Ludhiana", "Jalandhar", "Kanpur", "Kolkata", "Delhi", "Colombo",
			"Istanbul", "Bursa", "Denizli", "Gaziantep", "Izmir", "Milano", "Milan", "Firenze", "Florence", "Venezia",
			"Tuscany", "Toscana", "Bologna", "Biella", "Prato", "Lyon", "Bordeaux", "Burgundy", "Normandy", "Berlin",
			"Munich", "München", "Solingen", "Stuttgart", "Barcelona", "Madrid", "Porto", "Lisbon", "London",
			"Manchester", "Sheffield", "California", "Texas", "Seattle", "Hawaii", "Alaska", "Florida", "Vancouver",
			"Toronto", "Montreal", "Sydney", "Melbourne", "Tasmania", "Amsterdam", "Zurich", "Geneva", "Saudi Arabia",
			"UAE", "Lithuania", "Latvia", "Estonia", "Slovakia", "Slovenia", "Croatia", "Serbia", "Iceland", "Nigeria",
			"Madagascar", "Bolivia", "Uruguay", "Paraguay", "Venezuela", "Costa Rica", "Cuba", "Jamaica", "Andalusia",
			"Andalucia", "Catalonia", "Andes", "Altiplano", "Bao'an", "Cederberg", "Mekong", "Canterbury", "Punjab",
			"Quebec", "Ontario", "Alberta", "Bali", "Ubud", "Lecong", "Huaqiangbei", "Nantong", "Yunnan", "Menghai",
			"Nuwara Eliya", "Ceylon", "México", "Kamchatka", "Sakhalin", "Vladivostok", "Chanthaburi", "Southern Alps",
			"Guatemala", "Honduras", "El Salvador", "Nicaragua", "Haiti", "Jordan", "Mauritius", "Tanzania", "Uganda",
			"Uzbekistan", "Kazakhstan", "Kyrgyzstan", "Bien Hoa", "Hai Duong", "Hung Yen", "Long An", "Vung Tau",
			"Deutschland", "Italia", "España", "Espana", "Polska", "Österreich", "Schweiz", "Suisse", "Nederland",
			"Sverige", "Danmark", "Norge", "Suomi", "Brussels", "Copenhagen", "Stockholm", "Helsinki", "Oslo", "Prague",
			"Budapest", "Warsaw", "Anji", "Michoacan", "Michoacán", "Cixi", "Guzhen", "Yantai", "Kunshan",
			"Pondicherry", "Vilnius",
			// Chinese, traditional and simplified, and Japanese
			"中国", "中國", "中华人民共和国", "国产", "國產", "越南", "印尼", "印度尼西亚", "泰国", "泰國", "孟加拉", "柬埔寨", "缅甸", "菲律宾", "马来西亚", "台湾",
			"臺灣", "台灣", "香港", "日本", "美国", "美國", "德国", "德國", "法国", "法國", "意大利", "西班牙", "英国", "英國", "土耳其", "广东", "廣東",
			"浙江", "江苏", "福建", "山东", "河北", "河南", "湖南", "湖北", "江西", "安徽", "四川", "云南", "雲南", "深圳", "广州", "廣州", "东莞", "義烏",
			"义乌", "宁波", "厦门", "青岛", "青島", "靑島", "延边", "延邊", "天津", "上海", "杭州", "苏州", "佛山", "汕头", "ベトナム", "タイ", "インドネシア",
			"アメリカ", "台湾製", "中国製", "国産", "中山", "潮州", "阳江", "陽江");

	/** Foreign names that are also ordinary words; read only as a label's value. */
	static final List<String> FOREIGN_IN_LABELS = List.of("인도", "India", "印度", "가나", "Ghana", "조지아", "말리", "오만", "이란",
			"Iran",
			// Country codes and 中, read only as a label's value: made in VN, 원산지: 中
			"VN", "CN", "TW", "JP", "TH", "中",
			// Abroad, unnamed: 원산지: 외국산, 제조국: 해외
			"외국", "해외", "수입산");

	/**
	 * Korea in its many spellings, and the provinces and cities where Korean makers work.
	 */
	static final List<String> KOREAN = List.of("대한민국", "한국", "국산", "국내산", "국내", "Korea", "KOREA", "韩国", "韓国", "韓國",
			"서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종", "경기", "강원", "충북", "충남", "충청", "전북", "전남", "전라", "경북", "경남",
			"경상", "제주", "수원", "성남", "고양", "용인", "부천", "안산", "안양", "남양주", "화성", "평택", "의정부", "시흥", "파주", "김포", "광명",
			"이천", "양주", "포천", "여주", "양평", "가평", "춘천", "원주", "강릉", "속초", "청주", "충주", "천안", "아산", "공주", "전주", "익산", "군산",
			"순천", "여수", "목포", "담양", "보성", "완도", "포항", "경주", "구미", "안동", "영주", "김천", "창원", "김해", "진주", "통영", "양산", "거제",
			"횡성", "홍천", "평창", "철원", "음성", "진천", "금산", "논산", "순창", "고창", "영광", "장흥", "장성", "함양", "청송", "의성", "문경", "서귀포",
			"성수동", "을지로", "창신동", "동대문", "마포", "강남", "송파", "영등포", "구로", "금천", "종로", "성동", "문래동", "망원동", "연남동", "부평",
			"일산", "분당", "판교", "동탄", "광교", "송도", "군포", "오산", "안성", "의왕", "과천", "남해", "하동", "산청", "합천", "밀양", "태백", "삼척",
			"영월", "정선", "화천", "고흥", "해남", "강진", "신안", "무안", "나주", "곡성", "구례", "광양", "남원", "김제", "정읍", "부안", "무주", "진안",
			"임실", "서산", "당진", "보령", "홍성", "태안", "청양", "서천", "계룡", "옥천", "영동", "괴산", "단양", "제천", "증평", "영천", "칠곡", "울진",
			"영덕", "봉화", "예천", "경산", "울릉", "해운대", "성수");

	/**
	 * What must follow names that are also ordinary words: 성수 (Seongsu, Seoul) is not 성수기
	 * (the busy season) nor 활성수소; 선전 (Shenzhen) only before what a city has, as it is
	 * also "advertising".
	 */
	private static final Map<String, String> GUARDS = Map.of("성수", "(?=\\s|동|역|에서|의|[,.)]|$)", "선전",
			"(?=\\s*(?:물류|공장|창고|출고|시(?![가-힣])|에서|의\\s|항|바오안|현지))");

	/**
	 * Short names that sit inside Korean words (고진공, 안지름, 스포츠시계, 다카포): read only as a
	 * word of their own, followed by a space, a particle or what a place has.
	 */
	private static final Set<String> SHORT = Set.of("성수", "선전", "고진", "안지", "츠시", "다카", "파이타", "세키", "진장", "남섬", "블라디",
			"연태");

	private static final String WORD_AFTER = "(?=\\s|[,.)(/·]|에서|에|의|산|시(?![가-힣])|지역|외곽|근교|인근|공장|공방|협력|항(?![가-힣])|$)";

	private static final Pattern FOREIGN_PATTERN = alternation(FOREIGN);

	private static final Pattern LABEL_VALUE_PATTERN = alternation(concat(FOREIGN, FOREIGN_IN_LABELS));

	private static final Pattern KOREAN_PATTERN = alternation(KOREAN);

	private PlaceNames() {
	}

	/** Any foreign name, longest first, Latin names as whole words. */
	static Pattern foreign() {
		return FOREIGN_PATTERN;
	}

	/** Foreign names as a label's value, ambiguous ones included. */
	static Pattern foreignInLabel() {
		return LABEL_VALUE_PATTERN;
	}

	static Pattern korean() {
		return KOREAN_PATTERN;
	}

	/**
	 * A regex alternation of these names, longest first, each Latin name a whole word.
	 */
	static String regex(List<String> names) {
		List<String> sorted = new ArrayList<>(names);
		sorted.sort(Comparator.comparingInt(String::length).reversed());
		StringBuilder regex = new StringBuilder("(?:");
		for (int i = 0; i < sorted.size(); i++) {
			if (i > 0) {
				regex.append('|');
			}
			String name = sorted.get(i);
			boolean latin = name.chars().allMatch((c) -> c < 0x250);
			String quoted = Pattern.quote(name).replace(" ", "\\E\\s+\\Q");
			if (latin) {
				regex.append("(?<![A-Za-z])").append(quoted).append("(?![A-Za-z])");
			}
			else if (SHORT.contains(name)) {
				regex.append("(?<![가-힣])").append(quoted).append(GUARDS.getOrDefault(name, WORD_AFTER));
			}
			else {
				regex.append(quoted);
			}
		}
		return regex.append(')').toString();
	}

	static Pattern alternation(List<String> names) {
		return Pattern.compile(regex(names), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	private static List<String> concat(List<String> first, List<String> second) {
		List<String> all = new ArrayList<>(first);
		all.addAll(second);
		return all;
	}

}
