ALTER TABLE user_account ADD COLUMN email_verified_at TIMESTAMPTZ;
ALTER TABLE user_account ADD COLUMN deleted_at TIMESTAMPTZ;

-- Single-use links mailed to an account: e-mail verification, password reset, e-mail change.
-- Only the SHA-256 of the token is stored, so a copy of the table opens nothing.
CREATE TABLE account_token (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	account_id BIGINT NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
	purpose VARCHAR(20) NOT NULL CHECK (purpose IN ('VERIFY_EMAIL', 'RESET_PASSWORD', 'CHANGE_EMAIL')),
	token_hash CHAR(64) NOT NULL,
	new_email VARCHAR(254),
	created_at TIMESTAMPTZ NOT NULL,
	expires_at TIMESTAMPTZ NOT NULL,
	used_at TIMESTAMPTZ
);
CREATE UNIQUE INDEX account_token_hash_uk ON account_token (token_hash);
CREATE INDEX account_token_account_ix ON account_token (account_id, purpose);

-- Consents with the version of the document agreed to: kept after withdrawal as the record of it.
CREATE TABLE account_consent (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	account_id BIGINT NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
	kind VARCHAR(30) NOT NULL,
	version VARCHAR(30) NOT NULL,
	agreed_at TIMESTAMPTZ NOT NULL,
	withdrawn_at TIMESTAMPTZ
);
CREATE INDEX account_consent_account_ix ON account_consent (account_id, kind);
