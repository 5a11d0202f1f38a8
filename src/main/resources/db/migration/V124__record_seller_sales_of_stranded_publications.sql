-- The build of 7 December 04:13-06:30 UTC gave promotion's SellerSales a listener condition
-- that could turn an order down when the listener was invoked, leaving the order's publication
-- incomplete. SellerSales has since become a plain event listener in the paying transaction, so
-- no listener would ever complete those rows. Record their stores' first sales, as the listener
-- would have (a store recorded already keeps the earlier date), and remove the rows.
INSERT INTO promotion_seller_sale (seller_id, first_paid_at)
SELECT (shipment ->> 'sellerId')::bigint, min((p.serialized_event::jsonb ->> 'paidAt')::timestamptz)
FROM event_publication p
CROSS JOIN LATERAL jsonb_array_elements(p.serialized_event::jsonb -> 'shipments') AS shipment
WHERE p.listener_id = 'kr.valuemall.promotion.SellerSales.on(kr.valuemall.order.OrderPaid)'
  AND p.completion_date IS NULL
GROUP BY 1
ON CONFLICT (seller_id) DO UPDATE
SET first_paid_at = least(promotion_seller_sale.first_paid_at, excluded.first_paid_at);

DELETE FROM event_publication
WHERE listener_id = 'kr.valuemall.promotion.SellerSales.on(kr.valuemall.order.OrderPaid)';
