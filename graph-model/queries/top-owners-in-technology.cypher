// Top owners in a technology: organizations with the most patents classified under a CPC
// symbol or any of its descendants, parents and subsidiaries shown separately.
// @param cpc: 'H04N'
MATCH (root:Technology {symbol: $cpc})
MATCH (t:Technology)-[:PART_OF*0..6]->(root)
MATCH (o:Organization)-[:OWNS]->(p:Patent)-[:CLASSIFIED_AS]->(t)
RETURN o.id AS organization, o.name AS name, o.kind AS kind, count(DISTINCT p) AS patents
ORDER BY patents DESC, organization
LIMIT 25;
