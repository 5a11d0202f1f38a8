-- A seller's application; once approved it is the seller and its store. One per account.
CREATE TABLE seller_application (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	account_id BIGINT NOT NULL UNIQUE REFERENCES user_account (id),
	status VARCHAR(20) NOT NULL CHECK (status IN ('PENDING', 'CHANGES_REQUESTED', 'APPROVED', 'REJECTED')),
	business_name VARCHAR(100) NOT NULL,
	representative VARCHAR(50) NOT NULL,
	business_registration_number VARCHAR(10) NOT NULL CHECK (business_registration_number ~ '^[0-9]{10}$'),
	mail_order_report_number VARCHAR(50) NOT NULL,
	mail_order_report_office VARCHAR(50) NOT NULL,
	industry VARCHAR(40) NOT NULL,
	employees INT NOT NULL CHECK (employees >= 0),
	annual_revenue BIGINT NOT NULL CHECK (annual_revenue >= 0),
	business_address VARCHAR(200) NOT NULL,
	region VARCHAR(20) NOT NULL,
	phone VARCHAR(20) NOT NULL,
	bank VARCHAR(20) NOT NULL,
	-- AES-GCM ciphertext; only the last four digits are kept in clear, for the masked display.
	bank_account_encrypted TEXT NOT NULL,
	bank_account_last4 VARCHAR(4) NOT NULL,
	account_holder VARCHAR(50) NOT NULL,
	store_name VARCHAR(60) NOT NULL,
	store_slug VARCHAR(40) NOT NULL,
	introduction VARCHAR(1000) NOT NULL,
	business_status VARCHAR(20) NOT NULL,
	business_status_source VARCHAR(100) NOT NULL,
	business_status_checked_at TIMESTAMPTZ NOT NULL,
	decision_reason VARCHAR(1000),
	submitted_at TIMESTAMPTZ NOT NULL,
	decided_at TIMESTAMPTZ,
	approved_at TIMESTAMPTZ,
	version BIGINT NOT NULL DEFAULT 0
);

-- A business registration number and a store address belong to one live application at a time.
CREATE UNIQUE INDEX seller_application_brn_uk ON seller_application (business_registration_number)
	WHERE status <> 'REJECTED';
CREATE UNIQUE INDEX seller_application_slug_uk ON seller_application (lower(store_slug))
	WHERE status <> 'REJECTED';
CREATE INDEX seller_application_status_ix ON seller_application (status, submitted_at);

-- The business registration certificate, kept apart so listing applications never loads it.
CREATE TABLE seller_document (
	application_id BIGINT PRIMARY KEY REFERENCES seller_application (id) ON DELETE CASCADE,
	content BYTEA NOT NULL,
	content_type VARCHAR(40) NOT NULL,
	file_name VARCHAR(200) NOT NULL,
	size_bytes INT NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 10485760),
	uploaded_at TIMESTAMPTZ NOT NULL
);

-- Append-only audit trail of every application decision: who, when, what, why.
CREATE TABLE seller_application_event (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	application_id BIGINT NOT NULL REFERENCES seller_application (id),
	occurred_at TIMESTAMPTZ NOT NULL,
	actor VARCHAR(254) NOT NULL,
	action VARCHAR(30) NOT NULL CHECK (action IN ('SUBMITTED', 'RESUBMITTED', 'APPROVED', 'REJECTED', 'CHANGES_REQUESTED')),
	reason VARCHAR(1000)
);
CREATE INDEX seller_application_event_app_ix ON seller_application_event (application_id, occurred_at);
