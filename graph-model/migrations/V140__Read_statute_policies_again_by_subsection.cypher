// Policy and fund matching (issue 15, session 11): a statute text that names no policy of its own was
// the Policy of its section ('policy:title 15 § 3710'), so the subsections of one section pooled their
// recipients. Such texts are now read into a Policy per subsection that names its own recipients
// ('policy:title 15 § 3710(d)', PART_OF the section's). A text read before this change is read again
// at its next ingest: its model version is marked, so the text ingest forgets what it read (its
// evidence, and the old policy once no text holds it) and reads it anew. Until then the old policy's
// summary stays as it was.
MATCH (p:Policy)<-[:SUBJECT]-(:Evidence {type: 'ELIGIBILITY'})-[:IN_DOCUMENT]->(d:Document)
WHERE p.origin = 'text' AND p.id STARTS WITH 'policy:title ' AND NOT EXISTS { (p)-[:PART_OF]->(:Policy) }
  AND NOT EXISTS { (:Policy)-[:PART_OF]->(p) } AND d.nlpModel IS NOT NULL
WITH DISTINCT d
SET d.nlpModel = d.nlpModel + ' (read again: statute policies by subsection)';
