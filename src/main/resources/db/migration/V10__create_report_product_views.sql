-- The report module's roll-up of product page views per day (Korea's date), fed by
-- ProductViewsCounted events; the top of the funnel (views -> carts -> orders).
CREATE TABLE report_product_views_daily (
	day DATE NOT NULL,
	product_id BIGINT NOT NULL,
	views BIGINT NOT NULL CHECK (views >= 0),
	PRIMARY KEY (day, product_id)
);
