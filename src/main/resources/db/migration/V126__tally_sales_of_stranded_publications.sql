-- Paid orders catalog's SalesCounter had not yet heard when this build came. It now counts a
-- paid order in the paying transaction, which publishes no OrderPaid row for it, so no listener
-- would complete those rows. Their units go to the tally like any other sale, unless the order
-- was counted already (its key is then in catalog_counted_event), and the rows are removed.
INSERT INTO product_sale_tally (product_id, units)
SELECT (line ->> 'productId')::bigint, (line ->> 'quantity')::int
FROM event_publication p
CROSS JOIN LATERAL jsonb_array_elements(p.serialized_event::jsonb -> 'shipments') AS shipment
CROSS JOIN LATERAL jsonb_array_elements(shipment -> 'lines') AS line
WHERE p.listener_id = 'kr.valuemall.catalog.listing.SalesCounter.on(kr.valuemall.order.OrderPaid)'
  AND p.completion_date IS NULL
  AND NOT EXISTS (SELECT 1 FROM catalog_counted_event c
                  WHERE c.kind = 'PAID' AND c.ref = (p.serialized_event::jsonb ->> 'orderId')::bigint);

DELETE FROM event_publication
WHERE listener_id = 'kr.valuemall.catalog.listing.SalesCounter.on(kr.valuemall.order.OrderPaid)';
