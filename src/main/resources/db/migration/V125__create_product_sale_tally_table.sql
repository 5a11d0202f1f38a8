-- Units sold (and, negative, refunded) per product waiting to be added to product.sales_count
-- (catalog.listing.SalesCounter). A paid order appends its lines in the transaction that marks
-- it paid; a job on one instance at a time adds them to the listings every few seconds and
-- deletes them in the same statement. sales_count is in the best-seller indexes, so each update
-- of it writes a new entry into every index of the listing, the search's GIN indexes too; the
-- job writes a listing once for all the units it sold since the last run. Rows are only
-- appended and deleted: no key, no index.
CREATE TABLE product_sale_tally (
    product_id bigint  NOT NULL,
    units      integer NOT NULL
);
