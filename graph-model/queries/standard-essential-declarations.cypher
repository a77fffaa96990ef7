// Declared standard-essential patents per standard and declarant: the raw material of pools.
// @param standard: 'DEMO-VC 1'
MATCH (p:Patent)-[d:DECLARED_ESSENTIAL_TO]->(s:Standard {id: $standard})
OPTIONAL MATCH (o:Organization)-[:OWNS]->(p)
RETURN s.id AS standard, coalesce(o.id, d.declarant) AS declarant, count(DISTINCT p) AS patents,
       collect(DISTINCT p.number)[..10] AS examples
ORDER BY patents DESC, declarant;
