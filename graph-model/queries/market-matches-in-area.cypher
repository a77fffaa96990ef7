// Open demands in a CPC area and the active offers that answer them, best match first, with who offers and
// why (an anonymous requester is shown as 'anonymous', as the API shows it to platform users).
// @param cpc: 'H04N'
MATCH (d:Demand {source: 'market', status: 'open'})-[m:MATCHES]->(o:Offer {status: 'active'})
WHERE any(c IN d.cpc WHERE c STARTS WITH $cpc)
OPTIONAL MATCH (seller:Organization)-[:OFFERS]->(o)
RETURN d.id AS demand, d.kind AS wants, CASE WHEN d.anonymous THEN 'anonymous' ELSE d.requester END AS requester,
       o.id AS offer, o.kind AS offered, coalesce(seller.name, o.organization) AS seller, m.score AS score,
       m.reasons AS reasons
ORDER BY score DESC, demand, offer
LIMIT 100;
