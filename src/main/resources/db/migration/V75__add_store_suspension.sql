-- Staff suspend a store (and reinstate it) with a reason: its listings leave every page and
-- feed, it takes no new orders, open orders are still served, and its payouts can be held.
ALTER TABLE seller_application ADD COLUMN suspended_at TIMESTAMPTZ;
ALTER TABLE seller_application ADD COLUMN suspension_reason VARCHAR(1000);
ALTER TABLE seller_application ADD COLUMN payouts_held_while_suspended BOOLEAN NOT NULL DEFAULT FALSE;

ALTER TABLE seller_application_event DROP CONSTRAINT seller_application_event_action_check;
ALTER TABLE seller_application_event ADD CONSTRAINT seller_application_event_action_check
	CHECK (action IN ('SUBMITTED', 'RESUBMITTED', 'APPROVED', 'REJECTED', 'CHANGES_REQUESTED', 'STORE_RENAMED',
		'SUSPENDED', 'REINSTATED'));

-- The catalog's copy of which stores are suspended, kept by the seller module's events. A
-- listing of a suspended store never goes live, whichever path would make it so (publishing,
-- staff approval, bulk upload): it waits as SUSPENDED and goes live again on reinstatement.
ALTER TABLE product DROP CONSTRAINT product_status_check;
ALTER TABLE product ADD CONSTRAINT product_status_check
	CHECK (status IN ('DRAFT', 'HELD', 'LIVE', 'REJECTED', 'UNPUBLISHED', 'SUSPENDED'));

CREATE TABLE catalog_suspended_store (
	seller_id BIGINT PRIMARY KEY,
	suspended_at TIMESTAMPTZ NOT NULL
);

CREATE FUNCTION catalog_keep_suspended() RETURNS trigger AS $$
BEGIN
	IF NEW.status = 'LIVE' AND EXISTS (SELECT 1 FROM catalog_suspended_store s WHERE s.seller_id = NEW.seller_id) THEN
		NEW.status := 'SUSPENDED';
	END IF;
	RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER product_keep_suspended BEFORE INSERT OR UPDATE OF status ON product
	FOR EACH ROW EXECUTE FUNCTION catalog_keep_suspended();

-- The seller is told of a suspension and a reinstatement.
ALTER TABLE notification DROP CONSTRAINT notification_kind_check;
ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN ('ORDER_PAID', 'SHIPMENT_PREPARING',
	'SHIPMENT_SHIPPED', 'SHIPMENT_DELIVERED', 'ORDER_CANCELLED', 'RETURN_APPROVED', 'NEW_ORDER', 'SALE_CANCELLED',
	'RETURN_REFUSED', 'RETURN_REQUESTED', 'PURCHASE_CONFIRMED', 'PAYOUT_ACCOUNT_APPROVED', 'PAYOUT_ACCOUNT_REJECTED',
	'APPLICATION_APPROVED', 'APPLICATION_REJECTED', 'APPLICATION_CHANGES_REQUESTED', 'LISTING_HELD',
	'LISTING_RELEASED', 'LISTING_REJECTED', 'STORE_SUSPENDED', 'STORE_REINSTATED'));
