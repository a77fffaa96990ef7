// The busiest plaintiffs, how many distinct defendants they sued and whether they are flagged
// as non-practicing entities.
// @param minCases: 1
MATCH (o:Organization)-[:PLAINTIFF_IN]->(c:LitigationCase)
OPTIONAL MATCH (d:Organization)-[:DEFENDANT_IN]->(c)
WITH o, count(DISTINCT c) AS cases, count(DISTINCT d) AS defendants
WHERE cases >= $minCases
RETURN o.id AS plaintiff, o.name AS name, coalesce(o.npe, false) AS npe, cases, defendants
ORDER BY cases DESC, plaintiff
LIMIT 25;
