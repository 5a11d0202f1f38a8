-- Issue 20 item 6: each rebuild of the sales roll-ups staff start, with its progress (orders
-- added again of all paid orders), for the reports page.
CREATE TABLE report_rebuild (
	id BIGSERIAL PRIMARY KEY,
	state VARCHAR(10) NOT NULL,
	started_by VARCHAR(200) NOT NULL,
	started_at TIMESTAMPTZ NOT NULL,
	finished_at TIMESTAMPTZ,
	orders_total INTEGER NOT NULL DEFAULT 0,
	orders_done INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX report_rebuild_started_ix ON report_rebuild (started_at DESC);
