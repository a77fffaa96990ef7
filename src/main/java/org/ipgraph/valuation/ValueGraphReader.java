package org.ipgraph.valuation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Reads what valuation needs from the graph in a few scans (patents, then each kind of
 * dated event) into a {@link ValueData}, from which the facts as of any date are computed
 * in memory. Writes nothing.
 */
public class ValueGraphReader {

	/** A family with this many members is a large family. */
	public static final int LARGE_FAMILY = ValueData.LARGE_FAMILY;

	static final List<String> PTAB_TYPES = List.of("ipr", "pgr", "cbm", "der");

	private static final String PATENTS = """
			MATCH (p:Patent)
			WHERE NOT coalesce(p.stub, false)
			RETURN p.number AS number, p.familyId AS family, p.jurisdiction AS jurisdiction,
			       coalesce(p.grantDate, p.publicationDate, p.filingDate) AS born, p.type AS type,
			       p.filingDate AS filing, p.grantDate AS grant, p.expiry AS expiry, p.claims AS claims,
			       coalesce(head([(p)-[c:CLASSIFIED_AS]->(t:Technology) WHERE c.first | t.symbol]),
			                head([(p)-[:CLASSIFIED_AS]->(t:Technology) | t.symbol])) AS cpc
			""";

	private static final String CITATIONS = """
			MATCH (q:Patent)-[:CITES]->(p:Patent)
			WHERE NOT coalesce(p.stub, false)
			RETURN p.number AS number, coalesce(q.grantDate, q.publicationDate, q.filingDate) AS on
			""";

	private static final String ASSIGNED_AWAY = """
			MATCH ()-[o:OWNS]->(p:Patent)
			WHERE o.to IS NOT NULL AND NOT coalesce(p.stub, false)
			RETURN p.number AS number, o.to AS on
			""";

	private static final String CASES = """
			MATCH (p:Patent)-[:ASSERTED_IN]->(c:LitigationCase)
			WHERE NOT coalesce(p.stub, false)
			RETURN p.number AS number, coalesce(c.caseType, 'civil') IN $ptab AS ptab, c.filedOn AS on
			""";

	private static final String DECLARATIONS = """
			MATCH (p:Patent)-[d:DECLARED_ESSENTIAL_TO]->(:Standard)
			WHERE NOT coalesce(p.stub, false)
			RETURN p.number AS number, d.declaredOn AS on
			""";

	private static final String POOLS = """
			MATCH (p:Patent)-[:MEMBER_OF]->(pool:Pool)
			WHERE NOT coalesce(pool.candidate, false) AND NOT coalesce(p.stub, false)
			RETURN p.number AS number, null AS on
			""";

	private static final String LICENSORS = """
			MATCH (o:Organization)-[l:LICENSED_TO]->(:Organization)
			RETURN o.id AS owner, collect(l.on) AS deals
			""";

	private static final String LICENSOR_PATENTS = """
			UNWIND $owners AS id
			MATCH (:Organization {id: id})-[h:OWNS]->(p:Patent)
			WHERE h.to IS NULL AND NOT coalesce(p.stub, false)
			RETURN id AS owner, p.number AS number
			""";

	private final Neo4jClient neo4j;

	public ValueGraphReader(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * The facts of every patent that existed before {@code asOf}, with what happened from
	 * {@code asOf} on.
	 */
	public List<PatentFacts> load(LocalDate asOf) {
		return read().facts(asOf, null);
	}

	/**
	 * The facts of every patent that existed before {@code asOf}, with what happened from
	 * {@code asOf} until the day before {@code until} (null: no end).
	 */
	public List<PatentFacts> load(LocalDate asOf, LocalDate until) {
		return read().facts(asOf, until);
	}

	/**
	 * Everything valuation reads, once.
	 */
	public ValueData read() {
		ValueData graph = new ValueData();
		long start = System.nanoTime();
		this.neo4j.query(PATENTS).fetchAs(Boolean.class).mappedBy((t, r) -> {
			graph.patent(r.get("number").asString(), r.get("family").asString(null),
					r.get("jurisdiction").asString(null), date(r.get("born")), r.get("type").asString(null),
					date(r.get("filing")), date(r.get("grant")), date(r.get("expiry")),
					Claims.count(r.get("claims").asString(null)), r.get("cpc").asString(null));
			return Boolean.TRUE;
		}).all();
		start = lap(graph, "patents", start);
		events(CITATIONS, Map.of(), graph, ValueData.Kind.CITATION, null);
		events(ASSIGNED_AWAY, Map.of(), graph, ValueData.Kind.REASSIGNMENT, null);
		events(CASES, Map.of("ptab", PTAB_TYPES), graph, ValueData.Kind.CASE, ValueData.Kind.PTAB);
		events(DECLARATIONS, Map.of(), graph, ValueData.Kind.DECLARATION, null);
		events(POOLS, Map.of(), graph, ValueData.Kind.LICENCE, null);
		start = lap(graph, "events", start);
		Map<String, List<LocalDate>> deals = new HashMap<>();
		this.neo4j.query(LICENSORS).fetchAs(Boolean.class).mappedBy((t, r) -> {
			deals.put(r.get("owner").asString(), r.get("deals").asList(ValueGraphReader::date));
			return Boolean.TRUE;
		}).all();
		List<String> owners = new ArrayList<>(deals.keySet());
		for (int from = 0; from < owners.size(); from += 1000) {
			this.neo4j.query(LICENSOR_PATENTS)
				.bindAll(Map.of("owners", owners.subList(from, Math.min(owners.size(), from + 1000))))
				.fetchAs(Boolean.class)
				.mappedBy((t, r) -> {
					String number = r.get("number").asString();
					deals.get(r.get("owner").asString()).forEach(on -> graph.event(number, ValueData.Kind.LICENCE, on));
					return Boolean.TRUE;
				})
				.all();
		}
		lap(graph, "licences", start);
		return graph;
	}

	private static long lap(ValueData graph, String what, long start) {
		long now = System.nanoTime();
		graph.timings.put(what, Math.round((now - start) / 1e6) / 1000.0);
		return now;
	}

	private void events(String query, Map<String, Object> parameters, ValueData graph, ValueData.Kind kind,
			ValueData.Kind flagged) {
		this.neo4j.query(query).bindAll(parameters).fetchAs(Boolean.class).mappedBy((t, r) -> {
			boolean flag = flagged != null && r.get("ptab").asBoolean();
			graph.event(r.get("number").asString(), flag ? flagged : kind, date(r.get("on")));
			return Boolean.TRUE;
		}).all();
	}

	private static LocalDate date(Value value) {
		return value.isNull() ? null : value.asLocalDate();
	}

}
