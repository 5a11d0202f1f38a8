-- A bank transfer file staff downloaded, and exactly which approved statements it holds: "mark
-- paid" marks those and no others (a statement approved after the download waits for the next
-- file).
CREATE TABLE settlement_transfer_file (
	id BIGSERIAL PRIMARY KEY,
	period_start DATE NOT NULL,
	created_at TIMESTAMPTZ NOT NULL,
	created_by VARCHAR(254) NOT NULL,
	paid_at TIMESTAMPTZ,
	paid_by VARCHAR(254),
	paid_reference VARCHAR(100)
);

CREATE TABLE settlement_transfer_file_item (
	file_id BIGINT NOT NULL REFERENCES settlement_transfer_file (id),
	statement_id BIGINT NOT NULL REFERENCES settlement_statement (id),
	PRIMARY KEY (file_id, statement_id)
);
CREATE INDEX settlement_transfer_file_item_statement_ix ON settlement_transfer_file_item (statement_id);
