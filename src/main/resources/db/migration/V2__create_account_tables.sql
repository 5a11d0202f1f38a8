CREATE TABLE user_account (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	email VARCHAR(254) NOT NULL,
	password_hash VARCHAR(200) NOT NULL,
	name VARCHAR(50) NOT NULL,
	phone VARCHAR(20) NOT NULL,
	created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
	failed_login_count INT NOT NULL DEFAULT 0 CHECK (failed_login_count >= 0),
	locked_until TIMESTAMPTZ,
	version BIGINT NOT NULL DEFAULT 0
);

-- E-mail addresses are unique whatever their case.
CREATE UNIQUE INDEX user_account_email_uk ON user_account (lower(email));
CREATE INDEX user_account_created_at_ix ON user_account (created_at DESC);

CREATE TABLE user_account_role (
	user_account_id BIGINT NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
	role VARCHAR(20) NOT NULL CHECK (role IN ('SHOPPER', 'SELLER', 'ADMIN')),
	PRIMARY KEY (user_account_id, role)
);
CREATE INDEX user_account_role_role_ix ON user_account_role (role);
