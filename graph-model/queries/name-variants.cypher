// Organizations with the most raw spellings: where name normalization merged most, to review.
// @param minVariants: 2
MATCH (o:Organization)
WHERE size(coalesce(o.aliases, [])) >= $minVariants
RETURN o.id AS organization, size(o.aliases) AS variants, o.aliases AS spellings
ORDER BY variants DESC, organization
LIMIT 50;
