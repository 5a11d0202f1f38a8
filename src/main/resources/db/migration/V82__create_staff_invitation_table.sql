-- Staff invite a colleague by e-mail with a role; the role is given once an account with that
-- address has proved it (e-mail verification), so nobody else can take it by signing up first.
CREATE TABLE staff_invitation (
	id BIGSERIAL PRIMARY KEY,
	email VARCHAR(254) NOT NULL,
	role VARCHAR(20) NOT NULL CHECK (role IN ('ADMIN', 'REVIEWER', 'MINISTRY')),
	invited_by VARCHAR(254) NOT NULL,
	invited_at TIMESTAMPTZ NOT NULL,
	expires_at TIMESTAMPTZ NOT NULL,
	accepted_at TIMESTAMPTZ,
	account_id BIGINT
);
CREATE INDEX staff_invitation_email_ix ON staff_invitation (lower(email)) WHERE accepted_at IS NULL;
