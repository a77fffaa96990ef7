// Counsel of record for one side of the cases (plaintiff, defendant, petitioner, patent_owner):
// each firm or attorney with its cases, the CPC areas of the patents in them, its clients on that
// side and the latest filing, busiest first (docs/providers.md).
// @param side: 'defendant'
MATCH (c:LitigationCase)-[r:REPRESENTED_BY {side: $side}]->(p:Provider)
OPTIONAL MATCH (c)<-[:ASSERTED_IN]-(:Patent)-[:CLASSIFIED_AS]->(t:Technology)
OPTIONAL MATCH (o:Organization)-[x:PLAINTIFF_IN|DEFENDANT_IN|PETITIONER_IN|RESPONDENT_IN]->(c)
  WHERE o.id = r.party
     OR (r.party IS NULL AND type(x) = CASE $side WHEN 'plaintiff' THEN 'PLAINTIFF_IN'
                                                  WHEN 'defendant' THEN 'DEFENDANT_IN'
                                                  WHEN 'petitioner' THEN 'PETITIONER_IN'
                                                  ELSE 'RESPONDENT_IN' END)
WITH p, collect(DISTINCT c.id) AS cases, collect(DISTINCT left(t.symbol, 4)) AS areas,
     collect(DISTINCT o.name) AS clients, max(c.filedOn) AS latest
RETURN p.id AS provider, p.name AS name, p.providerKinds AS kinds, size(cases) AS cases, areas[..5] AS areas,
       clients[..5] AS clients, latest, cases[..5] AS examples
ORDER BY cases DESC, provider
LIMIT 25;
