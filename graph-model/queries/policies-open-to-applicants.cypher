// Policies and funds open to a kind of applicant in a country, with what they offer and the sizes they admit
// (eligibility facts read from policy texts; a policy that names no region is open everywhere, but for the
// places it leaves out; a statute section with subsection policies is listed through them).
// @param kind: 'company'
// @param country: 'US'
MATCH (p)
WHERE (p:Policy OR p:Fund) AND p.eligibilityFacts > 0
  AND ($kind IN p.applicantKinds OR 'any' IN p.applicantKinds)
  AND (size(coalesce(p.regions, [])) = 0 OR $country IN p.regions)
  AND NOT $country IN coalesce(p.excludedKinds, [])
  AND NOT EXISTS { (:Policy)-[:PART_OF]->(p) }
OPTIONAL MATCH (p)<-[:SUBJECT]-(e:Evidence {type: 'ELIGIBILITY'})
RETURN p.id AS policy, coalesce(p.title, p.name) AS title, p.instruments AS instruments, p.sizes AS sizes,
       p.regions AS regions, count(e) AS evidence
ORDER BY evidence DESC, policy;
