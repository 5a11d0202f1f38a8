-- Settlement: the double-entry ledger, settleable lines, refunds, statements, runs and the
-- seller dashboard's read models. Everything is keyed by the order module's ids, so a redelivered
-- event finds its row already there and adds nothing.

-- ShedLock's table. The order module's migration creates the same table for its own jobs; whichever
-- runs first wins, the other leaves it alone.
CREATE TABLE IF NOT EXISTS shedlock (
	name VARCHAR(64) PRIMARY KEY,
	lock_until TIMESTAMPTZ NOT NULL,
	locked_at TIMESTAMPTZ NOT NULL,
	locked_by VARCHAR(255) NOT NULL
);

-- One money movement. source_key names what caused it (e.g. 'paid:order:42'), so the same cause can
-- never be journalled twice.
CREATE TABLE settlement_journal_entry (
	id BIGSERIAL PRIMARY KEY,
	kind VARCHAR(30) NOT NULL,
	source_key VARCHAR(120) NOT NULL UNIQUE,
	seller_id BIGINT,
	occurred_at TIMESTAMPTZ NOT NULL,
	recorded_at TIMESTAMPTZ NOT NULL,
	memo VARCHAR(200)
);

CREATE TABLE settlement_journal_posting (
	id BIGSERIAL PRIMARY KEY,
	entry_id BIGINT NOT NULL REFERENCES settlement_journal_entry (id),
	account VARCHAR(30) NOT NULL,
	seller_id BIGINT,
	debit BIGINT NOT NULL DEFAULT 0,
	credit BIGINT NOT NULL DEFAULT 0,
	CONSTRAINT settlement_posting_one_side CHECK (debit >= 0 AND credit >= 0 AND (debit = 0) <> (credit = 0))
);

CREATE INDEX settlement_journal_posting_entry ON settlement_journal_posting (entry_id);
CREATE INDEX settlement_journal_posting_account ON settlement_journal_posting (account, seller_id);

-- An entry whose postings do not balance cannot be committed, whatever code wrote it.
CREATE FUNCTION settlement_check_entry_balanced() RETURNS trigger AS $$
DECLARE
	difference BIGINT;
BEGIN
	SELECT COALESCE(SUM(debit), 0) - COALESCE(SUM(credit), 0) INTO difference
		FROM settlement_journal_posting WHERE entry_id = NEW.entry_id;
	IF difference <> 0 THEN
		RAISE EXCEPTION 'Journal entry % does not balance (debits - credits = %)', NEW.entry_id, difference;
	END IF;
	RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE CONSTRAINT TRIGGER settlement_entry_balanced
	AFTER INSERT ON settlement_journal_posting
	DEFERRABLE INITIALLY DEFERRED
	FOR EACH ROW EXECUTE FUNCTION settlement_check_entry_balanced();

-- The journal is append-only: a correction is a new entry.
CREATE FUNCTION settlement_refuse_change() RETURNS trigger AS $$
BEGIN
	RAISE EXCEPTION 'The settlement journal is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER settlement_journal_entry_append_only BEFORE UPDATE OR DELETE ON settlement_journal_entry
	FOR EACH ROW EXECUTE FUNCTION settlement_refuse_change();
CREATE TRIGGER settlement_journal_posting_append_only BEFORE UPDATE OR DELETE ON settlement_journal_posting
	FOR EACH ROW EXECUTE FUNCTION settlement_refuse_change();

-- Settlement statements, one per seller and period at most.
CREATE TABLE settlement_statement (
	id BIGSERIAL PRIMARY KEY,
	seller_id BIGINT NOT NULL,
	period_start DATE NOT NULL,
	period_end DATE NOT NULL,
	run_id BIGINT,
	item_total BIGINT NOT NULL,
	shipping_total BIGINT NOT NULL,
	commission_total BIGINT NOT NULL,
	adjustment_total BIGINT NOT NULL,
	carried_in BIGINT NOT NULL,
	net BIGINT NOT NULL,
	payout BIGINT NOT NULL,
	carried_out BIGINT NOT NULL,
	reference_bps INT NOT NULL,
	reference_commission BIGINT NOT NULL,
	-- The statement whose negative balance this one took over; each is taken over once.
	carried_from_statement_id BIGINT UNIQUE REFERENCES settlement_statement (id),
	payout_status VARCHAR(20) NOT NULL,
	settled_at TIMESTAMPTZ NOT NULL,
	approved_at TIMESTAMPTZ,
	approved_by VARCHAR(200),
	paid_at TIMESTAMPTZ,
	paid_by VARCHAR(200),
	paid_reference VARCHAR(100),
	CONSTRAINT settlement_statement_once UNIQUE (seller_id, period_start)
);

CREATE INDEX settlement_statement_period ON settlement_statement (period_start);

-- What a seller is owed for: an item line (commission recorded with its rate) or a shipment's
-- shipping fee (no commission). Keyed by the order line or the shipment.
CREATE TABLE settlement_line (
	id BIGSERIAL PRIMARY KEY,
	kind VARCHAR(10) NOT NULL,
	source_id BIGINT NOT NULL,
	seller_id BIGINT NOT NULL,
	shipment_id BIGINT NOT NULL,
	order_id BIGINT NOT NULL,
	order_number VARCHAR(40) NOT NULL,
	product_id BIGINT,
	product_name VARCHAR(200),
	quantity INT NOT NULL,
	amount BIGINT NOT NULL,
	rate_bps INT NOT NULL,
	commission BIGINT NOT NULL,
	seller_share BIGINT NOT NULL,
	confirmed_at TIMESTAMPTZ NOT NULL,
	CONSTRAINT settlement_line_once UNIQUE (kind, source_id),
	CONSTRAINT settlement_line_split CHECK (commission + seller_share = amount AND commission >= 0)
);

CREATE INDEX settlement_line_seller ON settlement_line (seller_id, confirmed_at);
CREATE INDEX settlement_line_shipment ON settlement_line (shipment_id);

-- A refunded shipment, as the order module reported it (confirmed or not).
CREATE TABLE settlement_refund (
	shipment_id BIGINT PRIMARY KEY,
	seller_id BIGINT NOT NULL,
	order_number VARCHAR(40) NOT NULL,
	reason VARCHAR(20) NOT NULL,
	total BIGINT NOT NULL,
	refunded_at TIMESTAMPTZ NOT NULL
);

-- A line refunded before it was settled: it simply never settles.
CREATE TABLE settlement_line_withdrawal (
	line_id BIGINT PRIMARY KEY REFERENCES settlement_line (id),
	withdrawn_at TIMESTAMPTZ NOT NULL
);

-- A line refunded after it was settled: taken back in the seller's next statement.
CREATE TABLE settlement_adjustment (
	id BIGSERIAL PRIMARY KEY,
	line_id BIGINT NOT NULL UNIQUE REFERENCES settlement_line (id),
	seller_id BIGINT NOT NULL,
	amount BIGINT NOT NULL CHECK (amount <= 0),
	commission_returned BIGINT NOT NULL,
	created_at TIMESTAMPTZ NOT NULL
);

CREATE INDEX settlement_adjustment_seller ON settlement_adjustment (seller_id);

-- Which statement settled which line or adjustment: each exactly once.
CREATE TABLE settlement_statement_item (
	id BIGSERIAL PRIMARY KEY,
	statement_id BIGINT NOT NULL REFERENCES settlement_statement (id),
	line_id BIGINT UNIQUE REFERENCES settlement_line (id),
	adjustment_id BIGINT UNIQUE REFERENCES settlement_adjustment (id),
	CONSTRAINT settlement_item_one_source CHECK ((line_id IS NULL) <> (adjustment_id IS NULL))
);

CREATE INDEX settlement_statement_item_statement ON settlement_statement_item (statement_id);

-- A run of one period over all sellers, with its progress.
CREATE TABLE settlement_run (
	id BIGSERIAL PRIMARY KEY,
	period_start DATE NOT NULL,
	period_end DATE NOT NULL,
	state VARCHAR(20) NOT NULL,
	started_by VARCHAR(200) NOT NULL,
	started_at TIMESTAMPTZ NOT NULL,
	finished_at TIMESTAMPTZ,
	sellers_total INT NOT NULL DEFAULT 0,
	sellers_done INT NOT NULL DEFAULT 0,
	statements_created INT NOT NULL DEFAULT 0
);

CREATE INDEX settlement_run_started ON settlement_run (started_at DESC);

-- The dashboard's read models, fed by order events.
CREATE TABLE settlement_paid_shipment (
	shipment_id BIGINT PRIMARY KEY,
	seller_id BIGINT NOT NULL,
	order_number VARCHAR(40) NOT NULL,
	item_total BIGINT NOT NULL,
	paid_at TIMESTAMPTZ NOT NULL,
	refunded_at TIMESTAMPTZ
);

CREATE INDEX settlement_paid_shipment_seller ON settlement_paid_shipment (seller_id, paid_at);

CREATE TABLE settlement_shipment_status (
	shipment_id BIGINT PRIMARY KEY,
	seller_id BIGINT NOT NULL,
	status VARCHAR(20) NOT NULL,
	changed_at TIMESTAMPTZ NOT NULL
);

CREATE INDEX settlement_shipment_status_seller ON settlement_shipment_status (seller_id, status);
