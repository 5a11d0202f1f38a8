-- Approved sellers keep their store's details up to date from the seller centre. The contact
-- e-mail is new: stores opened before it have none until their seller adds one.
ALTER TABLE seller_application ADD COLUMN contact_email VARCHAR(254);

-- A store's renames join its audit trail (the reason column then reads "old → new").
ALTER TABLE seller_application_event DROP CONSTRAINT seller_application_event_action_check;
ALTER TABLE seller_application_event ADD CONSTRAINT seller_application_event_action_check
	CHECK (action IN ('SUBMITTED', 'RESUBMITTED', 'APPROVED', 'REJECTED', 'CHANGES_REQUESTED', 'STORE_RENAMED'));

-- A seller's request to be paid into another account. The new account only replaces the one on
-- the store once staff approve it; until then settlement holds the seller's payouts. The account
-- number is encrypted as on the store (only its last four digits in clear); the account it would
-- replace is copied so the request says what it changes.
CREATE TABLE seller_payout_account_change (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	seller_id BIGINT NOT NULL REFERENCES seller_application (id),
	status VARCHAR(20) NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
	bank VARCHAR(20) NOT NULL,
	bank_account_encrypted TEXT NOT NULL,
	bank_account_last4 VARCHAR(4) NOT NULL,
	account_holder VARCHAR(50) NOT NULL,
	previous_bank VARCHAR(20) NOT NULL,
	previous_last4 VARCHAR(4) NOT NULL,
	previous_holder VARCHAR(50) NOT NULL,
	requested_at TIMESTAMPTZ NOT NULL,
	requested_by VARCHAR(254) NOT NULL,
	decided_at TIMESTAMPTZ,
	decided_by VARCHAR(254),
	decision_reason VARCHAR(1000),
	version BIGINT NOT NULL DEFAULT 0,
	CONSTRAINT seller_payout_change_decided CHECK ((status = 'PENDING') = (decided_at IS NULL))
);

-- One request waits at a time per seller: a request sent twice runs into this.
CREATE UNIQUE INDEX seller_payout_change_pending_uk ON seller_payout_account_change (seller_id)
	WHERE status = 'PENDING';
CREATE INDEX seller_payout_change_status_ix ON seller_payout_account_change (status, requested_at);
CREATE INDEX seller_payout_change_seller_ix ON seller_payout_account_change (seller_id, requested_at DESC);

-- Every step of a request (asked, approved, rejected, withdrawn): who, when, which account it
-- moves from and to (bank and last four digits), and why. Append-only.
CREATE TABLE seller_payout_account_event (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	change_id BIGINT NOT NULL REFERENCES seller_payout_account_change (id),
	occurred_at TIMESTAMPTZ NOT NULL,
	actor VARCHAR(254) NOT NULL,
	action VARCHAR(20) NOT NULL CHECK (action IN ('REQUESTED', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
	from_bank VARCHAR(20) NOT NULL,
	from_last4 VARCHAR(4) NOT NULL,
	to_bank VARCHAR(20) NOT NULL,
	to_last4 VARCHAR(4) NOT NULL,
	reason VARCHAR(1000)
);
CREATE INDEX seller_payout_account_event_change_ix ON seller_payout_account_event (change_id, occurred_at);

CREATE FUNCTION seller_payout_account_event_refuse_change() RETURNS trigger AS $$
BEGIN
	RAISE EXCEPTION 'The payout account audit trail is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER seller_payout_account_event_append_only BEFORE UPDATE OR DELETE ON seller_payout_account_event
	FOR EACH ROW EXECUTE FUNCTION seller_payout_account_event_refuse_change();
