// Portfolio landscape: the biggest owners' patents per filing year and main CPC subclass (the
// first classification, else the smallest symbol), to chart who files where and when.
// @param top: 8
MATCH (o:Organization)-[:OWNS]->(p:Patent) WHERE p.stub IS NULL
WITH o, count(p) AS portfolio ORDER BY portfolio DESC, o.id LIMIT $top
MATCH (o)-[:OWNS]->(p:Patent) WHERE p.stub IS NULL
OPTIONAL MATCH (p)-[c:CLASSIFIED_AS]->(t:Technology)
WITH o, portfolio, p, t ORDER BY coalesce(c.first, false) DESC, t.symbol
WITH o, portfolio, p, head(collect(left(t.symbol, 4))) AS subclass
RETURN o.id AS organization, o.name AS name, portfolio,
       coalesce(p.filingDate, p.publicationDate).year AS year, coalesce(subclass, '(none)') AS subclass,
       count(p) AS patents
ORDER BY portfolio DESC, organization, year, subclass;
