package kr.valuemall.catalog.listing;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.YearMonth;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import kr.valuemall.account.AccountApi;
import kr.valuemall.seller.BusinessRegistrationNumber;
import kr.valuemall.origin.MakerRole;
import kr.valuemall.origin.OriginApi;
import kr.valuemall.origin.OriginKind;
import kr.valuemall.seller.SellerApi;
import kr.valuemall.seller.StoreSummary;
import kr.valuemall.shared.DemoProperties;
import kr.valuemall.web.DateTimeDisplay;
import kr.valuemall.web.KoreanParticles;
import kr.valuemall.shared.Region;

/**
 * The demo profile's catalog: every demo store lists its goods through the same path a
 * seller uses (so screening holds the ones that look imported), with pictures drawn here
 * and a product information notice written from each listing ({@link DemoNotices}), and
 * shoppers report a few listings. Runs once: a store that has products is left alone,
 * except that listings from before notices existed get theirs.
 */
@Component
@Profile("demo")
@Order(30)
class DemoCatalog implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(DemoCatalog.class);

	/**
	 * A demo listing; with options, one SKU per combination instead of look-alike
	 * listings.
	 */
	record Item(String category, String name, long price, long shippingFee, ProductOptions options) {

		Item(String category, String name, long price, long shippingFee) {
			this(category, name, price, shippingFee, null);
		}

	}

	/** One option list: "1kg:-23000:0" is a value, its price difference and its stock. */
	private static ProductOptions options(String name, String... values) {
		return new ProductOptions(name, null, java.util.Arrays.stream(values).map((value) -> {
			String[] parts = value.split(":");
			return new ProductOptions.Sku(parts[0], null, Long.parseLong(parts[1]), Integer.parseInt(parts[2]));
		}).toList());
	}

	/**
	 * Two option lists: every combination, the second list's values carrying the price
	 * difference ("XL:5000"), each combination's stock from the seed.
	 */
	private static ProductOptions grid(String name1, List<String> values1, String name2, List<String> values2,
			int seed) {
		List<ProductOptions.Sku> skus = new java.util.ArrayList<>();
		int n = seed;
		for (String first : values1) {
			for (String second : values2) {
				String[] parts = second.split(":");
				long delta = (parts.length > 1) ? Long.parseLong(parts[1]) : 0;
				skus.add(new ProductOptions.Sku(first, parts[0], delta, (n++ * 7) % 13 == 5 ? 0 : 3 + (n * 5) % 20));
			}
		}
		return new ProductOptions(name1, name2, skus);
	}

	/**
	 * Where sellers sell sizes, weights and colours as options, not as look-alike
	 * listings.
	 */
	static final java.util.Set<String> OPTION_CATEGORIES = java.util.Set.of("clothing", "bags", "jewelry",
			"agricultural", "processed-food", "traditional-food", "seafood", "drinks-tea", "snacks-bakery");

	static final Map<String, List<Item>> ITEMS = Map.ofEntries(
			Map.entry("park-woodshop", List.of(new Item("chairs-stools", "참나무 원목 스툴", 89_000, 0),
					new Item("desks-tables", "호두나무 좌식 테이블", 320_000, 0),
					new Item("kitchenware", "통원목 도마 (대)", 48_000, 3_000), new Item("storage", "편백 수납 선반", 135_000, 0),
					new Item("chairs-stools", "아이 원목 의자", 69_000, 3_000))),
			Map.entry("jeju-gamgyul",
					List.of(new Item("agricultural", "노지 감귤 5kg", 24_900, 0),
							new Item("agricultural", "제주 한라봉", 39_000, 0,
									options("중량", "1kg:-23000:0", "3kg:0:12", "5kg:20000:6")),
							new Item("drinks-tea", "감귤 착즙 주스 1L 6병", 32_000, 0))),
			Map.entry("andong-jang",
					List.of(new Item("traditional-food", "3년 숙성 재래 된장", 28_000, 3_500,
							options("중량", "1kg:0:20", "500g:-13000:15", "2kg:26000:8")),
							new Item("traditional-food", "국산 콩 조선간장 900ml", 19_000, 3_500),
							new Item("traditional-food", "찹쌀 고추장 1kg", 26_000, 3_500))),
			Map.entry("damyang-bamboo",
					List.of(new Item("storage", "대나무 채반 3종", 35_000, 3_000),
							new Item("bedding-fabric", "대나무 죽부인", 45_000, 3_000),
							new Item("kitchenware", "대나무 수저 세트", 18_000, 2_500))),
			Map.entry("icheon-ceramic", List.of(new Item("kitchenware", "분청 밥그릇 2인 세트", 42_000, 3_000),
					new Item("kitchenware", "백자 찻잔 세트", 56_000, 3_000),
					new Item("kitchenware", "청자 접시 (중)", 38_000, 3_000), new Item("lighting", "도자기 무드등", 79_000, 0))),
			Map.entry("busan-fishcake",
					List.of(new Item("processed-food", "수제 모둠 어묵 1kg", 16_900, 3_500),
							new Item("processed-food", "어묵탕 밀키트 2인분", 12_900, 3_500))),
			Map.entry("seoul-leather",
					List.of(new Item("bags", "소가죽 크로스백", 189_000, 0, options("색상", "브라운:0:4", "블랙:0:6", "탄:0:0")),
							new Item("jewelry", "브라운 가죽 반지갑", 78_000, 0), new Item("bags", "가죽 카드지갑", 39_000, 2_500),
							new Item("bags", "캔버스 가죽 토트백", 129_000, 0))),
			Map.entry("gangwon-honey",
					List.of(new Item("agricultural", "오대산 아카시아꿀 1.2kg", 45_000, 0),
							new Item("agricultural", "야생화 꿀 스틱 30포", 29_000, 3_000))),
			Map.entry(
					"daegu-socks", List.of(
							new Item("clothing", "무지 면양말 10켤레", 15_900, 3_000,
									grid("색상", List.of("블랙", "화이트", "그레이"), "사이즈", List.of("230-250", "250-270:1000"),
											1)),
							new Item("clothing", "수면양말 5켤레", 12_900, 3_000),
							new Item("clothing", "아동 캐릭터 양말 6켤레", 11_900, 3_000))),
			Map.entry("gwangju-kimchi",
					List.of(new Item("processed-food", "해남 배추 포기김치", 33_000, 0,
							options("중량", "3kg:0:15", "5kg:20000:10", "10kg:55000:4")),
							new Item("processed-food", "돌산 갓김치 1kg", 17_000, 3_500))),
			Map.entry("boseong-tea",
					List.of(new Item("drinks-tea", "보성 우전 녹차 50g", 38_000, 3_000),
							new Item("drinks-tea", "세작 녹차 티백 50개", 15_000, 3_000))),
			Map.entry("tongyeong-najeon",
					List.of(new Item("jewelry", "나전 자개 손거울", 54_000, 3_000),
							new Item("storage", "나전칠기 보석함", 168_000, 0))),
			Map.entry("sejong-bakery",
					List.of(new Item("snacks-bakery", "우리밀 통밀 식빵", 7_500, 3_500),
							new Item("snacks-bakery", "우리밀 쿠키 선물세트", 24_000, 3_500))),
			Map.entry("incheon-candle",
					List.of(new Item("living-health", "소이 캔들 300g", 28_000, 3_000),
							new Item("living-health", "리드 디퓨저 200ml", 32_000, 3_000))),
			Map.entry("daejeon-stationery",
					List.of(new Item("notebooks-paper", "한지 표지 노트 3권", 15_000, 3_000),
							new Item("notebooks-paper", "2027 만년 다이어리", 19_800, 3_000),
							new Item("writing", "원목 연필 12자루", 9_900, 3_000))),
			Map.entry("ulsan-knife",
					List.of(new Item("kitchenware", "단조 식칼 (중)", 68_000, 0),
							new Item("agricultural", "대장간 호미", 22_000, 3_000))),
			Map.entry("chungbuk-sesame",
					List.of(new Item("traditional-food", "국산 참기름 350ml", 29_000, 3_000),
							new Item("traditional-food", "국산 들기름 350ml", 24_000, 3_000))),
			Map.entry("chungnam-hansan",
					List.of(new Item("bedding-fabric", "한산모시 여름 이불", 245_000, 0),
							new Item("clothing", "한산모시 셔츠", 89_000, 0,
									grid("색상", List.of("생지", "쪽빛"), "사이즈", List.of("M", "L", "XL:5000"), 2)),
							new Item("bedding-fabric", "모시 방석 커버 2장", 38_000, 3_000))),
			Map.entry("jeonju-hanji",
					List.of(new Item("lighting", "한지 스탠드 조명", 89_000, 0),
							new Item("stationery-office", "한지 부채", 16_000, 3_000))),
			Map.entry("gyeongju-bread", List.of(new Item("snacks-bakery", "경주 찰보리빵 20개입", 22_000, 3_000))),
			Map.entry("yangyang-soap",
					List.of(new Item("bath-body", "쑥 저온숙성 비누 3개", 18_000, 3_000),
							new Item("bath-body", "해양심층수 샴푸바", 16_000, 3_000))),
			Map.entry("pohang-seafood",
					List.of(new Item("seafood", "구룡포 과메기 10마리", 29_000, 4_000),
							new Item("seafood", "손질 건오징어 5마리", 35_000, 3_000))),
			Map.entry("suwon-pet",
					List.of(new Item("pet-food", "국내산 닭가슴살 져키 200g", 12_000, 3_000),
							new Item("pet-food", "고구마 말랭이 간식", 9_000, 3_000),
							new Item("pet-supplies", "면 로프 장난감", 8_500, 3_000))),
			Map.entry("mokpo-toys",
					List.of(new Item("toys", "편백 원목 블록 50pcs", 49_000, 0),
							new Item("baby-goods", "원목 치발기", 15_000, 3_000))),
			Map.entry("changwon-camping",
					List.of(new Item("camping", "알루미늄 캠핑 테이블", 89_000, 0),
							new Item("camping", "스테인리스 화로대", 129_000, 0))),
			Map.entry("seoul-cosmetics",
					List.of(new Item("skincare", "병풀 수분 크림 50ml", 32_000, 3_000),
							new Item("skincare", "립밤 2개 세트", 12_000, 3_000))),
			Map.entry("gimhae-mask",
					List.of(new Item("masks-hygiene", "KF94 마스크 대형 50매", 29_900, 0),
							new Item("masks-hygiene", "KF94 마스크 50매 (가격 오류)", 10_000_000, 0))),
			Map.entry("jinju-silk", List.of(new Item("jewelry", "진주 실크 스카프", 69_000, 0))),
			Map.entry("chuncheon-dakgalbi", List.of(new Item("processed-food", "춘천 닭갈비 밀키트 2인분", 19_900, 3_500))));

	/** Listings that read like imports: screening holds them for staff, as it should. */
	static final Map<String, List<Item>> SUSPICIOUS = Map.of("seoul-leather",
			List.of(new Item("bags", "병행수입 명품 스타일 숄더백", 89_000, 0)), "changwon-camping",
			List.of(new Item("camping", "캠핑 의자 Made in China 정품", 35_000, 0)), "incheon-candle",
			List.of(new Item("living-health", "해외직구 인기 향초 세트", 25_000, 3_000)));

	private final SellerApi sellers;

	private final SellerListings listings;

	private final ProductRepository products;

	private final OriginApi origin;

	private final AccountApi accounts;

	private final DemoProperties demo;

	private final MessageSource messages;

	private final Clock clock;

	DemoCatalog(SellerApi sellers, SellerListings listings, ProductRepository products, OriginApi origin,
			AccountApi accounts, DemoProperties demo, MessageSource messages, Clock clock) {
		this.demo = demo;
		this.messages = messages;
		this.clock = clock;
		this.sellers = sellers;
		this.listings = listings;
		this.products = products;
		this.origin = origin;
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		int listed = 0;
		int hue = 0;
		boolean resold = false;
		for (StoreSummary store : this.sellers.newestStores(100)) {
			List<Item> items = ITEMS.get(store.slug());
			if (items == null) {
				continue;
			}
			List<Product> listedBefore = this.products.findBySellerIdOrderByUpdatedAtDesc(store.sellerId());
			if (!listedBefore.isEmpty()) {
				hue = writeMissingNotices(store, listedBefore, hue);
				continue;
			}
			for (Item item : items) {
				for (Item variant : this.demo.small() ? List.of(item) : variantsOf(item)) {
					list(store, variant, false, hue++);
					listed++;
				}
			}
			for (Item item : SUSPICIOUS.getOrDefault(store.slug(), List.of())) {
				list(store, item, true, hue++);
				listed++;
			}
			if (!resold) {
				listResold(store, items.get(0), hue++);
				resold = true;
				listed++;
			}
		}
		if (listed > 0) {
			reportSomeListings();
			logger.info("Demo products listed: {}", listed);
		}
	}

	/**
	 * Each demo item with the sizes and sets a small shop would also offer, so the demo
	 * has a few hundred listings to search (a product that costs a fortune has no
	 * variants). Fashion and food sell sizes, weights and colours as options of one
	 * listing instead.
	 */
	static List<Item> variantsOf(Item item) {
		if (item.price() >= 1_000_000 || item.options() != null || OPTION_CATEGORIES.contains(item.category())) {
			return List.of(item);
		}
		long gift = Math.round(item.price() * 2.2 / 100) * 100;
		long trial = Math.max(1_000, Math.round(item.price() * 0.6 / 100) * 100);
		return List.of(item, new Item(item.category(), item.name() + " 선물세트", gift, 0),
				new Item(item.category(), item.name() + " 체험용", trial, item.shippingFee()));
	}

	private void list(StoreSummary store, Item item, boolean suspicious, int hue) {
		String description = suspicious ? item.name() + ". 해외에서 들여온 인기 상품을 빠르게 보내 드립니다." : KoreanParticles
			.resolve(store.introduction() + " " + item.name() + "은(는) " + store.storeName() + "에서 직접 만들어 보냅니다.");
		ProductDetails details = new ProductDetails(item.category(), item.name(), description, item.price(),
				10 + (hue * 7) % 90, item.shippingFee(), OriginKind.DOMESTIC, null, store.businessName(),
				store.region(), MakerRole.MAKER, true);
		ProductOptions options = (item.options() != null) ? item.options() : ProductOptions.none(details.stock());
		Product product = this.listings.create(store, details, DemoNotices.of(store, item.category(), item.name(),
				item.shippingFee(), regionName(store.region()), month(), hue), options);
		this.listings.addImages(store, product.getId(), List.of(picture(hue)));
		this.listings.publish(store, product.getId());
	}

	/**
	 * One listing resold rather than made by the store: it names its Korean maker with
	 * the maker's business registration number, shown on the product page.
	 */
	private void listResold(StoreSummary store, Item item, int hue) {
		String name = item.name() + " (협력 공방 제작)";
		String maker = "한빛공예협동조합";
		ProductDetails details = new ProductDetails(item.category(), name,
				KoreanParticles.resolve(store.storeName() + "이(가) 고른 ") + item.name() + ". 경기 이천의 " + maker
						+ "에서 만든 것을 받아 판매합니다.",
				item.price(), 10 + (hue * 7) % 90, item.shippingFee(), OriginKind.DOMESTIC, null, maker,
				Region.GYEONGGI, MakerRole.RESELLER, true);
		Product product = this.listings.create(store, details, DemoNotices.of(store, item.category(), name,
				item.shippingFee(), regionName(Region.GYEONGGI), month(), hue));
		this.listings.nameMaker(store, product.getId(), new BusinessRegistrationNumber("1208147521"));
		this.listings.addImages(store, product.getId(), List.of(picture(hue)));
		this.listings.publish(store, product.getId());
	}

	/** Notices for a demo store's listings made before notices existed. */
	private int writeMissingNotices(StoreSummary store, List<Product> listed, int hue) {
		int serial = hue;
		for (Product product : listed) {
			if (!this.listings.noticeOf(store, product.getId()).isFilled()) {
				this.listings.fillNotice(store, product.getId(),
						DemoNotices.of(store, product.getCategorySlug(), product.getName(), product.getShippingFee(),
								regionName(product.getMadeRegion()), month(), serial++));
			}
		}
		return serial;
	}

	private String regionName(Region region) {
		return (region != null) ? this.messages.getMessage(region.messageKey(), null, Locale.KOREAN) : "대한민국";
	}

	private YearMonth month() {
		return YearMonth.from(LocalDate.ofInstant(this.clock.instant(), DateTimeDisplay.SEOUL));
	}

	/** Three shoppers report one live listing: enough to send it back to review. */
	private void reportSomeListings() {
		this.sellers.storeBySlug("daegu-socks").ifPresent((store) -> {
			List<Product> socks = this.products.findLiveBySeller(store.sellerId());
			if (socks.isEmpty()) {
				return;
			}
			long listing = socks.get(0).getId();
			for (String email : List.of("jiho.lee@example.com", "seoyeon.choi@example.com",
					"dohyun.jung@example.com")) {
				this.accounts.findByEmail(email)
					.ifPresent((shopper) -> this.origin.reportImport(listing, shopper.id(),
							"포장에 중국어 라벨이 붙어 있었습니다. 수입품 같아요."));
			}
		});
	}

	/**
	 * A simple, distinct picture per product, drawn rather than downloaded (in bytes, as
	 * the JPEG writer reads them fastest).
	 */
	static MultipartFile picture(int hue) {
		BufferedImage image = new BufferedImage(800, 800, BufferedImage.TYPE_3BYTE_BGR);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		float base = (hue * 0.13f) % 1f;
		g.setPaint(new GradientPaint(0, 0, Color.getHSBColor(base, 0.25f, 0.97f), 800, 800,
				Color.getHSBColor(base, 0.45f, 0.85f)));
		g.fillRect(0, 0, 800, 800);
		g.setColor(Color.getHSBColor((base + 0.5f) % 1f, 0.35f, 0.75f));
		g.fill(new RoundRectangle2D.Float(200, 260, 400, 330, 60, 60));
		g.setColor(Color.getHSBColor(base, 0.6f, 0.55f));
		g.fill(new Ellipse2D.Float(330, 170, 140, 140));
		g.dispose();
		try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
			ImageIO.write(image, "jpg", bytes);
			return new DrawnPicture("demo-" + hue + ".jpg", bytes.toByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A picture made in memory, handed over the way an upload would be. */
	record DrawnPicture(String fileName, byte[] content) implements MultipartFile {

		@Override
		public String getName() {
			return "images";
		}

		@Override
		public String getOriginalFilename() {
			return this.fileName;
		}

		@Override
		public String getContentType() {
			return "image/jpeg";
		}

		@Override
		public boolean isEmpty() {
			return this.content.length == 0;
		}

		@Override
		public long getSize() {
			return this.content.length;
		}

		@Override
		public byte[] getBytes() {
			return this.content;
		}

		@Override
		public InputStream getInputStream() {
			return new ByteArrayInputStream(this.content);
		}

		@Override
		public void transferTo(File destination) {
			throw new UnsupportedOperationException("Drawn pictures stay in memory");
		}

	}

}
