-- Product page views (catalog.storefront.ProductViewCounter), written before the page is sent so a
-- crash loses none: each app instance appends one row per product and day for each small batch of
-- views it groups into one commit. Rows are only appended and, by the flush job on one instance at a
-- time, deleted as they are sent to the reports; no key, no index, so an append costs next to nothing.
CREATE TABLE product_view_tally (
    day        date    NOT NULL,
    product_id bigint  NOT NULL,
    views      integer NOT NULL
);
