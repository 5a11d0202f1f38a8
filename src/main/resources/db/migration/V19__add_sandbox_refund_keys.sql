-- The sandbox card gateway remembers each refund by its key, as a real gateway does, so a
-- retried refund returns the first refund's reference instead of refunding again.
CREATE TABLE sandbox_card_refund (
	refund_key VARCHAR(80) PRIMARY KEY,
	payment_key UUID NOT NULL REFERENCES sandbox_card_charge (payment_key),
	amount BIGINT NOT NULL CHECK (amount > 0),
	reference VARCHAR(40) NOT NULL,
	refunded_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
