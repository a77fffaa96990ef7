// The most valuable patents of a CPC area (the symbol and everything below it), by the value
// `ipgraph value store` writes on each patent, with their current owners.
// @param cpc: 'H04N'
MATCH (t:Technology)-[:PART_OF*0..10]->(:Technology {symbol: $cpc})
MATCH (p:Patent)-[:CLASSIFIED_AS]->(t)
WHERE p.value IS NOT NULL
WITH DISTINCT p
RETURN p.number AS patent, p.value AS value, p.valuePercentile AS percentile, p.valueModel AS model,
       [(o)-[h:OWNS]->(p) WHERE h.to IS NULL | coalesce(o.name, o.id)] AS owners
ORDER BY value DESC, patent
LIMIT 25;
