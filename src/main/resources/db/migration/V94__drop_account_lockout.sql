-- Failed logins no longer lock an account (anyone who knew an address could lock its holder out);
-- request_throttle slows guessing down per client address instead.
ALTER TABLE user_account DROP COLUMN failed_login_count, DROP COLUMN locked_until;
