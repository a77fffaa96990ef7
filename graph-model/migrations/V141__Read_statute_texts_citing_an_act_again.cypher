// Policy and fund matching (issue 15, session 12, rule L): a statute text that cites an act ("section 3
// of the Small Business Act") had that act as the subject of its eligibility facts, so every text citing
// the act pooled its facts on one Policy. A statute text is now keyed by its own section or subsection
// ('policy:title 35 § 41(h)'). The Documents whose eligibility facts have a subject that is not a
// statute policy are marked so that their next ingest forgets what they said and reads them again
// (as V140 does); a text that is not a statute (a programme's page) is read again once and keeps its
// subject.
MATCH (p:Policy)<-[:SUBJECT]-(:Evidence {type: 'ELIGIBILITY'})-[:IN_DOCUMENT]->(d:Document)
WHERE p.origin = 'text' AND NOT p.id STARTS WITH 'policy:title ' AND d.nlpModel IS NOT NULL
  AND NOT d.nlpModel ENDS WITH '(read again: statute texts by section)'
WITH DISTINCT d
SET d.nlpModel = d.nlpModel + ' (read again: statute texts by section)';
