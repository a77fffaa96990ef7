// Inventor mobility: people who invented for more than one organization, with the years they
// were seen at each. A signal for partner recommendations and expert affiliation.
// @param minOrganizations: 2
MATCH (x:Person)-[a:AFFILIATED_WITH]->(o:Organization)
WITH x, collect({organization: o.id, from: a.from, to: a.to}) AS stints
WHERE size(stints) >= $minOrganizations
RETURN x.id AS person, x.name AS name, stints
ORDER BY size(stints) DESC, person
LIMIT 50;
