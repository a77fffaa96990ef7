package org.ipgraph.policies;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.ipgraph.graph.OrganizationNames;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.TypeSystem;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Reads what matching needs from the graph: the eligibility summaries of policies and
 * funds (a statute section with subsection policies is matched through them), their
 * evidence (a subsection's with its section's), and an organization's facts (kind,
 * country, size proxies from its patents and its group, the CPC areas of its patents),
 * each with what it rests on.
 */
final class PolicyGraph {

	private static final String POLICIES = """
			MATCH (p) WHERE (p:Policy OR p:Fund) AND p.eligibilityFacts > 0
			  AND ($ids IS NULL OR p.id IN $ids)
			  // a section with subsection policies is matched through them
			  AND ($ids IS NOT NULL OR NOT EXISTS { (:Policy)-[:PART_OF]->(p) })
			RETURN p.id AS id, CASE WHEN p:Fund THEN 'Fund' ELSE 'Policy' END AS label,
			       coalesce(p.title, p.name, p.id) AS title, p.applicantKinds AS applicantKinds,
			       p.excludedKinds AS excludedKinds, p.sizes AS sizes, p.preferredSizes AS preferredSizes,
			       p.regions AS regions, p.taxResidence AS taxResidence, p.fieldCpc AS fieldCpc, p.exampleCpc AS exampleCpc,
			       p.instruments AS instruments, p.amounts AS amounts, p.deadlines AS deadlines,
			       p.issuers AS issuers
			ORDER BY p.id
			""";

	private static final String EVIDENCE = """
			MATCH (p {id: $id}) WHERE p:Policy OR p:Fund
			OPTIONAL MATCH (p)-[:PART_OF]->(s:Policy)
			WITH p, collect(s) AS up
			UNWIND [p] + up AS unit
			MATCH (unit)<-[:SUBJECT]-(e:Evidence {type: 'ELIGIBILITY'})
			RETURN e.kind AS kind, e.value AS value, e.detail AS detail, e.quote AS sentence,
			       e.documentId AS documentId, e.start AS start, e.end AS end, e.extractor AS extractor
			ORDER BY e.documentId, e.start, e.kind
			""";

	private static final String RESOLVE = """
			MATCH (o:Organization) WHERE o.id IN $keys
			RETURN o.id AS id ORDER BY CASE o.id WHEN $exact THEN 0 ELSE 1 END, o.id LIMIT 1
			""";

	// The organization with its group: patents of its own, subsidiaries and parent, CPC
	// subclasses and offices of its patents
	private static final String ORGANIZATION = """
			MATCH (o:Organization {id: $id})
			CALL (o) {
			  OPTIONAL MATCH (o)-[:OWNS]->(p:Patent)
			  WITH DISTINCT p
			  RETURN count(p) AS patents, collect(p.jurisdiction)[..1000] AS offices
			}
			CALL (o) {
			  OPTIONAL MATCH (o)-[:OWNS]->(:Patent)-[:CLASSIFIED_AS]->(t:Technology)
			  WITH substring(t.symbol, 0, 4) AS subclass, count(*) AS n WHERE subclass IS NOT NULL
			  ORDER BY n DESC, subclass
			  RETURN collect(subclass)[..20] AS cpc
			}
			CALL (o) {
			  OPTIONAL MATCH (s:Organization)-[r:SUBSIDIARY_OF]->(o) WHERE coalesce(r.relation, '') <> 'alias'
			  RETURN count(s) AS subsidiaries
			}
			CALL (o) {
			  OPTIONAL MATCH (o)-[r:SUBSIDIARY_OF]->(g:Organization) WHERE coalesce(r.relation, '') <> 'alias'
			  RETURN g.name AS parent LIMIT 1
			}
			RETURN o.id AS id, coalesce(o.name, o.id) AS name, o.kind AS kind, o.kindSource AS kindSource,
			       o.serviceType AS serviceType, o.country AS country, o.city AS city, patents, offices, cpc,
			       subsidiaries, parent, o.matchedPatents AS matchedPatents,
			       o.matchedPatentsSource AS matchedPatentsSource
			""";

	private final Neo4jClient neo4j;

	private final long largeOwnerPatents;

	PolicyGraph(Neo4jClient neo4j, long largeOwnerPatents) {
		this.neo4j = neo4j;
		this.largeOwnerPatents = largeOwnerPatents;
	}

	List<PolicyFacts> policies(List<String> ids) {
		Map<String, Object> params = new java.util.HashMap<>();
		params.put("ids", ids);
		return List.copyOf(this.neo4j.query(POLICIES).bindAll(params).fetchAs(PolicyFacts.class).mappedBy((t, r) -> {
			return new PolicyFacts(r.get("id").asString(), r.get("label").asString(), r.get("title").asString(),
					list(r.get("applicantKinds")), list(r.get("excludedKinds")), list(r.get("sizes")),
					list(r.get("preferredSizes")), list(r.get("regions")), list(r.get("taxResidence")),
					list(r.get("fieldCpc")), list(r.get("exampleCpc")), list(r.get("instruments")),
					list(r.get("amounts")), list(r.get("deadlines")), list(r.get("issuers")));
		}).all());
	}

	List<PolicyDetails.Fact> evidence(String id) {
		return List.copyOf(this.neo4j.query(EVIDENCE)
			.bind(id)
			.to("id")
			.fetchAs(PolicyDetails.Fact.class)
			.mappedBy((TypeSystem t, org.neo4j.driver.Record r) -> new PolicyDetails.Fact(r.get("kind").asString(),
					r.get("value").asString(), r.get("detail").asString(null), r.get("sentence").asString(null),
					r.get("documentId").asString(null), r.get("start").asInt(0), r.get("end").asInt(0),
					r.get("extractor").asString(null)))
			.all());
	}

	Optional<String> resolve(String organization) {
		String exact = organization.strip();
		return this.neo4j.query(RESOLVE)
			.bindAll(Map.of("keys", List.of(exact, OrganizationNames.key(exact)), "exact", exact))
			.fetchAs(String.class)
			.one();
	}

	Optional<Applicant> organization(String id) {
		return this.neo4j.query(ORGANIZATION).bind(id).to("id").fetchAs(Applicant.class).mappedBy((t, r) -> {
			long patents = r.get("patents").asLong();
			long subsidiaries = r.get("subsidiaries").asLong();
			String parent = r.get("parent").asString(null);
			List<String> offices = list(r.get("offices"));
			String name = r.get("name").asString();
			Kind kind = kind(r.get("kind").asString(null), r.get("kindSource").asString(null),
					r.get("serviceType").asString(null));
			Place place = place(r.get("country").asString(null), r.get("city").asString(null), name, offices);
			Size size = size(kind, parent, subsidiaries, patents,
					r.get("matchedPatents").isNull() ? null : r.get("matchedPatents").asDouble(),
					r.get("matchedPatentsSource").asString(null), this.largeOwnerPatents);
			List<String> cpc = list(r.get("cpc"));
			return new Applicant(r.get("id").asString(), name, kind.value(), kind.basis(), place.country(),
					place.subdivision(), place.basis(), size.value(), size.basis(), patents, cpc,
					cpc.isEmpty() ? "no classified patents in the graph" : "CPC of its " + patents + " patents");
		}).one();
	}

	record Kind(String value, String basis) {
	}

	record Size(String value, String basis) {
	}

	/**
	 * The size class of an organization and what it rests on: n/a for non-companies;
	 * large for a member of a group ({@code SUBSIDIARY_OF}), or an owner of at least
	 * {@code largeOwnerPatents} patents in the graph or in the Compustat-patent match
	 * ({@code matchedPatents}, the US patents counted under its name); otherwise unknown.
	 */
	static Size size(Kind kind, String parent, long subsidiaries, long patents, Double matchedPatents,
			String matchedSource, long largeOwnerPatents) {
		if (kind.value() != null && !kind.value().equals("company") && !kind.value().equals("bank")) {
			return new Size("n/a", "not a company");
		}
		if (parent != null) {
			return new Size("large", "part of the group of " + parent + " (SUBSIDIARY_OF)");
		}
		if (subsidiaries >= 2) {
			return new Size("large", "a group with " + subsidiaries + " subsidiaries in the graph");
		}
		if (patents >= largeOwnerPatents) {
			return new Size("large", patents + " patents in the graph (at least " + largeOwnerPatents + ")");
		}
		if (matchedPatents != null && matchedPatents >= largeOwnerPatents) {
			return new Size("large", String.format(Locale.ROOT, "%,d US patents under its name in %s (at least %d)",
					Math.round(matchedPatents), matchedSource, largeOwnerPatents));
		}
		return new Size(null, patents + " patents in the graph and no employee count: size unknown");
	}

	static Kind kind(String kind, String source, String serviceType) {
		if (kind == null) {
			return new Kind(null, "no kind in the graph");
		}
		String basis = "curated".equals(source) ? "a curated list" : "its name";
		return switch (kind) {
			case "company" -> new Kind("company", basis);
			case "university" -> new Kind("university", basis);
			case "research_institute" -> new Kind("institute", basis);
			case "government_agency" -> new Kind("government", basis);
			case "service_institution" -> new Kind("bank".equals(serviceType) ? "bank" : "company", basis);
			default -> new Kind(kind, basis);
		};
	}

	record Place(String country, String subdivision, String basis) {
	}

	/**
	 * The country from the graph's address, else from place words of the name ("SHENZHEN
	 * ...", "US NAVY", "... CHINA ..."), else from the national office most of its
	 * patents were filed at (not US, EP or WO, where applicants of every country file): a
	 * weak proxy, and said so.
	 */
	static Place place(String country, String city, String name, List<String> offices) {
		String subdivision = city == null ? null : Provinces.of(city);
		Places.Place named = Provinces.inName(name);
		if (subdivision == null && named != null && named.code().contains("-")) {
			subdivision = named.code();
		}
		if (country != null && !country.isBlank()) {
			String c = country.strip().toUpperCase(Locale.ROOT);
			if (subdivision != null && !subdivision.startsWith(c + "-")) {
				subdivision = null;
			}
			return new Place(c, subdivision, "address in the graph");
		}
		if (named == null) {
			named = Provinces.countryInName(name);
		}
		if (named != null) {
			String code = named.code();
			return new Place(code.contains("-") ? code.substring(0, code.indexOf('-')) : code, subdivision,
					"the name says " + named.words());
		}
		Map<String, Long> national = offices.stream()
			.filter(o -> o != null && !List.of("US", "EP", "WO").contains(o))
			.collect(java.util.stream.Collectors.groupingBy(o -> o, java.util.stream.Collectors.counting()));
		Optional<Map.Entry<String, Long>> most = national.entrySet().stream().max(Map.Entry.comparingByValue());
		if (most.isPresent() && most.get().getValue() * 2 > offices.size()) {
			return new Place(most.get().getKey(), null, most.get().getValue() + " of its " + offices.size()
					+ " patents filed at " + most.get().getKey() + " (a weak proxy)");
		}
		return new Place(null, null, "no address in the graph");
	}

	private static List<String> list(Value value) {
		if (value == null || value.isNull()) {
			return List.of();
		}
		List<String> out = new ArrayList<>();
		value.asList(Value::asString).forEach(out::add);
		return out;
	}

}
