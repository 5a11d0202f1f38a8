package kr.valuemall.seller.application;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import kr.valuemall.account.AccountApi;
import kr.valuemall.account.AccountSummary;
import kr.valuemall.account.Role;
import kr.valuemall.seller.Bank;
import kr.valuemall.seller.BusinessRegistrationNumber;
import kr.valuemall.seller.eligibility.Industry;
import kr.valuemall.seller.payout.BankAccountCipher;
import kr.valuemall.seller.verification.BusinessStatus;
import kr.valuemall.seller.verification.BusinessStatusLookup;
import kr.valuemall.seller.verification.OfflineBusinessStatusLookup;
import kr.valuemall.shared.Region;

/**
 * The demo profile's stores: the demo seller's workshop, a few dozen approved stores all
 * over the country, and applications for staff to review. Safe to run on every start.
 */
@Component
@Profile("demo")
@Order(20)
class DemoSellers implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(DemoSellers.class);

	private static final byte[] CERTIFICATE = ("%PDF-1.4\n% 가치몰 데모용 사업자등록증 사본\n1 0 obj << /Type /Catalog >> endobj\n"
			+ "trailer << /Root 1 0 R >>\n%%EOF\n")
		.getBytes(StandardCharsets.UTF_8);

	enum Outcome {

		APPROVED, PENDING, CHANGES_REQUESTED, REJECTED

	}

	record DemoStore(String ownerEmail, String slug, String storeName, String businessName, Region region,
			Industry industry, int employees, long revenue, String introduction, Outcome outcome, int daysAgo) {
	}

	static final List<DemoStore> STORES = List.of(
			new DemoStore("seller@example.com", "park-woodshop", "박공방 목공소", "박공방", Region.GYEONGGI,
					Industry.MANUFACTURING, 3, 420_000_000L,
					"경기 양평에서 국산 참나무와 호두나무로 의자와 도마를 만듭니다. 모든 제품은 공방에서 직접 깎고 오일로 마감합니다.", Outcome.APPROVED, 90),
			store(1, "jeju-gamgyul", "제주 감귤농원", "한라감귤영농조합", Region.JEJU, Industry.AGRICULTURE,
					"서귀포 남원읍 3대째 감귤밭에서 노지 감귤과 한라봉을 수확해 바로 보냅니다.", 180),
			store(2, "andong-jang", "안동 전통장", "하회장독대", Region.GYEONGBUK, Industry.MANUFACTURING,
					"국산 콩으로 메주를 띄워 3년 숙성한 된장과 간장을 항아리째 담급니다.", 170),
			store(3, "damyang-bamboo", "담양 대나무공예", "죽향공예", Region.JEONNAM, Industry.MANUFACTURING,
					"담양 대나무로 바구니와 채반, 죽부인을 손으로 엮습니다.", 160),
			store(4, "icheon-ceramic", "이천 도예공방", "설봉도예", Region.GYEONGGI, Industry.MANUFACTURING,
					"이천 가마에서 구운 생활 자기: 밥그릇, 찻잔, 접시를 만듭니다.", 150),
			store(5, "busan-fishcake", "부산 수제어묵", "영도어묵", Region.BUSAN, Industry.MANUFACTURING,
					"국내산 연육과 채소로 매일 아침 어묵을 튀겨 냉장으로 보냅니다.", 140),
			store(6, "seoul-leather", "성수 가죽공방", "성수핸즈", Region.SEOUL, Industry.MANUFACTURING,
					"성수동 공방에서 지갑과 가방을 한 땀씩 손바느질합니다.", 130),
			store(7, "gangwon-honey", "평창 벌꿀농장", "오대산양봉", Region.GANGWON, Industry.AGRICULTURE,
					"오대산 자락에서 아카시아꿀과 야생화꿀을 채밀합니다.", 125),
			store(8, "daegu-socks", "대구 양말공장", "달구벌니트", Region.DAEGU, Industry.MANUFACTURING,
					"대구 섬유단지에서 면 양말과 수면양말을 직접 짭니다.", 120),
			store(9, "gwangju-kimchi", "광주 김치명가", "무등김치", Region.GWANGJU, Industry.MANUFACTURING,
					"해남 배추와 국산 고춧가루로 담근 포기김치와 갓김치.", 115),
			store(10, "boseong-tea", "보성 녹차밭", "다향원", Region.JEONNAM, Industry.AGRICULTURE,
					"보성 차밭에서 손으로 딴 우전과 세작을 덖어 냅니다.", 110),
			store(11, "tongyeong-najeon", "통영 나전칠기", "통영자개", Region.GYEONGNAM, Industry.MANUFACTURING,
					"전통 나전 기법으로 보석함과 거울, 명함집을 만듭니다.", 105),
			store(12, "sejong-bakery", "세종 우리밀빵", "조치원베이커리", Region.SEJONG, Industry.MANUFACTURING,
					"국산 우리밀과 천연발효종으로 구운 건강빵과 쿠키.", 100),
			store(13, "incheon-candle", "인천 소이캔들", "월미향", Region.INCHEON, Industry.MANUFACTURING,
					"국내에서 조향한 향으로 소이 캔들과 디퓨저를 만듭니다.", 95),
			store(14, "daejeon-stationery", "대전 문구공방", "한밭페이퍼", Region.DAEJEON, Industry.MANUFACTURING,
					"국산 한지와 재생지로 노트, 다이어리, 엽서를 제본합니다.", 90),
			store(15, "ulsan-knife", "울산 대장간", "태화단조", Region.ULSAN, Industry.MANUFACTURING,
					"3대째 이어온 대장간에서 식칼과 호미를 두드려 만듭니다.", 85),
			store(16, "chungbuk-sesame", "괴산 참기름방앗간", "괴산방앗간", Region.CHUNGBUK, Industry.MANUFACTURING,
					"괴산 국산 참깨를 저온으로 볶아 짠 참기름과 들기름.", 80),
			store(17, "chungnam-hansan", "서천 한산모시", "한산모시공방", Region.CHUNGNAM, Industry.MANUFACTURING,
					"한산 모시로 지은 여름 이불과 생활 소품.", 75),
			store(18, "jeonju-hanji", "전주 한지공예", "전주한지마을", Region.JEONBUK, Industry.MANUFACTURING,
					"전주 전통 한지로 만든 조명, 부채, 액자.", 70),
			store(19, "gyeongju-bread", "경주 찰보리빵", "황남제과", Region.GYEONGBUK, Industry.MANUFACTURING,
					"경주 찰보리와 국산 팥으로 굽는 찰보리빵.", 60),
			store(20, "yangyang-soap", "양양 천연비누", "설악솝", Region.GANGWON, Industry.MANUFACTURING,
					"강원도 해양심층수와 국내산 쑥으로 만드는 저온 숙성 비누.", 55),
			store(21, "pohang-seafood", "포항 과메기", "구룡포수산", Region.GYEONGBUK, Industry.MANUFACTURING,
					"구룡포 해풍에 말린 과메기와 건어물.", 50),
			store(22, "suwon-pet", "수원 펫간식", "멍냥부엌", Region.GYEONGGI, Industry.MANUFACTURING,
					"국내산 닭가슴살과 고구마로 만든 반려동물 수제 간식.", 45),
			store(23, "mokpo-toys", "목포 원목완구", "나무랑", Region.JEONNAM, Industry.MANUFACTURING,
					"국산 편백으로 만든 유아 원목 교구와 블록.", 40),
			store(24, "changwon-camping", "창원 캠핑공작소", "마산캠프", Region.GYEONGNAM, Industry.MANUFACTURING,
					"알루미늄 캠핑 테이블과 화로대를 창원에서 가공합니다.", 30),
			store(25, "seoul-cosmetics", "마포 수제화장품", "마포랩", Region.SEOUL, Industry.MANUFACTURING,
					"화장품 제조업 등록 공방에서 만드는 병풀 크림과 립밤.", 20),
			store(26, "gimhae-mask", "김해 마스크", "가야위생", Region.GYEONGNAM, Industry.MANUFACTURING,
					"식약처 허가 KF94 마스크를 김해 공장에서 생산합니다.", 12),
			store(27, "jinju-silk", "진주 실크스카프", "남강실크", Region.GYEONGNAM, Industry.MANUFACTURING,
					"진주 실크로 날염한 스카프와 손수건.", 6),
			store(28, "chuncheon-dakgalbi", "춘천 닭갈비 밀키트", "소양식품", Region.GANGWON, Industry.MANUFACTURING,
					"국내산 닭과 춘천식 양념으로 만든 닭갈비 밀키트.", 3),
			new DemoStore("store29@example.com", "gochang-berry", "고창 복분자농원", "선운산농원", Region.JEONBUK,
					Industry.AGRICULTURE, 2, 180_000_000L, "고창 선운산 자락에서 재배한 복분자와 복분자즙.", Outcome.PENDING, 2),
			new DemoStore("store30@example.com", "hadong-tea", "하동 야생차", "화개다원", Region.GYEONGNAM, Industry.AGRICULTURE,
					1, 90_000_000L, "지리산 화개골 야생차밭의 녹차와 발효차.", Outcome.PENDING, 1),
			new DemoStore("store31@example.com", "seoul-print", "을지로 인쇄소", "을지활판", Region.SEOUL, Industry.MANUFACTURING,
					4, 600_000_000L, "활판 인쇄로 찍은 카드와 포스터.", Outcome.PENDING, 0),
			new DemoStore("store32@example.com", "busan-shoes", "부산 수제화", "초량슈즈", Region.BUSAN, Industry.MANUFACTURING,
					6, 800_000_000L, "부산 초량 수제화 거리에서 만드는 가죽 구두.", Outcome.CHANGES_REQUESTED, 5),
			new DemoStore("store33@example.com", "global-direct", "글로벌 직구몰", "글로벌트레이딩", Region.INCHEON,
					Industry.WHOLESALE_RETAIL, 4, 2_000_000_000L, "해외 인기 상품을 빠르게 들여와 판매합니다.", Outcome.REJECTED, 8));

	/**
	 * Where a demo business sits: a street, the office that took its mail-order report,
	 * its area code.
	 */
	record Place(String street, String office, String areaCode) {
	}

	static final Map<Region, Place> PLACES = Map.ofEntries(
			Map.entry(Region.SEOUL, new Place("서울특별시 성동구 성수이로", "서울성동구", "02")),
			Map.entry(Region.BUSAN, new Place("부산광역시 영도구 태종로", "부산영도구", "051")),
			Map.entry(Region.DAEGU, new Place("대구광역시 서구 국채보상로", "대구서구", "053")),
			Map.entry(Region.INCHEON, new Place("인천광역시 중구 월미로", "인천중구", "032")),
			Map.entry(Region.GWANGJU, new Place("광주광역시 북구 무등로", "광주북구", "062")),
			Map.entry(Region.DAEJEON, new Place("대전광역시 유성구 대학로", "대전유성구", "042")),
			Map.entry(Region.ULSAN, new Place("울산광역시 중구 태화로", "울산중구", "052")),
			Map.entry(Region.SEJONG, new Place("세종특별자치시 조치원읍 새내로", "세종특별자치시", "044")),
			Map.entry(Region.GYEONGGI, new Place("경기도 양평군 양평읍 양근로", "경기양평군", "031")),
			Map.entry(Region.GANGWON, new Place("강원특별자치도 춘천시 중앙로", "강원춘천시", "033")),
			Map.entry(Region.CHUNGBUK, new Place("충청북도 괴산군 괴산읍 임꺽정로", "충북괴산군", "043")),
			Map.entry(Region.CHUNGNAM, new Place("충청남도 서천군 한산면 충절로", "충남서천군", "041")),
			Map.entry(Region.JEONBUK, new Place("전북특별자치도 전주시 완산구 기린대로", "전북전주시", "063")),
			Map.entry(Region.JEONNAM, new Place("전라남도 담양군 담양읍 죽향문화로", "전남담양군", "061")),
			Map.entry(Region.GYEONGBUK, new Place("경상북도 안동시 풍천면 하회남촌길", "경북안동시", "054")),
			Map.entry(Region.GYEONGNAM, new Place("경상남도 통영시 통영해안로", "경남통영시", "055")),
			Map.entry(Region.JEJU, new Place("제주특별자치도 서귀포시 남원읍 태위로", "제주서귀포시", "064")));

	private static DemoStore store(int owner, String slug, String storeName, String businessName, Region region,
			Industry industry, String introduction, int daysAgo) {
		int employees = (industry == Industry.AGRICULTURE) ? 1 + owner % 4 : 1 + owner % 9;
		long revenue = 80_000_000L + owner * 37_000_000L;
		return new DemoStore("store%02d@example.com".formatted(owner), slug, storeName, businessName, region, industry,
				employees, revenue, introduction, Outcome.APPROVED, daysAgo);
	}

	private final SellerApplicationRepository applications;

	private final SellerDocumentRepository documents;

	private final AccountApi accounts;

	private final BankAccountCipher cipher;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DemoSellers(SellerApplicationRepository applications, SellerDocumentRepository documents, AccountApi accounts,
			BankAccountCipher cipher, TransactionTemplate transactions, Clock clock) {
		this.applications = applications;
		this.documents = documents;
		this.accounts = accounts;
		this.cipher = cipher;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		Instant now = this.clock.instant();
		int opened = 0;
		for (int i = 0; i < STORES.size(); i++) {
			DemoStore store = STORES.get(i);
			AccountSummary owner = this.accounts.findByEmail(store.ownerEmail()).orElse(null);
			if (owner == null || this.applications.findByAccountId(owner.id()).isPresent()) {
				continue;
			}
			int index = i;
			this.transactions.executeWithoutResult((status) -> open(store, owner, index, now));
			opened++;
		}
		if (opened > 0) {
			logger.info("Demo stores and applications created: {}", opened);
		}
	}

	private void open(DemoStore store, AccountSummary owner, int index, Instant now) {
		Instant submitted = now.minus(Duration.ofDays(store.daysAgo() + 2L));
		String account = "1002%08d".formatted(3_000_000 + index * 7919);
		Place place = PLACES.get(store.region());
		ApplicationDetails details = new ApplicationDetails(store.businessName(), owner.name(),
				registrationNumber(index), "제2026-%s-%04d호".formatted(place.office(), 100 + index),
				place.office() + "청", store.industry(), store.employees(), store.revenue(),
				"%s %d".formatted(place.street(), 10 + index), store.region(),
				"%s-%03d-%04d".formatted(place.areaCode(), 200 + index, 1000 + index * 13),
				Bank.values()[index % Bank.values().length], this.cipher.encrypt(account),
				BankAccountCipher.lastFour(account), store.businessName(), store.storeName(), store.slug(),
				store.introduction());
		BusinessStatusLookup.Answer status = new BusinessStatusLookup.Answer(BusinessStatus.UNVERIFIED,
				OfflineBusinessStatusLookup.SOURCE, submitted);
		SellerApplication application = new SellerApplication(owner.id(), details, status, owner.email(), submitted);
		Instant decided = submitted.plus(Duration.ofDays(2));
		switch (store.outcome()) {
			case APPROVED -> application.approve("admin@example.com", decided);
			case CHANGES_REQUESTED -> application.requestChanges("admin@example.com",
					"통신판매업 신고번호와 사업자등록증의 상호가 다릅니다. 신고증 사본의 상호를 확인해 다시 제출해 주세요.", decided);
			case REJECTED -> application.reject("admin@example.com",
					"해외 제품을 수입해 판매하는 사업자로 확인되어 입점할 수 없습니다. 가치몰은 국내에서 제조한 상품만 판매합니다.", decided);
			case PENDING -> {
			}
		}
		this.applications.saveAndFlush(application);
		this.documents.save(new SellerDocument(application.getId(),
				new EvidenceFile("사업자등록증.pdf", EvidenceFile.Type.PDF, CERTIFICATE), submitted));
		if (store.outcome() == Outcome.APPROVED) {
			this.accounts.grantRole(owner.id(), Role.SELLER);
		}
	}

	/**
	 * Distinct, valid registration numbers: 214-8x-xxxxC with the check digit computed.
	 */
	static BusinessRegistrationNumber registrationNumber(int index) {
		String nine = "2148%05d".formatted(10_000 + index * 37);
		for (int check = 0; check < 10; check++) {
			if (BusinessRegistrationNumber.hasValidCheckDigit(nine + check)) {
				return new BusinessRegistrationNumber(nine + check);
			}
		}
		throw new IllegalStateException("No check digit for " + nine);
	}

}
