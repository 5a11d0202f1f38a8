-- Staff review a hold with the whole listing in front of them (issue 16): the text and the
-- declaration as screened, kept with origin's snapshot of the listing. Listings screened before
-- this migration keep NULL until the seller next edits them.
ALTER TABLE listing_review ADD COLUMN description VARCHAR(5000);
ALTER TABLE listing_review ADD COLUMN manufacturer VARCHAR(100);
ALTER TABLE listing_review ADD COLUMN made_region VARCHAR(20);
ALTER TABLE listing_review ADD COLUMN maker_role VARCHAR(20);
ALTER TABLE listing_review ADD COLUMN origin_kind VARCHAR(30);
CREATE INDEX listing_review_seller_idx ON listing_review (seller_id, updated_at DESC);
