package org.ipgraph.valuation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.ipgraph.db.GraphAccess;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Reads what valuation needs from the graph into a {@link ValueData}, from which the
 * facts as of any date are computed in memory. Writes nothing.
 * <p>
 * One streaming query per phase: the described patents with their own properties (each
 * read once), then each kind of relationship by its type, naming the patents by node id
 * only, so that no event reads a patent's properties again (a property read costs far
 * more than following a relationship). Records are consumed as they arrive. After the
 * patents, the classifications, the citations and the other events are read side by side
 * (each fills columns of its own).
 */
public class ValueGraphReader {

	/** A family with this many members is a large family. */
	public static final int LARGE_FAMILY = ValueData.LARGE_FAMILY;

	static final List<String> PTAB_TYPES = List.of("ipr", "pgr", "cbm", "der");

	// id() names a node for the length of this read; the write checks the number again
	private static final String PATENTS = """
			MATCH (p:Patent)
			WHERE NOT coalesce(p.stub, false)
			RETURN id(p) AS node, p.number AS number, p.familyId AS family, p.jurisdiction AS jurisdiction,
			       coalesce(p.grantDate, p.publicationDate, p.filingDate) AS born, p.type AS type,
			       p.filingDate AS filing, p.grantDate AS grant, p.expiry AS expiry, p.claims AS claims
			""";

	private static final String TECHNOLOGIES = """
			MATCH (t:Technology)
			RETURN id(t) AS node, t.symbol AS symbol
			""";

	private static final String CLASSIFICATIONS = """
			MATCH (p)-[c:CLASSIFIED_AS]->(t)
			RETURN id(p) AS node, id(t) AS technology, coalesce(c.first, false) AS first
			""";

	private static final String CITATIONS = """
			MATCH (q)-[:CITES]->(p)
			RETURN id(q) AS citing, id(p) AS node
			""";

	private static final String ASSIGNED_AWAY = """
			MATCH ()-[o:OWNS]->(p)
			WHERE o.to IS NOT NULL
			RETURN id(p) AS node, o.to AS on
			""";

	private static final String CASES = """
			MATCH (p)-[:ASSERTED_IN]->(c:LitigationCase)
			RETURN id(p) AS node, coalesce(c.caseType, 'civil') IN $ptab AS ptab, c.filedOn AS on
			""";

	private static final String DECLARATIONS = """
			MATCH (p)-[d:DECLARED_ESSENTIAL_TO]->(:Standard)
			RETURN id(p) AS node, d.declaredOn AS on
			""";

	private static final String POOLS = """
			MATCH (p)-[:MEMBER_OF]->(pool:Pool)
			WHERE NOT coalesce(pool.candidate, false)
			RETURN id(p) AS node, null AS on
			""";

	private static final String LICENSORS = """
			MATCH (o:Organization)-[l:LICENSED_TO]->(:Organization)
			RETURN o.id AS owner, collect(l.on) AS deals
			""";

	private static final String LICENSOR_PATENTS = """
			UNWIND $owners AS id
			MATCH (:Organization {id: id})-[h:OWNS]->(p)
			WHERE h.to IS NULL
			RETURN id AS owner, id(p) AS node
			""";

	// the scoped reads of an increment: the changed patents and those they cite, then
	// every member of their families, each phase restricted to these nodes ($nodes)
	private static final String AROUND = """
			UNWIND $nodes AS n
			MATCH (p:Patent) WHERE id(p) = n
			OPTIONAL MATCH (p)-[:CITES]->(cited:Patent)
			WITH collect(p) + collect(cited) AS around
			UNWIND around AS p
			WITH DISTINCT p
			WHERE NOT coalesce(p.stub, false)
			RETURN id(p) AS node, p.familyId AS family
			""";

	private static final String FAMILIES = """
			UNWIND $families AS family
			MATCH (p:Patent {familyId: family})
			WHERE NOT coalesce(p.stub, false)
			RETURN id(p) AS node
			""";

	private static final String SCOPED_PATENTS = """
			UNWIND $nodes AS n
			MATCH (p:Patent) WHERE id(p) = n AND NOT coalesce(p.stub, false)
			RETURN id(p) AS node, p.number AS number, p.familyId AS family, p.jurisdiction AS jurisdiction,
			       coalesce(p.grantDate, p.publicationDate, p.filingDate) AS born, p.type AS type,
			       p.filingDate AS filing, p.grantDate AS grant, p.expiry AS expiry, p.claims AS claims
			ORDER BY node
			""";

	private static final String SCOPED_CLASSIFICATIONS = """
			UNWIND $nodes AS n
			MATCH (p)-[c:CLASSIFIED_AS]->(t) WHERE id(p) = n
			RETURN id(p) AS node, t.symbol AS symbol, coalesce(c.first, false) AS first
			ORDER BY id(c)
			""";

	// the citing patent's date as ValueData dates a citation: its grant, publication or
	// filing date when it is a described patent, else none
	private static final String SCOPED_CITATIONS = """
			UNWIND $nodes AS n
			MATCH (q)-[:CITES]->(p) WHERE id(p) = n
			RETURN id(p) AS node,
			       CASE WHEN q:Patent AND NOT coalesce(q.stub, false)
			            THEN coalesce(q.grantDate, q.publicationDate, q.filingDate) END AS on
			""";

	private static final String SCOPED_ASSIGNED_AWAY = """
			UNWIND $nodes AS n
			MATCH ()-[o:OWNS]->(p) WHERE id(p) = n AND o.to IS NOT NULL
			RETURN id(p) AS node, o.to AS on
			""";

	private static final String SCOPED_CASES = """
			UNWIND $nodes AS n
			MATCH (p)-[:ASSERTED_IN]->(c:LitigationCase) WHERE id(p) = n
			RETURN id(p) AS node, coalesce(c.caseType, 'civil') IN $ptab AS ptab, c.filedOn AS on
			""";

	private static final String SCOPED_DECLARATIONS = """
			UNWIND $nodes AS n
			MATCH (p)-[d:DECLARED_ESSENTIAL_TO]->(:Standard) WHERE id(p) = n
			RETURN id(p) AS node, d.declaredOn AS on
			""";

	private static final String SCOPED_POOLS = """
			UNWIND $nodes AS n
			MATCH (p)-[:MEMBER_OF]->(pool:Pool) WHERE id(p) = n AND NOT coalesce(pool.candidate, false)
			RETURN id(p) AS node, null AS on
			""";

	// a licence event per dated deal of each current owner, as LICENSORS and
	// LICENSOR_PATENTS give them (collect() drops a deal without a date)
	private static final String SCOPED_LICENCES = """
			UNWIND $nodes AS n
			MATCH (o:Organization)-[h:OWNS]->(p) WHERE id(p) = n AND h.to IS NULL
			MATCH (o)-[l:LICENSED_TO]->(:Organization)
			WHERE l.on IS NOT NULL
			RETURN id(p) AS node, l.on AS on
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
		scan(PATENTS, Map.of(), r -> graph.patent(
				r.get("node").asLong(), r.get("number").asString(), r.get("family").asString(null),
				r.get("jurisdiction").asString(null), date(r.get("born")), PatentTerm.expiry(date(r.get("expiry")),
						r.get("type").asString(null), date(r.get("filing")), date(r.get("grant"))),
				Claims.count(r.get("claims").asString(null))));
		graph.patentsRead();
		start = lap(graph, "patents", start);
		try (ExecutorService side = Executors.newVirtualThreadPerTaskExecutor()) {
			read(graph, side);
		}
		return graph;
	}

	/**
	 * What valuation reads about the patents an ingest may have changed, for an
	 * increment: the changed patents, the patents they cite (their forward citations
	 * grew) and every member of all these patents' families (family sizes and offices),
	 * each with all its events, as {@link #read()} reads them for every patent.
	 * @param changed the graph nodes of the changed patents
	 */
	Around readAround(java.util.Collection<Long> changed) {
		java.util.Set<Long> nodes = new java.util.TreeSet<>();
		java.util.Set<String> families = new java.util.TreeSet<>();
		List<Long> seeds = List.copyOf(changed);
		for (int from = 0; from < seeds.size(); from += 1000) {
			scan(AROUND, Map.of("nodes", seeds.subList(from, Math.min(seeds.size(), from + 1000))), r -> {
				nodes.add(r.get("node").asLong());
				if (!r.get("family").isNull()) {
					families.add(r.get("family").asString());
				}
			});
		}
		List<String> familyList = List.copyOf(families);
		for (int from = 0; from < familyList.size(); from += 1000) {
			scan(FAMILIES, Map.of("families", familyList.subList(from, Math.min(familyList.size(), from + 1000))),
					r -> nodes.add(r.get("node").asLong()));
		}
		List<Long> scope = List.copyOf(nodes);
		ValueData graph = new ValueData();
		java.util.Set<String> numbers = new java.util.HashSet<>();
		scoped(SCOPED_PATENTS, scope, Map.of(), r -> {
			numbers.add(r.get("number").asString());
			graph.patent(r.get("node").asLong(), r.get("number").asString(), r.get("family").asString(null),
					r.get("jurisdiction").asString(null), date(r.get("born")), PatentTerm.expiry(date(r.get("expiry")),
							r.get("type").asString(null), date(r.get("filing")), date(r.get("grant"))),
					Claims.count(r.get("claims").asString(null)));
		});
		graph.patentsRead();
		scoped(SCOPED_CLASSIFICATIONS, scope, Map.of(), r -> graph.classification(r.get("node").asLong(),
				r.get("symbol").asString(null), r.get("first").asBoolean()));
		scoped(SCOPED_CITATIONS, scope, Map.of(),
				r -> graph.event(r.get("node").asLong(), ValueData.Kind.CITATION, date(r.get("on"))));
		scoped(SCOPED_ASSIGNED_AWAY, scope, Map.of(),
				r -> graph.event(r.get("node").asLong(), ValueData.Kind.REASSIGNMENT, date(r.get("on"))));
		scoped(SCOPED_CASES, scope, Map.of("ptab", PTAB_TYPES), r -> graph.event(r.get("node").asLong(),
				r.get("ptab").asBoolean() ? ValueData.Kind.PTAB : ValueData.Kind.CASE, date(r.get("on"))));
		scoped(SCOPED_DECLARATIONS, scope, Map.of(),
				r -> graph.event(r.get("node").asLong(), ValueData.Kind.DECLARATION, date(r.get("on"))));
		scoped(SCOPED_POOLS, scope, Map.of(), r -> graph.event(r.get("node").asLong(), ValueData.Kind.LICENCE, null));
		scoped(SCOPED_LICENCES, scope, Map.of(),
				r -> graph.event(r.get("node").asLong(), ValueData.Kind.LICENCE, date(r.get("on"))));
		return new Around(graph, numbers);
	}

	/**
	 * The patents read around a change.
	 *
	 * @param data what valuation reads about them
	 * @param numbers their numbers
	 */
	record Around(ValueData data, java.util.Set<String> numbers) {
	}

	// one scoped query per 1,000 nodes
	private void scoped(String query, List<Long> nodes, Map<String, Object> parameters, Consumer<Record> consumer) {
		for (int from = 0; from < nodes.size(); from += 1000) {
			Map<String, Object> bound = new HashMap<>(parameters);
			bound.put("nodes", nodes.subList(from, Math.min(nodes.size(), from + 1000)));
			scan(query, bound, consumer);
		}
	}

	private void read(ValueData graph, ExecutorService side) {
		long start = System.nanoTime();
		// the other reads name patents by node and fill columns of their own: side by
		// side
		// in the builder's read scope, so behind a neo4j:// URI these go to secondaries
		// too
		CompletableFuture<Void> classifications = CompletableFuture.runAsync(GraphAccess.carrying(() -> {
			Map<Long, String> symbols = new HashMap<>();
			scan(TECHNOLOGIES, Map.of(), r -> symbols.put(r.get("node").asLong(), r.get("symbol").asString(null)));
			scan(CLASSIFICATIONS, Map.of(), r -> graph.classification(r.get("node").asLong(),
					symbols.get(r.get("technology").asLong()), r.get("first").asBoolean()));
		}), side);
		CompletableFuture<Void> citations = CompletableFuture.runAsync(GraphAccess.carrying(
				() -> scan(CITATIONS, Map.of(), r -> graph.citation(r.get("citing").asLong(), r.get("node").asLong()))),
				side);
		events(ASSIGNED_AWAY, Map.of(), graph, ValueData.Kind.REASSIGNMENT, null);
		events(CASES, Map.of("ptab", PTAB_TYPES), graph, ValueData.Kind.CASE, ValueData.Kind.PTAB);
		events(DECLARATIONS, Map.of(), graph, ValueData.Kind.DECLARATION, null);
		events(POOLS, Map.of(), graph, ValueData.Kind.LICENCE, null);
		Map<String, List<LocalDate>> deals = new HashMap<>();
		scan(LICENSORS, Map.of(),
				r -> deals.put(r.get("owner").asString(), r.get("deals").asList(ValueGraphReader::date)));
		List<String> owners = new ArrayList<>(deals.keySet());
		for (int from = 0; from < owners.size(); from += 1000) {
			scan(LICENSOR_PATENTS, Map.of("owners", owners.subList(from, Math.min(owners.size(), from + 1000))), r -> {
				long node = r.get("node").asLong();
				deals.get(r.get("owner").asString()).forEach(on -> graph.event(node, ValueData.Kind.LICENCE, on));
			});
		}
		start = lap(graph, "events", start);
		CompletableFuture.allOf(classifications, citations).join();
		lap(graph, "classifications and citations", start);
	}

	private static long lap(ValueData graph, String what, long start) {
		long now = System.nanoTime();
		graph.timings.put(what, Math.round((now - start) / 1e6) / 1000.0);
		return now;
	}

	private void events(String query, Map<String, Object> parameters, ValueData graph, ValueData.Kind kind,
			ValueData.Kind flagged) {
		scan(query, parameters, r -> {
			boolean flag = flagged != null && r.get("ptab").asBoolean();
			graph.event(r.get("node").asLong(), flag ? flagged : kind, date(r.get("on")));
		});
	}

	// streams the records of one query into a consumer
	private void scan(String query, Map<String, Object> parameters, Consumer<Record> consumer) {
		this.neo4j.query(query).bindAll(parameters).fetchAs(Boolean.class).mappedBy((t, r) -> {
			consumer.accept(r);
			return Boolean.TRUE;
		}).all();
	}

	private static LocalDate date(Value value) {
		return value.isNull() ? null : value.asLocalDate();
	}

}
