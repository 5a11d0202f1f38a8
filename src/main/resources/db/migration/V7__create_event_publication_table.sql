-- Spring Modulith's event publication registry (spring-modulith-events-jdbc, schema v2): an event
-- stays here until every module listening to it has handled it.
CREATE TABLE event_publication (
	id UUID NOT NULL PRIMARY KEY,
	listener_id TEXT NOT NULL,
	event_type TEXT NOT NULL,
	serialized_event TEXT NOT NULL,
	publication_date TIMESTAMPTZ NOT NULL,
	completion_date TIMESTAMPTZ,
	status TEXT,
	completion_attempts INT,
	last_resubmission_date TIMESTAMPTZ
);
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);
