// Citation flows among the biggest owners: how many citations go from one owner's patents to
// another's (an owner citing itself is left out). The rows are a matrix for a heat map; flows
// both ways are candidate blocking relations.
// @param top: 12
MATCH (o:Organization)-[:OWNS]->(p:Patent) WHERE p.stub IS NULL
WITH o, count(p) AS portfolio ORDER BY portfolio DESC, o.id LIMIT $top
WITH collect(o) AS owners
UNWIND owners AS citing
MATCH (citing)-[:OWNS]->(:Patent)-[:CITES]->(:Patent)<-[:OWNS]-(cited:Organization)
WHERE cited IN owners AND cited <> citing
RETURN citing.id AS citing, citing.name AS citingName, cited.id AS cited, cited.name AS citedName,
       count(*) AS citations
ORDER BY citations DESC, citing, cited;
