// Alert delivery (issue 14, org.ipgraph.notify): webhooks, their delivery records (one per
// webhook and alert: the dedup key) and the e-mail digest cursors. Pending deliveries are
// found by state and due time.
CREATE CONSTRAINT webhook_id IF NOT EXISTS FOR (n:Webhook) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT webhook_delivery_id IF NOT EXISTS FOR (n:WebhookDelivery) REQUIRE n.id IS UNIQUE;
CREATE INDEX webhook_delivery_due IF NOT EXISTS FOR (n:WebhookDelivery) ON (n.state, n.nextAttemptAt);
CREATE CONSTRAINT mail_digest_username IF NOT EXISTS FOR (n:MailDigest) REQUIRE n.username IS UNIQUE;
