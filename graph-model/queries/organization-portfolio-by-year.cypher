// An organization's patents per filing year and CPC subclass: how its portfolio moved.
// @param organization: 'acme'
MATCH (:Organization {id: $organization})-[:OWNS]->(p:Patent)-[:CLASSIFIED_AS]->(t:Technology)
WITH coalesce(p.filingDate, p.publicationDate).year AS year, left(t.symbol, 4) AS subclass, count(DISTINCT p) AS patents
RETURN year, subclass, patents
ORDER BY year, patents DESC;
