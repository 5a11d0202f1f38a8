-- Staff roles besides the operator (ADMIN): REVIEWER decides applications and listings only;
-- MINISTRY reads the reports. Every staff action is kept in the audit log.
ALTER TABLE user_account_role DROP CONSTRAINT user_account_role_role_check;
ALTER TABLE user_account_role ADD CONSTRAINT user_account_role_role_check
	CHECK (role IN ('SHOPPER', 'SELLER', 'ADMIN', 'REVIEWER', 'MINISTRY'));

CREATE TABLE staff_audit (
	id BIGSERIAL PRIMARY KEY,
	at TIMESTAMPTZ NOT NULL,
	actor VARCHAR(254) NOT NULL,
	action VARCHAR(200) NOT NULL,
	path VARCHAR(500) NOT NULL,
	target VARCHAR(200),
	reason VARCHAR(1000),
	details VARCHAR(2000)
);
CREATE INDEX staff_audit_at_ix ON staff_audit (at DESC);
CREATE INDEX staff_audit_actor_ix ON staff_audit (actor, at DESC);
