// Incremental refresh of the snapshots (issue 11): the patents recorded in documents seen since a snapshot's
// last update are read through this index, so that the read is bounded by the ingest, not by the graph.
CREATE INDEX document_last_seen IF NOT EXISTS FOR (n:Document) ON (n.lastSeenAt);
