-- Two-level category tree. Names in Korean and English; slugs are the stable public identifiers.
CREATE TABLE category (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	parent_id BIGINT REFERENCES category (id),
	slug VARCHAR(60) NOT NULL UNIQUE,
	name_ko VARCHAR(60) NOT NULL,
	name_en VARCHAR(60) NOT NULL,
	display_order INT NOT NULL
);
CREATE INDEX category_parent_ix ON category (parent_id, display_order);

INSERT INTO category (parent_id, slug, name_ko, name_en, display_order) VALUES
	(NULL, 'furniture-interior', '가구/인테리어', 'Furniture & Interior', 1),
	(NULL, 'electronics-digital', '가전/디지털', 'Electronics & Digital', 2),
	(NULL, 'stationery-office', '문구/사무', 'Stationery & Office', 3),
	(NULL, 'food', '식품', 'Food', 4),
	(NULL, 'fashion-accessories', '패션/잡화', 'Fashion & Accessories', 5),
	(NULL, 'living-health', '생활/건강', 'Living & Health', 6),
	(NULL, 'beauty', '뷰티', 'Beauty', 7),
	(NULL, 'sports-leisure', '스포츠/레저', 'Sports & Leisure', 8),
	(NULL, 'kids-toys', '유아/완구', 'Kids & Toys', 9),
	(NULL, 'pets', '반려동물', 'Pets', 10);

INSERT INTO category (parent_id, slug, name_ko, name_en, display_order)
SELECT p.id, c.slug, c.name_ko, c.name_en, c.display_order
FROM (VALUES
	('furniture-interior', 'chairs-stools', '의자/스툴', 'Chairs & Stools', 1),
	('furniture-interior', 'desks-tables', '책상/테이블', 'Desks & Tables', 2),
	('furniture-interior', 'storage', '수납/정리', 'Storage', 3),
	('furniture-interior', 'lighting', '조명', 'Lighting', 4),
	('furniture-interior', 'bedding-fabric', '침구/패브릭', 'Bedding & Fabric', 5),
	('electronics-digital', 'kitchen-appliances', '주방가전', 'Kitchen Appliances', 1),
	('electronics-digital', 'home-appliances', '생활가전', 'Home Appliances', 2),
	('electronics-digital', 'digital-accessories', '디지털 액세서리', 'Digital Accessories', 3),
	('stationery-office', 'notebooks-paper', '노트/지류', 'Notebooks & Paper', 1),
	('stationery-office', 'writing', '필기구', 'Writing', 2),
	('stationery-office', 'office-supplies', '사무용품', 'Office Supplies', 3),
	('food', 'agricultural', '농산물', 'Farm Produce', 1),
	('food', 'seafood', '수산물', 'Seafood', 2),
	('food', 'processed-food', '가공식품', 'Processed Food', 3),
	('food', 'traditional-food', '전통식품/장류', 'Traditional Food & Sauces', 4),
	('food', 'snacks-bakery', '간식/베이커리', 'Snacks & Bakery', 5),
	('food', 'drinks-tea', '음료/차', 'Drinks & Tea', 6),
	('fashion-accessories', 'clothing', '의류', 'Clothing', 1),
	('fashion-accessories', 'bags', '가방', 'Bags', 2),
	('fashion-accessories', 'shoes', '신발', 'Shoes', 3),
	('fashion-accessories', 'jewelry', '주얼리/액세서리', 'Jewelry & Accessories', 4),
	('living-health', 'kitchenware', '주방용품', 'Kitchenware', 1),
	('living-health', 'cleaning-laundry', '청소/세탁', 'Cleaning & Laundry', 2),
	('living-health', 'health-care', '건강용품', 'Health Care', 3),
	('living-health', 'masks-hygiene', '마스크/위생', 'Masks & Hygiene', 4),
	('beauty', 'skincare', '스킨케어', 'Skincare', 1),
	('beauty', 'bath-body', '바디/헤어', 'Bath & Body', 2),
	('sports-leisure', 'camping', '캠핑', 'Camping', 1),
	('sports-leisure', 'fitness', '헬스/요가', 'Fitness & Yoga', 2),
	('kids-toys', 'baby-goods', '유아용품', 'Baby Goods', 1),
	('kids-toys', 'toys', '완구/교구', 'Toys & Learning', 2),
	('pets', 'pet-food', '사료/간식', 'Pet Food & Treats', 1),
	('pets', 'pet-supplies', '반려용품', 'Pet Supplies', 2)
) AS c(parent_slug, slug, name_ko, name_en, display_order)
JOIN category p ON p.slug = c.parent_slug;
