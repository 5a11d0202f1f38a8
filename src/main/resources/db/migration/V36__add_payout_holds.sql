-- A payout can be held: a statement with something to pay is not approved for the bank file
-- while its seller's new payout account waits for staff (status 'HELD', with why and since when).
-- Once the seller's request is decided the hold is released (released_at) and the statement is
-- paid with the next payout run, whatever period that run is for.
ALTER TABLE settlement_statement ADD COLUMN hold_reason VARCHAR(40);
ALTER TABLE settlement_statement ADD COLUMN held_at TIMESTAMPTZ;
ALTER TABLE settlement_statement ADD COLUMN released_at TIMESTAMPTZ;

-- Payout runs look for statements held before, whatever their period; few ever are.
CREATE INDEX settlement_statement_once_held ON settlement_statement (period_start) WHERE held_at IS NOT NULL;
