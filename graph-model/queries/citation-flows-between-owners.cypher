// Knowledge flows: whose patents an organization's patents cite, and who cites it back.
// Mutual flows between two owners are candidate blocking relations for pool work.
// @param organization: 'acme'
MATCH (o:Organization {id: $organization})-[:OWNS]->(p:Patent)-[:CITES]->(q:Patent)<-[:OWNS]-(x:Organization)
WHERE x <> o
WITH o, x, count(*) AS cites
OPTIONAL MATCH (x)-[:OWNS]->(:Patent)-[back:CITES]->(:Patent)<-[:OWNS]-(o)
RETURN x.id AS owner, x.name AS name, cites, count(back) AS citedBack
ORDER BY cites DESC, owner
LIMIT 25;
