-- 상품 문의: a signed-in shopper asks about a product, optionally as a private question (비밀글)
-- that only the asker, the store's seller and staff may read; the seller answers once.
CREATE TABLE product_question (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	product_id BIGINT NOT NULL REFERENCES product (id) ON DELETE CASCADE,
	-- The product's seller when asked: the seller centre lists its questions by it.
	seller_id BIGINT NOT NULL,
	asker_id BIGINT NOT NULL,
	asker_name VARCHAR(100) NOT NULL,
	body VARCHAR(1000) NOT NULL,
	private BOOLEAN NOT NULL,
	asked_at TIMESTAMPTZ NOT NULL,
	answer VARCHAR(2000),
	answered_at TIMESTAMPTZ,
	CHECK ((answer IS NULL) = (answered_at IS NULL))
);
CREATE INDEX product_question_product ON product_question (product_id, asked_at DESC);
CREATE INDEX product_question_unanswered ON product_question (seller_id, asked_at) WHERE answer IS NULL;
CREATE INDEX product_question_seller ON product_question (seller_id, asked_at DESC);
CREATE INDEX product_question_asker ON product_question (asker_id, asked_at DESC);

-- The seller is told of a new question, the asker of the answer.
ALTER TABLE notification DROP CONSTRAINT notification_kind_check;
ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN ('ORDER_PAID', 'SHIPMENT_PREPARING',
	'SHIPMENT_SHIPPED', 'SHIPMENT_DELIVERED', 'ORDER_CANCELLED', 'RETURN_APPROVED', 'NEW_ORDER', 'SALE_CANCELLED',
	'RETURN_REFUSED', 'RETURN_REQUESTED', 'PURCHASE_CONFIRMED', 'PAYOUT_ACCOUNT_APPROVED', 'PAYOUT_ACCOUNT_REJECTED',
	'APPLICATION_APPROVED', 'APPLICATION_REJECTED', 'APPLICATION_CHANGES_REQUESTED', 'LISTING_HELD',
	'LISTING_RELEASED', 'LISTING_REJECTED', 'STORE_SUSPENDED', 'STORE_REINSTATED', 'ORDER_REFUNDED',
	'SALE_REFUNDED', 'QUESTION_ASKED', 'QUESTION_ANSWERED'));
