-- Issue 20: the spotlight's rotation is shared by every app instance and survives restarts and
-- crashes. Each placement (the home page, each category page) gets its own PostgreSQL sequence,
-- promotion_spotlight_turn_<id>, created with its row on the placement's first load: nextval is
-- cheap, never hands a turn out twice and never goes back after a crash.
CREATE TABLE promotion_spotlight_placement (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	placement VARCHAR(100) NOT NULL UNIQUE
);
