-- Origin screening: the rules staff edit, the current review state of every listing, the
-- append-only trail of decisions, and shoppers' import reports.

-- Words that score a listing (IMPORT_PHRASE, FOREIGN_BRAND, FOREIGN_PLACE), words that are
-- never read as a signal (SAFE_PHRASE, e.g. 국산, 수입 없이), and the words that tell a reseller
-- (RESELLER_PHRASE) from a maker (MAKER_PHRASE). Hangul terms match with spaces ignored;
-- Latin terms match whole words, whatever their case.
CREATE TABLE origin_term (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	kind VARCHAR(30) NOT NULL CHECK (kind IN ('IMPORT_PHRASE', 'FOREIGN_BRAND', 'FOREIGN_PLACE', 'SAFE_PHRASE',
		'RESELLER_PHRASE', 'MAKER_PHRASE')),
	term VARCHAR(100) NOT NULL,
	points INT NOT NULL CHECK (points BETWEEN 0 AND 1000),
	enabled BOOLEAN NOT NULL DEFAULT TRUE,
	created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX origin_term_kind_term_uk ON origin_term (kind, lower(term));

INSERT INTO origin_term (kind, term, points) VALUES
	('IMPORT_PHRASE', '중국산', 60),
	('IMPORT_PHRASE', '중국 제조', 60),
	('IMPORT_PHRASE', '중국제', 60),
	('IMPORT_PHRASE', '수입', 50),
	('IMPORT_PHRASE', '수입산', 60),
	('IMPORT_PHRASE', '수입품', 60),
	('IMPORT_PHRASE', '해외직구', 60),
	('IMPORT_PHRASE', '직구', 50),
	('IMPORT_PHRASE', '병행수입', 60),
	('IMPORT_PHRASE', '구매대행', 60),
	('IMPORT_PHRASE', '베트남산', 60),
	('IMPORT_PHRASE', '미국산', 60),
	('IMPORT_PHRASE', '일본산', 60),
	('IMPORT_PHRASE', '외국산', 60),
	('IMPORT_PHRASE', '해외배송', 50),
	('IMPORT_PHRASE', 'made in china', 60),
	('IMPORT_PHRASE', 'made in prc', 60),
	('IMPORT_PHRASE', 'made in usa', 60),
	('IMPORT_PHRASE', 'made in vietnam', 60),
	('IMPORT_PHRASE', 'made in japan', 60),
	('IMPORT_PHRASE', 'imported', 50),
	('IMPORT_PHRASE', 'import', 50),
	('IMPORT_PHRASE', 'imports', 50),
	('IMPORT_PHRASE', 'oem china', 60),
	('IMPORT_PHRASE', 'OEM (China)', 60),
	('FOREIGN_BRAND', 'Dyson', 50),
	('FOREIGN_BRAND', '다이슨', 50),
	('FOREIGN_BRAND', 'Philips', 50),
	('FOREIGN_BRAND', '필립스', 50),
	('FOREIGN_BRAND', 'Xiaomi', 50),
	('FOREIGN_BRAND', '샤오미', 50),
	('FOREIGN_BRAND', 'IKEA', 50),
	('FOREIGN_BRAND', '이케아', 50),
	('FOREIGN_BRAND', 'Nike', 50),
	('FOREIGN_BRAND', '나이키', 50),
	('FOREIGN_BRAND', 'Adidas', 50),
	('FOREIGN_BRAND', '아디다스', 50),
	('FOREIGN_BRAND', 'Tefal', 50),
	('FOREIGN_BRAND', '테팔', 50),
	('FOREIGN_BRAND', 'Bosch', 50),
	('FOREIGN_BRAND', '보쉬', 50),
	('FOREIGN_BRAND', 'Sony', 50),
	('FOREIGN_BRAND', '소니', 50),
	('FOREIGN_BRAND', 'Panasonic', 50),
	('FOREIGN_BRAND', '파나소닉', 50),
	('FOREIGN_BRAND', 'Braun', 50),
	('FOREIGN_BRAND', 'Anker', 50),
	('FOREIGN_BRAND', '앤커', 50),
	('FOREIGN_BRAND', 'Muji', 50),
	('FOREIGN_BRAND', '무인양품', 50),
	('FOREIGN_BRAND', 'Lego', 50),
	('FOREIGN_BRAND', '레고', 50),
	('FOREIGN_PLACE', 'Shenzhen', 60),
	('FOREIGN_PLACE', '심천', 60),
	('FOREIGN_PLACE', '선전시', 60),
	('FOREIGN_PLACE', 'Guangzhou', 60),
	('FOREIGN_PLACE', '광저우', 60),
	('FOREIGN_PLACE', 'Yiwu', 60),
	('FOREIGN_PLACE', '이우시', 60),
	('FOREIGN_PLACE', 'Guangdong', 60),
	('FOREIGN_PLACE', '광동성', 60),
	('FOREIGN_PLACE', 'Zhejiang', 60),
	('FOREIGN_PLACE', '저장성', 60),
	('FOREIGN_PLACE', 'Shanghai', 60),
	('FOREIGN_PLACE', 'China', 60),
	('FOREIGN_PLACE', 'PRC', 60),
	('FOREIGN_PLACE', 'Vietnam', 60),
	('FOREIGN_PLACE', 'Hanoi', 60),
	('FOREIGN_PLACE', 'Taiwan', 60),
	('FOREIGN_PLACE', 'Co., Ltd. (China)', 60),
	('SAFE_PHRASE', '국산', 0),
	('SAFE_PHRASE', '국내산', 0),
	('SAFE_PHRASE', '수입 없이', 0),
	('SAFE_PHRASE', '수입에 의존하지 않', 0),
	('SAFE_PHRASE', '수입산이 아닌', 0),
	('SAFE_PHRASE', '농가 수입', 0),
	('SAFE_PHRASE', '농가의 수입', 0),
	('SAFE_PHRASE', '수입 증대', 0),
	('SAFE_PHRASE', '수입원', 0),
	('SAFE_PHRASE', '수입 대체', 0),
	('SAFE_PHRASE', '유통기한', 0),
	('SAFE_PHRASE', 'bone china', 0),
	('SAFE_PHRASE', '필립스 드라이버', 0),
	('SAFE_PHRASE', '필립스 나사', 0),
	('SAFE_PHRASE', 'no imported', 0),
	('SAFE_PHRASE', 'not imported', 0),
	('RESELLER_PHRASE', '수입', 0),
	('RESELLER_PHRASE', '유통', 0),
	('RESELLER_PHRASE', '총판', 0),
	('RESELLER_PHRASE', '도매', 0),
	('RESELLER_PHRASE', '판매대행', 0),
	('RESELLER_PHRASE', 'distributor', 0),
	('RESELLER_PHRASE', 'wholesale', 0),
	('MAKER_PHRASE', '제조', 0),
	('MAKER_PHRASE', '생산', 0),
	('MAKER_PHRASE', '만든', 0),
	('MAKER_PHRASE', '만들', 0),
	('MAKER_PHRASE', '만듭니다', 0),
	('MAKER_PHRASE', '수제', 0),
	('MAKER_PHRASE', '직접', 0),
	('MAKER_PHRASE', '공방', 0),
	('MAKER_PHRASE', '재배', 0),
	('MAKER_PHRASE', '농장', 0),
	('MAKER_PHRASE', '빚은', 0),
	('MAKER_PHRASE', 'handmade', 0),
	('MAKER_PHRASE', 'made by', 0);

-- One row: the hold threshold and the points of the rules that are not word lists.
CREATE TABLE origin_settings (
	id INT PRIMARY KEY CHECK (id = 1),
	hold_threshold INT NOT NULL CHECK (hold_threshold BETWEEN 1 AND 1000),
	duplicate_seller_count INT NOT NULL CHECK (duplicate_seller_count BETWEEN 1 AND 100),
	reports_to_hold INT NOT NULL CHECK (reports_to_hold BETWEEN 1 AND 100),
	importer_named_points INT NOT NULL CHECK (importer_named_points BETWEEN 0 AND 1000),
	missing_region_points INT NOT NULL CHECK (missing_region_points BETWEEN 0 AND 1000),
	missing_manufacturer_points INT NOT NULL CHECK (missing_manufacturer_points BETWEEN 0 AND 1000),
	maker_contradiction_points INT NOT NULL CHECK (maker_contradiction_points BETWEEN 0 AND 1000),
	duplicate_text_points INT NOT NULL CHECK (duplicate_text_points BETWEEN 0 AND 1000),
	price_out_of_range_points INT NOT NULL CHECK (price_out_of_range_points BETWEEN 0 AND 1000),
	import_reports_points INT NOT NULL CHECK (import_reports_points BETWEEN 0 AND 1000),
	updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
	version BIGINT NOT NULL DEFAULT 0
);
INSERT INTO origin_settings (id, hold_threshold, duplicate_seller_count, reports_to_hold, importer_named_points,
	missing_region_points, missing_manufacturer_points, maker_contradiction_points, duplicate_text_points,
	price_out_of_range_points, import_reports_points)
VALUES (1, 50, 2, 3, 50, 50, 50, 30, 50, 50, 50);

-- Price sanity per category. Every slug has a row with its parent beside it, so a child
-- without a range of its own uses its parent's. Whole won.
CREATE TABLE origin_price_range (
	category_slug VARCHAR(60) PRIMARY KEY,
	parent_slug VARCHAR(60),
	min_price BIGINT CHECK (min_price >= 0),
	max_price BIGINT CHECK (max_price > 0),
	CHECK (min_price IS NULL OR max_price IS NULL OR min_price <= max_price)
);
INSERT INTO origin_price_range (category_slug, parent_slug, min_price, max_price) VALUES
	('furniture-interior', NULL, 1000, 5000000),
	('electronics-digital', NULL, 1000, 5000000),
	('stationery-office', NULL, 100, 500000),
	('food', NULL, 500, 1000000),
	('fashion-accessories', NULL, 1000, 3000000),
	('living-health', NULL, 100, 1000000),
	('beauty', NULL, 500, 500000),
	('sports-leisure', NULL, 1000, 3000000),
	('kids-toys', NULL, 500, 1000000),
	('pets', NULL, 500, 500000),
	('chairs-stools', 'furniture-interior', NULL, NULL),
	('desks-tables', 'furniture-interior', NULL, NULL),
	('storage', 'furniture-interior', NULL, NULL),
	('lighting', 'furniture-interior', NULL, 2000000),
	('bedding-fabric', 'furniture-interior', NULL, 2000000),
	('kitchen-appliances', 'electronics-digital', NULL, 3000000),
	('home-appliances', 'electronics-digital', NULL, NULL),
	('digital-accessories', 'electronics-digital', NULL, 500000),
	('notebooks-paper', 'stationery-office', NULL, 200000),
	('writing', 'stationery-office', NULL, 300000),
	('office-supplies', 'stationery-office', NULL, NULL),
	('agricultural', 'food', NULL, NULL),
	('seafood', 'food', NULL, NULL),
	('processed-food', 'food', NULL, 500000),
	('traditional-food', 'food', NULL, NULL),
	('snacks-bakery', 'food', NULL, 300000),
	('drinks-tea', 'food', NULL, 500000),
	('clothing', 'fashion-accessories', NULL, NULL),
	('bags', 'fashion-accessories', NULL, NULL),
	('shoes', 'fashion-accessories', NULL, 1000000),
	('jewelry', 'fashion-accessories', NULL, NULL),
	('kitchenware', 'living-health', NULL, 500000),
	('cleaning-laundry', 'living-health', NULL, 300000),
	('health-care', 'living-health', NULL, NULL),
	('masks-hygiene', 'living-health', 100, 100000),
	('skincare', 'beauty', NULL, NULL),
	('bath-body', 'beauty', NULL, NULL),
	('camping', 'sports-leisure', NULL, NULL),
	('fitness', 'sports-leisure', NULL, NULL),
	('baby-goods', 'kids-toys', NULL, NULL),
	('toys', 'kids-toys', NULL, 500000),
	('pet-food', 'pets', NULL, 300000),
	('pet-supplies', 'pets', NULL, NULL);

-- The current review state of each listing the catalog has asked about. The catalog owns the
-- listing; this is origin's snapshot of what was screened.
CREATE TABLE listing_review (
	listing_id BIGINT PRIMARY KEY,
	seller_id BIGINT NOT NULL,
	store_name VARCHAR(100) NOT NULL,
	name VARCHAR(200) NOT NULL,
	category_slug VARCHAR(60) NOT NULL,
	price BIGINT NOT NULL,
	status VARCHAR(20) NOT NULL CHECK (status IN ('LIVE', 'HELD', 'REJECTED')),
	score INT NOT NULL,
	reasons VARCHAR(20000) NOT NULL,
	fingerprint VARCHAR(64) NOT NULL,
	staff_reason VARCHAR(500),
	-- Reports made before this moment were answered by a staff approval and count no more.
	reports_cleared_at TIMESTAMPTZ,
	updated_at TIMESTAMPTZ NOT NULL,
	version BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX listing_review_status_ix ON listing_review (status, updated_at);
CREATE INDEX listing_review_fingerprint_ix ON listing_review (fingerprint, seller_id);
CREATE INDEX listing_review_seller_ix ON listing_review (seller_id);

-- Every decision, automatic or by staff. Append-only: rows are never updated or deleted.
CREATE TABLE listing_decision (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	listing_id BIGINT NOT NULL,
	decided_at TIMESTAMPTZ NOT NULL,
	actor VARCHAR(254) NOT NULL,
	action VARCHAR(20) NOT NULL CHECK (action IN ('AUTO_PASS', 'AUTO_HOLD', 'APPROVED', 'REJECTED', 'REPORT_HOLD')),
	score INT NOT NULL,
	reasons VARCHAR(20000) NOT NULL,
	note VARCHAR(500)
);
CREATE INDEX listing_decision_listing_ix ON listing_decision (listing_id, decided_at);
CREATE INDEX listing_decision_decided_at_ix ON listing_decision (decided_at DESC);

CREATE TABLE import_report (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	listing_id BIGINT NOT NULL,
	shopper_account_id BIGINT NOT NULL,
	reason VARCHAR(500) NOT NULL,
	created_at TIMESTAMPTZ NOT NULL,
	CONSTRAINT import_report_listing_shopper_uk UNIQUE (listing_id, shopper_account_id)
);
CREATE INDEX import_report_listing_ix ON import_report (listing_id, created_at);
