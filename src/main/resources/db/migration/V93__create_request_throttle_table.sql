-- Throttles on logins and forms (shared.throttle): one row per rule and key (a client address, an
-- account, an address and account together), shared by every app instance. Keys are digests, so
-- the table holds no address or e-mail in the clear.
CREATE TABLE request_throttle (
    throttle_key   varchar(120) PRIMARY KEY,
    strikes        integer      NOT NULL,
    last_strike_at timestamptz  NOT NULL,
    blocked_until  timestamptz
);

CREATE INDEX request_throttle_last_strike_idx ON request_throttle (last_strike_at);
