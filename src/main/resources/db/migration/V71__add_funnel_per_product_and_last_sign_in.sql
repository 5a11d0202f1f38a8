-- When an account last signed in: staff call the stores that never sold, and need to know
-- whether anyone still looks after them.
ALTER TABLE user_account ADD COLUMN last_signed_in_at TIMESTAMPTZ;

-- The report's funnel per product and day (docs/reports.md): each step is counted per product
-- at most as often as the step before it, so no step can exceed the one before.
-- Cart adds come from cart events (kept through a roll-up rebuild, like page views).
CREATE TABLE report_product_cart_adds_daily (
	day DATE NOT NULL,
	product_id BIGINT NOT NULL,
	adds BIGINT NOT NULL DEFAULT 0,
	PRIMARY KEY (day, product_id)
);

-- Lines paid (on the day of payment) and confirmed (on the day of confirmation), rebuilt with
-- the sales roll-ups.
CREATE TABLE report_product_lines_daily (
	day DATE NOT NULL,
	product_id BIGINT NOT NULL,
	paid_lines BIGINT NOT NULL DEFAULT 0,
	confirmed_lines BIGINT NOT NULL DEFAULT 0,
	PRIMARY KEY (day, product_id)
);
