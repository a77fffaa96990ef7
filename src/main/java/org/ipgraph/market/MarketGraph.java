package org.ipgraph.market;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads and writes offers, demands and their matches. Every value is a parameter; the
 * only composed Cypher joins fixed fragments.
 */
@Component
class MarketGraph {

	static final String SOURCE = "market";

	/**
	 * Creates a node once (by key), links it to its organization and, when new, to the
	 * nodes its list names; says whether it was new. Composed from the fixed fragments
	 * below only.
	 */
	private static String save(String node, String status, String link, String children) {
		return """
				OPTIONAL MATCH (existing:%1$s {id: $id})
				WITH existing IS NULL AS created
				MERGE (n:%1$s {id: $id})
				ON CREATE SET n += $properties, n.status = '%2$s', n.createdAt = datetime()
				WITH n, created
				OPTIONAL MATCH (org:Organization {id: n.%3$s})
				FOREACH (x IN CASE WHEN org IS NULL OR NOT created THEN [] ELSE [org] END | MERGE (x)-[:%4$s]->(n))
				WITH n, created
				CALL (n, created) {
				  UNWIND CASE WHEN created THEN n.%5$s ELSE [] END AS key
				  %6$s
				}
				RETURN created
				""".formatted(node, status, link.split(":")[0], link.split(":")[1], children.split(":")[0],
				children.substring(children.indexOf(':') + 1));
	}

	private static final String SAVE_OFFER = save("Offer", "active", "organization:OFFERS",
			"patents:MATCH (p:Patent {number: key}) MERGE (n)-[:INCLUDES]->(p)");

	private static final String SAVE_DEMAND = save("Demand", "open", "requester:REQUESTED",
			"cpc:MATCH (t:Technology {symbol: key}) MERGE (n)-[r:TARGETS]->(t) ON CREATE SET r.source = 'market'")
		.replace("n.createdAt = datetime()", "n.createdAt = datetime(), n.source = 'market'");

	private static final String PATENTS = """
			UNWIND $numbers AS number
			OPTIONAL MATCH (p:Patent {number: number})
			RETURN number, p IS NOT NULL AS found, p.title AS title,
			       [(p)-[:CLASSIFIED_AS]->(t:Technology) | t.symbol] AS codes
			""";

	private static final String ORGANIZATION = """
			OPTIONAL MATCH (byKey:Organization {id: $key})
			RETURN byKey.id AS id, byKey.name AS name
			""";

	private static final String OFFER_FIELDS = """
			RETURN o {.*, organizationName: [(x:Organization)-[:OFFERS]->(o) | x.name][0],
			       status: CASE WHEN o.status = 'active' AND o.validUntil < date() THEN 'expired' ELSE o.status END} AS o
			""";

	private static final String DEMAND_FIELDS = """
			RETURN d {.*, requesterName: [(x:Organization)-[:REQUESTED]->(d) | x.name][0],
			       status: CASE WHEN d.status = 'open' AND d.deadline < date() THEN 'expired' ELSE d.status END} AS d
			""";

	private static final String OFFER = "MATCH (o:Offer {id: $id})\n" + OFFER_FIELDS;

	private static final String DEMAND = "MATCH (d:Demand {id: $id, source: 'market'})\n" + DEMAND_FIELDS;

	private static final String OFFER_FILTER = """
			WHERE ($kind IS NULL OR o.kind = $kind) AND ($organization IS NULL OR o.organization = $organization)
			  AND ($cpc IS NULL OR any(c IN o.cpc WHERE c STARTS WITH $cpc))
			  AND ($status IS NULL OR $status = CASE WHEN o.status = 'active' AND o.validUntil < date() THEN 'expired' ELSE o.status END)
			""";

	private static final String DEMAND_FILTER = """
			WHERE d.source = 'market' AND ($kind IS NULL OR d.kind = $kind)
			  AND ($cpc IS NULL OR any(c IN d.cpc WHERE c STARTS WITH $cpc))
			  AND ($status IS NULL OR $status = CASE WHEN d.status = 'open' AND d.deadline < date() THEN 'expired' ELSE d.status END)
			  AND ($q IS NULL OR NOT d.anonymous OR $privileged OR d.createdBy = $user)
			""";

	private static final String PAGE = "SKIP $skip LIMIT $limit\n";

	private static final String LIST_OFFERS = "MATCH (o:Offer)\n" + OFFER_FILTER
			+ "WITH o ORDER BY o.createdAt DESC, o.id " + PAGE + OFFER_FIELDS;

	private static final String SEARCH_OFFERS = "CALL db.index.fulltext.queryNodes('market_offer_text', $q) YIELD node AS o, score\n"
			+ OFFER_FILTER + "WITH o ORDER BY score DESC, o.id " + PAGE + OFFER_FIELDS;

	private static final String LIST_DEMANDS = "MATCH (d:Demand)\n" + DEMAND_FILTER
			+ "WITH d ORDER BY d.createdAt DESC, d.id " + PAGE + DEMAND_FIELDS;

	private static final String SEARCH_DEMANDS = "CALL db.index.fulltext.queryNodes('market_demand_text', $q) YIELD node AS d, score\n"
			+ DEMAND_FILTER + "WITH d ORDER BY score DESC, d.id " + PAGE + DEMAND_FIELDS;

	// What matching reads of the other side: the keys of the open items of the kinds that
	// fit
	// (an item's facts never change once stored: MarketCache keeps them), then only what
	// it
	// scores and signals of those it does not keep
	private static final String OPEN_DEMANDS = """
			MATCH (d:Demand {source: 'market', status: 'open'})
			WHERE (d.deadline IS NULL OR d.deadline >= date()) AND d.kind IN $kinds
			RETURN d.id AS id, d.createdAt AS version
			""";

	private static final String ACTIVE_OFFERS = """
			MATCH (o:Offer {status: 'active'})
			WHERE (o.validUntil IS NULL OR o.validUntil >= date()) AND o.kind IN $kinds
			RETURN o.id AS id, o.createdAt AS version
			""";

	private static final String DEMAND_FACTS = """
			UNWIND $ids AS id
			MATCH (d:Demand {id: id})
			RETURN d {.id, .kind, .requester, .anonymous, .cpc, .text, .keywords, .budget, .currency, .deadline} AS d
			""";

	private static final String OFFER_FACTS = """
			UNWIND $ids AS id
			MATCH (o:Offer {id: id})
			RETURN o {.id, .kind, .organization, .cpc, .text, .price, .currency, .validUntil} AS o
			""";

	private static final String SAVE_MATCHES = """
			UNWIND $matches AS m
			MATCH (d:Demand {id: m.demand}), (o:Offer {id: m.offer})
			MERGE (d)-[r:MATCHES]->(o)
			SET r += m.properties, r.matchedAt = datetime()
			""";

	private static final String SAVE_SIGNALS = """
			UNWIND $signals AS s
			MATCH (a:Organization {id: s.requester}), (b:Organization {id: s.organization})
			WHERE a <> b
			MERGE (a)-[w:WANTS_TO_DEAL]->(b)
			ON CREATE SET w.on = date(), w.source = 'market'
			SET w.score = CASE WHEN w.score IS NULL OR s.score > w.score THEN s.score ELSE w.score END,
			    w.offers = CASE WHEN s.offer IN coalesce(w.offers, []) THEN w.offers ELSE coalesce(w.offers, []) + s.offer END,
			    w.demands = CASE WHEN s.demand IN coalesce(w.demands, []) THEN w.demands ELSE coalesce(w.demands, []) + s.demand END
			""";

	private static final String DEMAND_MATCHES = """
			MATCH (d:Demand {id: $id})-[r:MATCHES]->(o:Offer)
			WITH d, r, o ORDER BY r.score DESC, o.id SKIP $skip LIMIT $limit
			RETURN r {.*} AS r, d {.*} AS d, o {.*, organizationName: [(x:Organization)-[:OFFERS]->(o) | x.name][0],
			       status: CASE WHEN o.status = 'active' AND o.validUntil < date() THEN 'expired' ELSE o.status END} AS o
			""";

	private static final String OFFER_MATCHES = """
			MATCH (d:Demand)-[r:MATCHES]->(o:Offer {id: $id})
			WITH d, r, o ORDER BY r.score DESC, d.id SKIP $skip LIMIT $limit
			RETURN r {.*} AS r, o {.*} AS o, d {.*, requesterName: [(x:Organization)-[:REQUESTED]->(d) | x.name][0],
			       status: CASE WHEN d.status = 'open' AND d.deadline < date() THEN 'expired' ELSE d.status END} AS d
			""";

	private static final String SET_STATUS = """
			WHERE n.status = $from
			SET n.status = $to, n.statusChangedAt = datetime(), n.statusChangedBy = $user
			RETURN count(n)
			""";

	private final Neo4jClient neo4j;

	private final TransactionTemplate transactions;

	MarketGraph(Neo4jClient neo4j, PlatformTransactionManager transactions) {
		this.neo4j = neo4j;
		this.transactions = new TransactionTemplate(transactions);
	}

	/**
	 * A patent of an offer as the graph knows it.
	 */
	record PatentFacts(String number, boolean found, String title, List<String> codes) {
	}

	List<PatentFacts> patents(List<String> numbers) {
		return List.copyOf(this.neo4j.query(PATENTS)
			.bind(numbers)
			.to("numbers")
			.fetchAs(PatentFacts.class)
			.mappedBy((t, r) -> new PatentFacts(r.get("number").asString(), r.get("found").asBoolean(),
					r.get("title").asString(null), r.get("codes").asList(v -> v.asString())))
			.all());
	}

	/** An organization's key and name when the graph holds it under this key. */
	Optional<String[]> organization(String key) {
		return this.neo4j.query(ORGANIZATION)
			.bind(key)
			.to("key")
			.fetchAs(String[].class)
			.mappedBy((t, r) -> r.get("id").isNull() ? null
					: new String[] { r.get("id").asString(), r.get("name").asString(null) })
			.one();
	}

	boolean saveOffer(String id, Map<String, Object> properties) {
		return save(SAVE_OFFER, id, properties);
	}

	boolean saveDemand(String id, Map<String, Object> properties) {
		return save(SAVE_DEMAND, id, properties);
	}

	private boolean save(String query, String id, Map<String, Object> properties) {
		return this.neo4j.query(query)
			.bindAll(Map.of("id", id, "properties", properties))
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
	}

	Optional<Map<String, Object>> offer(String id) {
		return one(OFFER, "o", id);
	}

	Optional<Map<String, Object>> demand(String id) {
		return one(DEMAND, "d", id);
	}

	@SuppressWarnings("unchecked")
	private Optional<Map<String, Object>> one(String query, String column, String id) {
		return this.neo4j.query(query)
			.bind(id)
			.to("id")
			.fetch()
			.one()
			.map(row -> (Map<String, Object>) row.get(column));
	}

	List<Map<String, Object>> offers(Map<String, Object> filters) {
		return rows(filters.get("q") == null ? LIST_OFFERS : SEARCH_OFFERS, "o", filters);
	}

	List<Map<String, Object>> demands(Map<String, Object> filters) {
		return rows(filters.get("q") == null ? LIST_DEMANDS : SEARCH_DEMANDS, "d", filters);
	}

	/**
	 * The open demands of these kinds, with what matching needs of them (kept ones from
	 * the cache).
	 */
	List<Map<String, Object>> openDemands(List<String> kinds, MarketCache cache) {
		return kinds.isEmpty() ? List.of()
				: cache.rows("d", keys(OPEN_DEMANDS, kinds), ids -> rows(DEMAND_FACTS, "d", Map.of("ids", ids)));
	}

	/**
	 * The active offers of these kinds, with what matching needs of them (kept ones from
	 * the cache).
	 */
	List<Map<String, Object>> activeOffers(List<String> kinds, MarketCache cache) {
		return kinds.isEmpty() ? List.of()
				: cache.rows("o", keys(ACTIVE_OFFERS, kinds), ids -> rows(OFFER_FACTS, "o", Map.of("ids", ids)));
	}

	private List<Map<String, Object>> keys(String query, List<String> kinds) {
		return List.copyOf(this.neo4j.query(query).bind(kinds).to("kinds").fetch().all());
	}

	/**
	 * Runs the work in one transaction (one commit for an item, its matches and its
	 * signals), or in the caller's.
	 */
	<T> T inTransaction(Supplier<T> work) {
		return this.transactions.execute(status -> work.get());
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> rows(String query, String column, Map<String, Object> parameters) {
		return this.neo4j.query(query)
			.bindAll(parameters)
			.fetch()
			.all()
			.stream()
			.map(row -> (Map<String, Object>) row.get(column))
			.toList();
	}

	void saveMatches(List<Map<String, Object>> matches, List<Map<String, Object>> signals) {
		if (!matches.isEmpty()) {
			this.neo4j.query(SAVE_MATCHES).bind(matches).to("matches").run();
		}
		if (!signals.isEmpty()) {
			this.neo4j.query(SAVE_SIGNALS).bind(signals).to("signals").run();
		}
	}

	List<Map<String, Object>> demandMatches(String id, long skip, int limit) {
		return matches(DEMAND_MATCHES, id, skip, limit);
	}

	List<Map<String, Object>> offerMatches(String id, long skip, int limit) {
		return matches(OFFER_MATCHES, id, skip, limit);
	}

	private List<Map<String, Object>> matches(String query, String id, long skip, int limit) {
		return List
			.copyOf(this.neo4j.query(query).bindAll(Map.of("id", id, "skip", skip, "limit", limit)).fetch().all());
	}

	/**
	 * Moves an offer or demand from one status to another; false when it was not in the
	 * first.
	 */
	boolean status(boolean offer, String id, String from, String to, String user) {
		return this.neo4j.query((offer ? "MATCH (n:Offer {id: $id})\n" : "MATCH (n:Demand {id: $id})\n") + SET_STATUS)
			.bindAll(Map.of("id", id, "from", from, "to", to, "user", user))
			.fetchAs(Long.class)
			.one()
			.orElse(0L) > 0;
	}

	static String text(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof ZonedDateTime z) {
			return z.toOffsetDateTime().toString();
		}
		if (value instanceof TemporalAccessor) {
			return value.toString();
		}
		return value.toString();
	}

	static LocalDate date(Object value) {
		return value instanceof LocalDate d ? d : null;
	}

	static Double number(Object value) {
		return value instanceof Number n ? n.doubleValue() : null;
	}

	@SuppressWarnings("unchecked")
	static List<String> strings(Object value) {
		return value instanceof List<?> list ? List.copyOf((List<String>) list) : List.of();
	}

	static Map<String, Object> parameters(Object... keyValues) {
		Map<String, Object> map = new HashMap<>();
		for (int i = 0; i < keyValues.length; i += 2) {
			map.put((String) keyValues[i], keyValues[i + 1]);
		}
		return map;
	}

}
