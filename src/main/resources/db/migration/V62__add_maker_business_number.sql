-- A reseller names the Korean maker of what it sells with that maker's business registration
-- number (issue 16), checked by its check digit and shown on the product page. Ten digits, no dashes.
ALTER TABLE product ADD COLUMN maker_business_number VARCHAR(10) CHECK (maker_business_number ~ '^[0-9]{10}$');
