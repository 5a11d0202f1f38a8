-- The product information notice (상품정보제공고시): the product group a listing's notice
-- follows, and what it says on each of the group's lines. Listings from before have no
-- group (NULL): their page says the notice is not written yet, and they need one the
-- next time they are published or saved while on sale.
ALTER TABLE product ADD COLUMN notice_group VARCHAR(30);

CREATE TABLE product_notice (
	product_id BIGINT NOT NULL REFERENCES product (id) ON DELETE CASCADE,
	item VARCHAR(40) NOT NULL,
	value VARCHAR(1000) NOT NULL,
	PRIMARY KEY (product_id, item)
);
