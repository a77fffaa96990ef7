package org.ipgraph.organizations;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.ipgraph.graph.FullText;
import org.ipgraph.web.Page;
import org.ipgraph.web.PageRequest;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Organization search and portfolio summaries.
 */
@Service
public class OrganizationService {

	private static final String SEARCH = """
			CALL db.index.fulltext.queryNodes('organization_names', $query) YIELD node AS o, score
			RETURN o.id AS id, o.name AS name, o.kind AS kind, o.country AS country,
			       COUNT { (o)-[:OWNS]->(p:Patent) WHERE p.stub IS NULL } AS patents,
			       coalesce(o.npe, false) AS npe, score
			ORDER BY score DESC, patents DESC, id
			SKIP $skip LIMIT $limit
			""";

	private static final String ORGANIZATION = """
			MATCH (o:Organization {id: $id})
			RETURN o,
			       [(o)-[r:SUBSIDIARY_OF]->(x) | {id: x.id, name: x.name, relation: r.relation}] AS parents,
			       [(o)<-[r:SUBSIDIARY_OF]-(x) | {id: x.id, name: x.name, relation: r.relation}] AS subsidiaries,
			       COUNT { (o)-[:PLAINTIFF_IN]->() } AS plaintiffIn,
			       COUNT { (o)-[:DEFENDANT_IN]->() } AS defendantIn,
			       [(o)-[:DECLARED]->(s:Standard) | s.id] AS standards
			""";

	private static final String PORTFOLIO = """
			MATCH (o:Organization {id: $id})-[:OWNS]->(p:Patent)
			WHERE p.stub IS NULL
			WITH o, collect(p) AS patents
			RETURN size(patents) AS count,
			       [p IN patents WHERE coalesce(p.filingDate, p.publicationDate) IS NOT NULL
			          | coalesce(p.filingDate, p.publicationDate).year] AS years,
			       COUNT { MATCH (x:Person)-[:INVENTED]->(p) WHERE p IN patents RETURN DISTINCT x } AS inventors,
			       COUNT { MATCH (q:Patent)-[:CITES]->(p) WHERE p IN patents AND NOT q IN patents RETURN q } AS received,
			       COUNT { MATCH (p)-[:CITES]->(q:Patent) WHERE p IN patents RETURN q } AS made
			""";

	private static final String TECHNOLOGIES = """
			MATCH (:Organization {id: $id})-[:OWNS]->(p:Patent)-[:CLASSIFIED_AS]->(t:Technology)
			WITH left(t.symbol, 4) AS subclass, count(DISTINCT p) AS n
			ORDER BY n DESC, subclass LIMIT 10
			OPTIONAL MATCH (s:Technology {symbol: subclass})
			RETURN subclass AS key, s.title AS name, n AS count
			""";

	private static final String CO_OWNERS = """
			MATCH (o:Organization {id: $id})-[:OWNS]->(p:Patent)<-[:OWNS]-(x:Organization)
			WHERE x <> o
			RETURN x.id AS key, x.name AS name, count(DISTINCT p) AS count
			ORDER BY count DESC, key LIMIT 10
			""";

	/** Most policies, funds and cases {@link #links} lists of each kind. */
	static final int LINKS = 20;

	private static final String PROGRAMS = """
			MATCH (o:Organization {id: $id})
			CALL (o) {
			  MATCH (o)-[:ISSUED]->(x:Policy|Fund) RETURN x, 'issued' AS relation, 0 AS patents, 1 AS rank
			  UNION
			  MATCH (o)-[:FUNDED_BY]->(x:Fund) RETURN x, 'funds' AS relation, 0 AS patents, 2 AS rank
			  UNION
			  MATCH (x:Policy|Fund)-[:TARGETS]->(o) RETURN x, 'targets' AS relation, 0 AS patents, 3 AS rank
			  UNION
			  MATCH (o)-[:OWNS]->(p:Patent)-[:FUNDED_BY]->(x:Fund)
			  RETURN x, 'funds-patents' AS relation, count(DISTINCT p) AS patents, 4 AS rank
			  UNION
			  MATCH (o)-[:OWNS]->(p:Patent)-[:CLASSIFIED_AS]->(:Technology)-[:PART_OF*0..3]->(:Technology)
			        <-[:TARGETS]-(x:Policy|Fund)
			  RETURN x, 'targets-technology' AS relation, count(DISTINCT p) AS patents, 5 AS rank
			}
			WITH x, relation, patents, rank ORDER BY rank, patents DESC, x.id
			RETURN CASE WHEN x:Policy THEN 'Policy' ELSE 'Fund' END AS label, x.id AS id,
			       coalesce(x.title, x.name, x.id) AS name, relation, patents
			LIMIT $limit
			""";

	private static final String CASES = """
			MATCH (o:Organization {id: $id})-[r:PLAINTIFF_IN|DEFENDANT_IN|PETITIONER_IN]->(c:LitigationCase)
			RETURN c.id AS id, c.title AS title, type(r) AS role, c.court AS court,
			       toString(c.filedOn) AS filedOn, c.status AS status
			ORDER BY c.filedOn DESC, c.id
			LIMIT $limit
			""";

	private final Neo4jClient neo4j;

	OrganizationService(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	public Page<OrganizationSummary> search(String query, PageRequest page) {
		if (query == null || query.isBlank()) {
			throw new IllegalArgumentException("q must not be blank");
		}
		List<OrganizationSummary> rows = this.neo4j.query(SEARCH)
			.bindAll(Map.of("query", FullText.escape(query), "skip", page.skip(), "limit", page.size() + 1))
			.fetchAs(OrganizationSummary.class)
			.mappedBy((types, r) -> new OrganizationSummary(r.get("id").asString(), r.get("name").asString(null),
					r.get("kind").asString(null), r.get("country").asString(null), r.get("patents").asLong(),
					r.get("npe").asBoolean(), r.get("score").asDouble()))
			.all()
			.stream()
			.toList();
		return Page.of(rows, page);
	}

	public Optional<OrganizationDetails> find(String id) {
		Map<String, Object> parameters = Map.of("id", id);
		return this.neo4j.query(ORGANIZATION)
			.bindAll(parameters)
			.fetchAs(org.neo4j.driver.Record.class)
			.mappedBy((types, r) -> r)
			.one()
			.map(r -> details(r, portfolio(parameters, r)));
	}

	/**
	 * The policies, funds and lawsuits linked to an organization.
	 */
	public OrganizationLinks links(String id) {
		Map<String, Object> parameters = Map.of("id", id, "limit", LINKS);
		List<OrganizationLinks.Program> programs = this.neo4j.query(PROGRAMS)
			.bindAll(parameters)
			.fetchAs(OrganizationLinks.Program.class)
			.mappedBy((types, r) -> new OrganizationLinks.Program(r.get("label").asString(), r.get("id").asString(),
					r.get("name").asString(), r.get("relation").asString(), r.get("patents").asLong()))
			.all()
			.stream()
			.toList();
		List<OrganizationLinks.Case> cases = this.neo4j.query(CASES)
			.bindAll(parameters)
			.fetchAs(OrganizationLinks.Case.class)
			.mappedBy((types, r) -> new OrganizationLinks.Case(r.get("id").asString(), r.get("title").asString(null),
					r.get("role").asString(), r.get("court").asString(null), r.get("filedOn").asString(null),
					r.get("status").asString(null)))
			.all()
			.stream()
			.toList();
		return new OrganizationLinks(programs, cases);
	}

	private OrganizationDetails.Portfolio portfolio(Map<String, Object> parameters, org.neo4j.driver.Record org) {
		var summary = this.neo4j.query(PORTFOLIO).bindAll(parameters).fetch().one().orElse(Map.of());
		Map<Integer, Long> byYear = new TreeMap<>();
		if (summary.get("years") instanceof List<?> years) {
			years.forEach(y -> byYear.merge(((Number) y).intValue(), 1L, Long::sum));
		}
		return new OrganizationDetails.Portfolio(number(summary.get("count")), byYear, counts(TECHNOLOGIES, parameters),
				counts(CO_OWNERS, parameters), number(summary.get("inventors")), number(summary.get("received")),
				number(summary.get("made")), org.get("plaintiffIn").asLong(), org.get("defendantIn").asLong(),
				org.get("standards").asList(Value::asString));
	}

	private List<OrganizationDetails.Count> counts(String cypher, Map<String, Object> parameters) {
		return this.neo4j.query(cypher)
			.bindAll(parameters)
			.fetchAs(OrganizationDetails.Count.class)
			.mappedBy((types, r) -> new OrganizationDetails.Count(r.get("key").asString(), r.get("name").asString(null),
					r.get("count").asLong()))
			.all()
			.stream()
			.toList();
	}

	private static OrganizationDetails details(org.neo4j.driver.Record r, OrganizationDetails.Portfolio portfolio) {
		Value o = r.get("o");
		return new OrganizationDetails(o.get("id").asString(), o.get("name").asString(null),
				o.get("kind").asString(null), o.get("serviceType").asString(null), o.get("country").asString(null),
				o.get("sector").asString(null), o.get("npe").asBoolean(false), o.get("synthetic").asBoolean(false),
				o.get("aliases").isNull() ? List.of() : o.get("aliases").asList(Value::asString),
				related(r.get("parents")), related(r.get("subsidiaries")), portfolio);
	}

	private static List<OrganizationDetails.Related> related(Value list) {
		return list.asList(x -> new OrganizationDetails.Related(x.get("id").asString(), x.get("name").asString(null),
				x.get("relation").asString(null)));
	}

	private static long number(Object value) {
		return value instanceof Number n ? n.longValue() : 0;
	}

}
