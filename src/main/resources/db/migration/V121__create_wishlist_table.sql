-- 찜: the products a shopper keeps for later. One row per shopper and product; the shopper's
-- account lives in the account module, so no foreign key reaches it (as for orders). A listing
-- taken off the mall keeps its row: the list shows it as unavailable rather than losing it.
CREATE TABLE wishlist_item (
	account_id BIGINT NOT NULL,
	product_id BIGINT NOT NULL REFERENCES product (id) ON DELETE CASCADE,
	added_at TIMESTAMPTZ NOT NULL,
	PRIMARY KEY (account_id, product_id)
);
-- How many shoppers keep a product, and the newest first on a shopper's list.
CREATE INDEX wishlist_item_product ON wishlist_item (product_id);
CREATE INDEX wishlist_item_newest ON wishlist_item (account_id, added_at DESC);
