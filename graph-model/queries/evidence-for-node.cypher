// The documents and sentences behind a node: text mentions and the files structured records
// came from. Works for any label with an `id` (organizations, people, policies, funds).
// @param id: 'acme'
MATCH (n {id: $id})
OPTIONAL MATCH (n)-[m:MENTIONED_IN]->(d:Document)
RETURN labels(n)[0] AS label, n.id AS id, d.name AS document, m.sentence AS sentence,
       m.start AS start, m.end AS end, m.confidence AS confidence
ORDER BY document, start
LIMIT 100;
