// Watches, change sets and alerts (issue 14): keyed; pending change sets and alert pages are found by index.
CREATE CONSTRAINT watch_id IF NOT EXISTS FOR (n:Watch) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT change_set_id IF NOT EXISTS FOR (n:ChangeSet) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT alert_key IF NOT EXISTS FOR (n:Alert) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT alert_seq IF NOT EXISTS FOR (n:Alert) REQUIRE n.seq IS UNIQUE;
CREATE INDEX change_set_processed IF NOT EXISTS FOR (n:ChangeSet) ON (n.processed);
CREATE INDEX watch_kind IF NOT EXISTS FOR (n:Watch) ON (n.kind);
CREATE INDEX watch_target IF NOT EXISTS FOR (n:Watch) ON (n.target);
