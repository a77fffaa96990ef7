// Co-ownership: who shares patents with an organization, and how many. A path per pair for
// Neo4j Browser to draw.
// @param organization: 'acme'
MATCH path = (o:Organization {id: $organization})-[:OWNS]->(p:Patent)<-[:OWNS]-(x:Organization)
WITH x, collect(path)[0] AS example, count(DISTINCT p) AS shared
RETURN x.id AS partner, x.name AS name, shared, example
ORDER BY shared DESC, partner
LIMIT 25;
