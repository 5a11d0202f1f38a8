-- Delivery terms (배송·반품 안내): what a seller promises about sending an order and taking it
-- back, shown on every product page and used at checkout for the Jeju and island extra fee.

-- One row per seller once the seller has saved the terms; a seller without a row has none yet
-- (the product page then promises dispatch within 3 business days, the legal default for prepaid
-- mail order, 전자상거래법 제15조①, and charges no island fee).
CREATE TABLE seller_delivery_terms (
	seller_id BIGINT PRIMARY KEY,
	-- business days between the day an order counts from and the day it leaves (0 = same day)
	dispatch_days INT NOT NULL CHECK (dispatch_days BETWEEN 0 AND 14),
	-- an order paid on a business day before this hour (Korean time) counts from that day
	cutoff_hour INT NOT NULL CHECK (cutoff_hour BETWEEN 1 AND 23),
	courier VARCHAR(20) NOT NULL,
	return_address VARCHAR(200) NOT NULL,
	-- 반품 배송비 (one way) and 교환 배송비 (both ways), whole won
	return_fee BIGINT NOT NULL CHECK (return_fee BETWEEN 0 AND 1000000),
	exchange_fee BIGINT NOT NULL CHECK (exchange_fee BETWEEN 0 AND 1000000),
	-- added to the shipping fee when the parcel goes to Jeju or to another island (도서산간)
	jeju_fee BIGINT NOT NULL CHECK (jeju_fee BETWEEN 0 AND 1000000),
	island_fee BIGINT NOT NULL CHECK (island_fee BETWEEN 0 AND 1000000),
	updated_at TIMESTAMPTZ NOT NULL
);

-- A listing that differs from its seller's terms (a made-to-order table that takes longer, a
-- heavy parcel that costs more to send to Jeju). A null column follows the seller's terms.
CREATE TABLE listing_delivery_terms (
	product_id BIGINT PRIMARY KEY,
	dispatch_days INT CHECK (dispatch_days BETWEEN 0 AND 14),
	return_fee BIGINT CHECK (return_fee BETWEEN 0 AND 1000000),
	exchange_fee BIGINT CHECK (exchange_fee BETWEEN 0 AND 1000000),
	jeju_fee BIGINT CHECK (jeju_fee BETWEEN 0 AND 1000000),
	island_fee BIGINT CHECK (island_fee BETWEEN 0 AND 1000000),
	updated_at TIMESTAMPTZ NOT NULL
);

-- Postal-code ranges (5-digit 국가기초구역번호, in use since 2015) that count as Jeju or as another
-- island or remote area (도서산간). Compared as text: every code is exactly five digits.
-- Source: Jeju is the whole of 제주특별자치도 (63000-63644). The other ranges are the island
-- list most Korean shopping-mall platforms and courier contracts use for 도서산간 extra fees
-- (islands of Incheon's Jung-gu, Ganghwa and Ongjin, Ulleungdo, Busan's Gadeokdo, and the
-- islands of Chungnam, Gyeongnam, Jeonbuk and Jeonnam). It is an approximation, not an official
-- register: no government list of "도서산간" postal codes exists, and couriers differ in detail.
-- Staff add, remove or correct rows here; nothing else needs to change.
CREATE TABLE remote_area_postal_range (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	first_code VARCHAR(5) NOT NULL CHECK (first_code ~ '^[0-9]{5}$'),
	last_code VARCHAR(5) NOT NULL CHECK (last_code ~ '^[0-9]{5}$'),
	area VARCHAR(10) NOT NULL CHECK (area IN ('JEJU', 'ISLAND')),
	place VARCHAR(60) NOT NULL,
	CHECK (first_code <= last_code)
);
CREATE INDEX remote_area_postal_range_ix ON remote_area_postal_range (first_code, last_code);

INSERT INTO remote_area_postal_range (first_code, last_code, area, place) VALUES
	('63000', '63644', 'JEJU', '제주특별자치도'),
	('22386', '22388', 'ISLAND', '인천 중구 (섬 지역)'),
	('23004', '23010', 'ISLAND', '인천 강화군 (섬 지역)'),
	('23100', '23116', 'ISLAND', '인천 옹진군'),
	('23124', '23136', 'ISLAND', '인천 옹진군'),
	('31708', '31708', 'ISLAND', '충남 당진시 (섬 지역)'),
	('32133', '32133', 'ISLAND', '충남 태안군 (섬 지역)'),
	('33411', '33411', 'ISLAND', '충남 보령시 (섬 지역)'),
	('40200', '40240', 'ISLAND', '경북 울릉군'),
	('46768', '46771', 'ISLAND', '부산 강서구 (가덕도 등)'),
	('52570', '52571', 'ISLAND', '경남 사천시 (섬 지역)'),
	('53031', '53033', 'ISLAND', '경남 통영시 (섬 지역)'),
	('53089', '53104', 'ISLAND', '경남 통영시 (섬 지역)'),
	('54000', '54000', 'ISLAND', '전북 군산시 (섬 지역)'),
	('56347', '56349', 'ISLAND', '전북 부안군 (섬 지역)'),
	('57068', '57069', 'ISLAND', '전남 영광군 (섬 지역)'),
	('58760', '58762', 'ISLAND', '전남 목포시 (섬 지역)'),
	('58800', '58810', 'ISLAND', '전남 신안군'),
	('58816', '58818', 'ISLAND', '전남 신안군'),
	('58826', '58826', 'ISLAND', '전남 신안군'),
	('58828', '58866', 'ISLAND', '전남 신안군'),
	('58953', '58958', 'ISLAND', '전남 진도군 (섬 지역)'),
	('59102', '59103', 'ISLAND', '전남 완도군'),
	('59106', '59106', 'ISLAND', '전남 완도군'),
	('59127', '59127', 'ISLAND', '전남 완도군'),
	('59137', '59166', 'ISLAND', '전남 완도군'),
	('59421', '59421', 'ISLAND', '전남 보성군 (섬 지역)'),
	('59531', '59531', 'ISLAND', '전남 고흥군 (섬 지역)'),
	('59551', '59551', 'ISLAND', '전남 고흥군 (섬 지역)'),
	('59563', '59563', 'ISLAND', '전남 고흥군 (섬 지역)'),
	('59568', '59568', 'ISLAND', '전남 고흥군 (섬 지역)'),
	('59650', '59650', 'ISLAND', '전남 여수시 (섬 지역)'),
	('59766', '59766', 'ISLAND', '전남 여수시 (섬 지역)'),
	('59781', '59790', 'ISLAND', '전남 여수시 (섬 지역)');
