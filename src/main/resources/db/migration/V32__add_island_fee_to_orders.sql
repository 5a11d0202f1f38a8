-- The Jeju / island extra fee (제주·도서산간 추가 배송비) a checkout added for its delivery
-- postal code: per shipment beside its shipping fee, and in total on the order with the area it
-- went to. Like the shipping fee it is refunded with its shipment and passed to the seller in
-- settlement without commission.
ALTER TABLE shipment ADD COLUMN island_fee BIGINT NOT NULL DEFAULT 0 CHECK (island_fee >= 0);
ALTER TABLE customer_order ADD COLUMN island_fee_total BIGINT NOT NULL DEFAULT 0 CHECK (island_fee_total >= 0);
ALTER TABLE customer_order ADD COLUMN remote_area VARCHAR(10) CHECK (remote_area IN ('JEJU', 'ISLAND'));
-- V18's total check, now with the island fees.
ALTER TABLE customer_order DROP CONSTRAINT customer_order_total_check;
ALTER TABLE customer_order ADD CONSTRAINT customer_order_total_check
	CHECK (total = items_total + shipping_total + island_fee_total - discount);
