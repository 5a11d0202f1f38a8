-- The benchmark data set, added with set-based SQL on top of a database the demo profile
-- has seeded (scripts/bench/fill-database.sh does both). Sizes come from psql variables:
--   stores   approved stores in all (the demo's count towards it)     default 2000
--   listings live listings in all                                      default 100000
--   orders   paid orders over the last year                            default 200000
--   shoppers shopper accounts bench-shopper-N@example.com              default 20000
-- Every bench account signs in with the demo password (valuemall-demo).
-- The same seed gives the same data set: setseed() fixes random().
--
-- The rows are what the mall's own code would have written: approved stores with their
-- delivery terms, live listings copied from the demo's listings (origin, product notices,
-- one to three options, one image each), orders of one or two stores' shipments with one
-- to eight lines, their card payments, shipments whose status follows their age, reviews
-- on a tenth of the confirmed lines, the first sale of each store that sold, and sales and
-- review counts on each listing. Derived tables that the mall keeps by events (report
-- roll-ups, settlement lines, ...) are rebuilt by the scripts in scripts/bench/derive/.

\set ON_ERROR_STOP on
\if :{?stores} \else \set stores 2000 \endif
\if :{?listings} \else \set listings 100000 \endif
\if :{?orders} \else \set orders 200000 \endif
\if :{?shoppers} \else \set shoppers 20000 \endif

SELECT setseed(0.2026);

-- A business registration number with a valid check digit (seller.BusinessRegistrationNumber).
CREATE FUNCTION pg_temp.bench_brn(n bigint) RETURNS text LANGUAGE sql AS $$
SELECT d || ((10 - s % 10) % 10)::text
FROM (SELECT d, (SELECT sum(substr(d, i, 1)::int * (ARRAY[1, 3, 7, 1, 3, 7, 1, 3, 5])[i]) FROM generate_series(1, 9) i)
		+ substr(d, 9, 1)::int * 5 / 10 AS s
	FROM (SELECT '9' || lpad(n::text, 8, '0') AS d) x) y
$$;


BEGIN;

CREATE TEMP TABLE bench_size AS
SELECT greatest(:stores - (SELECT count(*) FROM seller_application WHERE status = 'APPROVED'), 1) AS stores,
	:shoppers AS shoppers, :orders AS orders;
CREATE TEMP TABLE bench_size_listings AS
SELECT greatest(ceil((:listings - (SELECT count(*) FROM product WHERE status = 'LIVE'))::numeric / (SELECT stores FROM bench_size))::int, 1)
	AS per_store;

-- Accounts: sellers and shoppers, with the demo password.
INSERT INTO user_account (email, password_hash, name, phone, created_at, email_verified_at)
SELECT 'bench-seller-' || n || '@example.com', (SELECT password_hash FROM user_account WHERE email = 'seller@example.com'),
	'판매자' || n, '010-7' || lpad((n % 1000)::text, 3, '0') || '-' || lpad((n % 10000)::text, 4, '0'),
	now() - interval '800 days', now() - interval '800 days'
FROM generate_series(1, (SELECT stores FROM bench_size)) n;
INSERT INTO user_account (email, password_hash, name, phone, created_at, email_verified_at)
SELECT 'bench-shopper-' || n || '@example.com', (SELECT password_hash FROM user_account WHERE email = 'shopper@example.com'),
	(ARRAY['김','이','박','최','정','강','조','윤','장','임'])[1 + n % 10]
		|| (ARRAY['민준','서연','도윤','지우','하준','서윤','시우','하은','주원','지민','예준','수아'])[1 + (n / 10) % 12],
	'010-8' || lpad((n % 1000)::text, 3, '0') || '-' || lpad((n % 10000)::text, 4, '0'),
	now() - (random() * 700 || ' days')::interval, now() - interval '700 days'
FROM generate_series(1, :shoppers) n;
INSERT INTO user_account_role (user_account_id, role)
SELECT id, 'SELLER' FROM user_account WHERE email LIKE 'bench-seller-%'
UNION ALL SELECT id, 'SHOPPER' FROM user_account WHERE email LIKE 'bench-seller-%' OR email LIKE 'bench-shopper-%';

-- Approved stores: the demo's first approved application is the template for what the
-- benchmark does not vary. A twelfth opened within the last 60 days (new stores).
CREATE TEMP TABLE bench_store AS
SELECT n, a.id AS account_id,
	(ARRAY['햇살','바람','나무','들꽃','가람','누리','온새','다온','별빛','하늘','소담','여울','한결','미리내','솔빛'])[1 + n % 15]
		|| (ARRAY['공방','상회','농장','스튜디오','제작소','베이커리','도예','목공소','상점','살림'])[1 + (n / 15) % 10]
		|| ' ' || n AS store_name,
	(ARRAY['BUSAN','CHUNGBUK','CHUNGNAM','DAEGU','DAEJEON','GANGWON','GWANGJU','GYEONGBUK','GYEONGGI','GYEONGNAM',
		'INCHEON','JEJU','JEONBUK','JEONNAM','SEJONG','SEOUL','ULSAN'])[1 + floor(random() * 17)::int] AS region,
	CASE WHEN n % 12 = 0 THEN now() - (random() * 55 || ' days')::interval
		ELSE now() - ((60 + random() * 700) || ' days')::interval END AS approved_at
FROM generate_series(1, (SELECT stores FROM bench_size)) n
JOIN user_account a ON a.email = 'bench-seller-' || n || '@example.com';

INSERT INTO seller_application (account_id, status, business_name, representative, business_registration_number,
	mail_order_report_number, mail_order_report_office, industry, employees, annual_revenue, business_address, region,
	phone, bank, bank_account_encrypted, bank_account_last4, account_holder, store_name, store_slug, introduction,
	business_status, business_status_source, business_status_checked_at, submitted_at, decided_at, approved_at,
	contact_email)
SELECT s.account_id, 'APPROVED', s.store_name, '대표' || s.n, pg_temp.bench_brn(s.n),
	'2024-벤치-' || lpad(s.n::text, 5, '0'), t.mail_order_report_office, t.industry, 1 + s.n % 9,
	(50 + s.n % 900) * 1000000::bigint, t.business_address, s.region, t.phone, t.bank, t.bank_account_encrypted,
	t.bank_account_last4, '대표' || s.n, s.store_name, 'bench-' || s.n,
	s.store_name || '에서 직접 만든 국산 제품을 보냅니다.', t.business_status, t.business_status_source,
	s.approved_at - interval '3 days', s.approved_at - interval '3 days', s.approved_at, s.approved_at,
	'bench-seller-' || s.n || '@example.com'
FROM bench_store s
CROSS JOIN (SELECT * FROM seller_application WHERE status = 'APPROVED' ORDER BY id LIMIT 1) t;

ALTER TABLE bench_store ADD COLUMN seller_id bigint;
UPDATE bench_store s SET seller_id = a.id FROM seller_application a WHERE a.account_id = s.account_id;
CREATE INDEX ON bench_store (seller_id);

INSERT INTO seller_delivery_terms (seller_id, dispatch_days, cutoff_hour, courier, return_address, return_fee,
	exchange_fee, jeju_fee, island_fee, updated_at)
SELECT s.seller_id, t.dispatch_days, t.cutoff_hour, t.courier, t.return_address, t.return_fee, t.exchange_fee,
	t.jeju_fee, t.island_fee, s.approved_at
FROM bench_store s CROSS JOIN (SELECT * FROM seller_delivery_terms ORDER BY seller_id LIMIT 1) t;

-- Live listings: each a demo listing's copy (category, origin, notices, description) under
-- a new name, numbered per store; prices vary around the template's.
CREATE TEMP TABLE bench_template AS
SELECT row_number() OVER (ORDER BY id) AS k, * FROM product WHERE status = 'LIVE';
CREATE TEMP TABLE bench_product AS
SELECT s.seller_id, s.store_name, s.region, j, s.approved_at,
	1 + floor(random() * (SELECT count(*) FROM bench_template))::int AS template,
	(ARRAY['','수제 ','국산 ','친환경 ','프리미엄 ','실속 ','한정판 ','데일리 ','선물용 ','대용량 '])[1 + floor(random() * 10)::int] AS prefix,
	(ARRAY['',' 1+1',' 2개입',' 소형',' 대형',' 리필',' 세트',' 체험용',' 미니',' 가족용'])[1 + floor(random() * 10)::int] AS suffix,
	random() < 0.3 AS with_options, 0.6 + random() * 0.9 AS price_factor
FROM bench_store s CROSS JOIN generate_series(1, (SELECT per_store FROM bench_size_listings)) j;

ALTER TABLE bench_product ADD COLUMN id bigint;
UPDATE bench_product SET id = nextval('product_id_seq');
CREATE INDEX ON bench_product (seller_id, j);

-- Each listing's stock-keeping units are added below with the listings, not by the listing's
-- triggers: those add the first SKU and then total the stock again one SKU at a time, an update
-- of the listing row (and, the rows being packed, of every index of the listing) for each SKU,
-- which took most of a fill's half hour on a busy machine and left the table several times
-- its size. The triggers are back on once the SKUs are in.
ALTER TABLE product DISABLE TRIGGER product_first_sku;
ALTER TABLE product_sku DISABLE TRIGGER product_sku_total;

INSERT INTO product (id, seller_id, category_slug, name, description, price, stock, shipping_fee, origin_kind, importer,
	manufacturer, made_region, maker_role, attested, status, created_at, updated_at, published_at, store_name,
	seller_region, notice_group, option_name1, maker_business_number)
OVERRIDING SYSTEM VALUE
SELECT b.id, b.seller_id, t.category_slug, left(b.prefix || t.name || b.suffix, 100), t.description,
	greatest(round(t.price * b.price_factor / 100) * 100, 1000)::bigint,
	CASE WHEN b.with_options THEN 9000 ELSE 10000 END, t.shipping_fee, t.origin_kind,
	t.importer, t.manufacturer, t.made_region, t.maker_role, t.attested, 'LIVE', p.at, p.at, p.at, b.store_name,
	b.region, t.notice_group, CASE WHEN b.with_options THEN '색상' END, t.maker_business_number
FROM bench_product b
JOIN bench_template t ON t.k = b.template
CROSS JOIN LATERAL (SELECT b.approved_at + (random() * extract(epoch FROM now() - b.approved_at) || ' seconds')::interval AS at) p;

INSERT INTO product_notice (product_id, item, value)
SELECT b.id, n.item, n.value FROM bench_product b JOIN bench_template t ON t.k = b.template
JOIN product_notice n ON n.product_id = t.id;

-- One stock-keeping unit without values (10,000 in stock) for a listing without options, three
-- colours (3,000 each) for one with them: the listing's stock above is their total.
INSERT INTO product_sku (product_id, position, value1, price_delta, stock)
SELECT b.id, o.position, o.value1, o.delta, o.stock FROM bench_product b
CROSS JOIN LATERAL (VALUES
	(0, CASE WHEN b.with_options THEN '화이트' END, 0, CASE WHEN b.with_options THEN 3000 ELSE 10000 END),
	(1, '우드', 0, 3000), (2, '블랙', 2000, 3000)) o(position, value1, delta, stock)
WHERE o.position = 0 OR b.with_options;

ALTER TABLE product ENABLE TRIGGER product_first_sku;
ALTER TABLE product_sku ENABLE TRIGGER product_sku_total;

-- One image per listing: the bytes of a demo listing's image.
CREATE TEMP TABLE bench_image AS SELECT row_number() OVER (ORDER BY id) AS k, * FROM product_image WHERE position = 0;
INSERT INTO product_image (product_id, position, content_type, width, height, full_image, full_size, medium_width,
	medium_height, medium_image, medium_size, thumbnail_width, thumbnail_height, thumbnail_image, thumbnail_size,
	content_hash, original_size, created_at)
SELECT b.id, 0, i.content_type, i.width, i.height, i.full_image, i.full_size, i.medium_width, i.medium_height,
	i.medium_image, i.medium_size, i.thumbnail_width, i.thumbnail_height, i.thumbnail_image, i.thumbnail_size,
	i.content_hash, i.original_size, b.approved_at
FROM bench_product b JOIN bench_image i ON i.k = 1 + b.id % (SELECT count(*) FROM bench_image);

-- Orders over the last year. Eleven stores in twelve have sold; the rest never have, so the
-- spotlight has stores to show.
CREATE TEMP TABLE bench_seller_sells AS
SELECT row_number() OVER (ORDER BY seller_id) - 1 AS k, seller_id FROM bench_store WHERE n % 12 <> 1;
CREATE TEMP TABLE bench_shopper AS
SELECT row_number() OVER (ORDER BY id) - 1 AS k, id, name FROM user_account WHERE email LIKE 'bench-shopper-%';

CREATE TEMP TABLE bench_order AS
SELECT n, (SELECT coalesce(max(id), 0) FROM customer_order) + n AS id,
	now() - ((1.0 / 24 + random() * 364) || ' days')::interval AS paid_at,
	floor(random() * (SELECT count(*) FROM bench_shopper))::int AS shopper_k,
	CASE WHEN random() < 0.15 THEN 2 ELSE 1 END AS stores,
	floor(random() * (SELECT count(*) FROM bench_seller_sells))::int AS first_store
FROM generate_series(1, :orders) n;

CREATE TEMP TABLE bench_shipment AS
SELECT o.id AS order_id, o.paid_at, g.nth, ss.seller_id, 1 + floor(random() * 8)::int AS lines,
	floor(random() * 1000)::int AS first_listing
FROM bench_order o CROSS JOIN generate_series(0, 1) g(nth)
JOIN bench_seller_sells ss ON ss.k = (o.first_store + g.nth * 7) % (SELECT count(*) FROM bench_seller_sells)
WHERE g.nth < o.stores;

ALTER TABLE bench_shipment ADD COLUMN id bigint;
UPDATE bench_shipment SET id = nextval('shipment_id_seq');

CREATE TEMP TABLE bench_line AS
SELECT sh.id AS shipment_id, sh.order_id, sh.seller_id, sh.paid_at, p.pos, b.id AS product_id,
	1 + floor(random() * random() * 4)::int AS quantity
FROM bench_shipment sh
CROSS JOIN LATERAL generate_series(0, sh.lines - 1) p(pos)
JOIN bench_product b ON b.seller_id = sh.seller_id
	AND b.j = 1 + (sh.first_listing + p.pos * 7) % (SELECT per_store FROM bench_size_listings);

INSERT INTO customer_order (id, order_number, idempotency_key, shopper_id, status, payment_method, items_total,
	shipping_total, total, recipient, phone, postal_code, address1, address2, delivery_note, created_at, paid_at)
OVERRIDING SYSTEM VALUE
SELECT o.id,
	to_char(o.paid_at AT TIME ZONE 'Asia/Seoul', 'YYYYMMDD') || '-'
		|| lpad((100000 + row_number() OVER (PARTITION BY (o.paid_at AT TIME ZONE 'Asia/Seoul')::date ORDER BY o.id))::text, 6, '0'),
	gen_random_uuid(), s.id, 'PAID', 'CARD', 0, 0, 0, s.name, '010-2345-6789', '04524',
	'서울특별시 중구 세종대로 110', (100 + o.n % 900) || '호', '', o.paid_at - interval '2 minutes', o.paid_at
FROM bench_order o JOIN bench_shopper s ON s.k = o.shopper_k;

-- The orders were given their ids above: the mall's next order takes the one after.
SELECT setval(pg_get_serial_sequence('customer_order', 'id'), (SELECT max(id) FROM customer_order));

INSERT INTO shipment (id, order_id, seller_id, status, shipping_fee, courier, tracking_number, paid_at, shipped_at,
	delivered_at, confirmed_at, updated_at)
OVERRIDING SYSTEM VALUE
SELECT sh.id, sh.order_id, sh.seller_id, st.status, 0,
	CASE WHEN st.status IN ('SHIPPED', 'DELIVERED', 'CONFIRMED') THEN 'CJ' END,
	CASE WHEN st.status IN ('SHIPPED', 'DELIVERED', 'CONFIRMED') THEN '5' || lpad(sh.id::text, 11, '0') END,
	sh.paid_at,
	CASE WHEN st.status IN ('SHIPPED', 'DELIVERED', 'CONFIRMED') THEN sh.paid_at + interval '1 day' END,
	CASE WHEN st.status IN ('DELIVERED', 'CONFIRMED') THEN sh.paid_at + interval '3 days' END,
	CASE WHEN st.status = 'CONFIRMED' THEN sh.paid_at + interval '10 days' END,
	sh.paid_at + interval '10 days'
FROM bench_shipment sh
CROSS JOIN LATERAL (SELECT CASE
	WHEN sh.paid_at < now() - interval '11 days' THEN 'CONFIRMED'
	WHEN sh.paid_at < now() - interval '4 days' THEN 'DELIVERED'
	WHEN sh.paid_at < now() - interval '2 days' THEN 'SHIPPED'
	WHEN sh.paid_at < now() - interval '12 hours' THEN 'PREPARING'
	ELSE 'PAID' END AS status) st;
UPDATE shipment SET updated_at = least(updated_at, now()) WHERE updated_at > now();

INSERT INTO order_line (shipment_id, product_id, product_name, category_slug, unit_price, quantity, amount,
	position, list_price, sku_id, option_label)
SELECT l.shipment_id, l.product_id, p.name, p.category_slug, p.price, l.quantity, p.price * l.quantity, l.pos,
	p.price, k.id, CASE WHEN p.option_name1 IS NOT NULL THEN k.value1 END
FROM bench_line l JOIN product p ON p.id = l.product_id
JOIN product_sku k ON k.product_id = p.id AND k.position = 0;

-- Shipping: the listing's fee, free from 50,000 won a store; then the order's totals and its payment.
UPDATE shipment sh SET shipping_fee = CASE WHEN t.items >= 50000 THEN 0 ELSE t.fee END
FROM (SELECT l.shipment_id, sum(l.amount) AS items, max(p.shipping_fee) AS fee
	FROM order_line l JOIN product p ON p.id = l.product_id
	WHERE l.shipment_id IN (SELECT id FROM bench_shipment) GROUP BY l.shipment_id) t
WHERE sh.id = t.shipment_id;
UPDATE customer_order o SET items_total = t.items, shipping_total = t.shipping, total = t.items + t.shipping
FROM (SELECT sh.order_id, sum(i.items) AS items, sum(sh.shipping_fee) AS shipping
	FROM shipment sh
	JOIN (SELECT shipment_id, sum(amount) AS items FROM order_line GROUP BY shipment_id) i ON i.shipment_id = sh.id
	WHERE sh.order_id IN (SELECT id FROM bench_order) GROUP BY sh.order_id) t
WHERE o.id = t.order_id;
INSERT INTO payment (order_id, payment_key, method, status, amount, card_last4, gateway_reference, requested_at, settled_at)
SELECT o.id, gen_random_uuid(), 'CARD', 'APPROVED', o.total, '4242', 'SBX-BENCH-' || o.id, o.paid_at, o.paid_at
FROM customer_order o WHERE o.id IN (SELECT id FROM bench_order);

INSERT INTO order_number_counter (day, last_value)
SELECT left(order_number, 8)::date, max(right(order_number, 6)::int) FROM customer_order
WHERE id IN (SELECT id FROM bench_order) GROUP BY 1
ON CONFLICT (day) DO UPDATE SET last_value = greatest(order_number_counter.last_value, excluded.last_value);

-- Confirmed lines can be reviewed; a tenth have been, mostly kindly.
INSERT INTO reviewable_line (order_line_id, shopper_id, product_id, seller_id, order_number, product_name,
	confirmed_at, option_label)
SELECT l.id, o.shopper_id, l.product_id, sh.seller_id, o.order_number, l.product_name, sh.confirmed_at, l.option_label
FROM order_line l JOIN shipment sh ON sh.id = l.shipment_id JOIN customer_order o ON o.id = sh.order_id
WHERE sh.status = 'CONFIRMED' AND o.id IN (SELECT id FROM bench_order);

INSERT INTO product_review (order_line_id, product_id, seller_id, shopper_id, author_name, rating, body, created_at)
SELECT r.order_line_id, r.product_id, r.seller_id, r.shopper_id, a.name,
	(ARRAY[5, 5, 5, 4, 4, 4, 3, 2, 5, 4])[1 + floor(random() * 10)::int],
	(ARRAY['포장이 꼼꼼하고 품질이 좋아요.', '생각보다 크기가 작지만 만족합니다.', '재구매 의사 있습니다!',
		'배송이 빨랐어요. 선물용으로 좋네요.', '마감이 조금 아쉽지만 가격 대비 괜찮아요.',
		'국산이라 믿고 샀는데 역시 좋습니다.'])[1 + floor(random() * 6)::int],
	r.confirmed_at + interval '1 day'
FROM reviewable_line r JOIN user_account a ON a.id = r.shopper_id
WHERE r.order_line_id IN (SELECT l.id FROM order_line l WHERE l.shipment_id IN (SELECT id FROM bench_shipment))
	AND random() < 0.1;

-- Review and sales counts in one update (each update writes a new version of every row it touches).
UPDATE product p SET review_count = coalesce(r.reviews, p.review_count), rating_sum = coalesce(r.ratings, p.rating_sum),
	sales_count = coalesce(t.sold, p.sales_count)
FROM bench_product b
LEFT JOIN (SELECT product_id, count(*) AS reviews, sum(rating) AS ratings FROM product_review
	WHERE product_id IN (SELECT id FROM bench_product) GROUP BY product_id) r ON r.product_id = b.id
LEFT JOIN (SELECT l.product_id, sum(l.quantity) AS sold FROM order_line l
	WHERE l.shipment_id IN (SELECT id FROM bench_shipment) GROUP BY l.product_id) t ON t.product_id = b.id
WHERE p.id = b.id AND (r.product_id IS NOT NULL OR t.product_id IS NOT NULL);

INSERT INTO promotion_seller_sale (seller_id, first_paid_at)
SELECT sh.seller_id, min(sh.paid_at) FROM shipment sh WHERE sh.id IN (SELECT id FROM bench_shipment) GROUP BY 1
ON CONFLICT (seller_id) DO NOTHING;

COMMIT;
