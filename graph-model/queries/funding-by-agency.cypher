// Funds per issuing agency and what they fund (organizations, patents).
// @param kind: 'government_agency'
MATCH (agency:Organization {kind: $kind})-[:ISSUED]->(f:Fund)
OPTIONAL MATCH (x)-[:FUNDED_BY]->(f)
RETURN agency.id AS agency, f.id AS fund, f.name AS name, f.amount AS amount, f.currency AS currency,
       count(DISTINCT x) AS recipients
ORDER BY agency, amount DESC;
