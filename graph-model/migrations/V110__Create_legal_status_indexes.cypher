// Legal status (issue 14): dated legal events are keyed; services filter patents by status and expiry.
CREATE CONSTRAINT legal_event_id IF NOT EXISTS FOR (n:LegalEvent) REQUIRE n.id IS UNIQUE;
CREATE INDEX patent_in_force IF NOT EXISTS FOR (n:Patent) ON (n.inForce);
CREATE INDEX patent_expiry IF NOT EXISTS FOR (n:Patent) ON (n.expiry);
CREATE INDEX patent_status IF NOT EXISTS FOR (n:Patent) ON (n.status);
