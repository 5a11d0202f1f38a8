-- Copies of outgoing mails, kept where valuemall.mail.keep-copies is on (the demo profile), so staff
-- can read at /admin/mails what the mall sent on a machine without a mail server.
CREATE TABLE sent_mail (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	recipient VARCHAR(254) NOT NULL,
	subject VARCHAR(500) NOT NULL,
	body TEXT NOT NULL,
	delivered BOOLEAN NOT NULL,
	sent_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX sent_mail_sent_at_ix ON sent_mail (sent_at DESC);
