package org.ipgraph.pools;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ipgraph.graph.PatentStatus;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The graph reads of a pool search: which patents are in scope for a query, and what the
 * finder needs to know about them.
 */
final class PoolGraphReader {

	private static final int CHUNK = 1000;

	private static final String CPC_SCOPE = """
			MATCH (root:Technology {symbol: $symbol})
			MATCH (t:Technology)-[:PART_OF*0..10]->(root)
			MATCH (p:Patent)-[:CLASSIFIED_AS]->(t)
			WHERE p.stub IS NULL AND """ + PatentStatus.inForceUnless("p", "includeExpired") + """
			WITH DISTINCT p
			RETURN p.number AS number, COUNT { (p)<-[:CITES]-() } AS rank
			ORDER BY rank DESC, number LIMIT $limit
			""";

	private static final String TOPIC_SCOPE = """
			CALL db.index.fulltext.queryNodes('patent_text', $query) YIELD node, score
			WHERE node.stub IS NULL AND """ + PatentStatus.inForceUnless("node", "includeExpired") + """
			RETURN node.number AS number, score AS rank
			ORDER BY rank DESC, number LIMIT $limit
			""";

	// The index's best hits only (Lucene keeps the top $fetch by score), each with
	// whether
	// TOPIC_SCOPE's filter keeps it: see topicScope
	private static final String TOPIC_HITS = """
			CALL db.index.fulltext.queryNodes('patent_text', $query, {limit: $fetch}) YIELD node, score
			RETURN node.number AS number, score AS rank,
			       node.stub IS NULL AND """ + PatentStatus.inForceUnless("node", "includeExpired") + """
			 AS kept
			""";

	/** How many times the best hits are fetched, each time more, before all of them. */
	private static final int TOPIC_ROUNDS = 3;

	private static final String STANDARD = """
			MATCH (s:Standard)
			WHERE s.id = $id OR s.id = '3GPP ' + $id
			RETURN s.id AS id ORDER BY size(s.id), id LIMIT 1
			""";

	private static final String DECLARED = """
			MATCH (p:Patent)-[:DECLARED_ESSENTIAL_TO]->(:Standard {id: $standard})
			WHERE """ + PatentStatus.inForceUnless("p", "includeExpired") + """
			RETURN DISTINCT p.number AS number, 0 AS rank ORDER BY number LIMIT $limit
			""";

	private static final String KNOWN = """
			UNWIND $numbers AS number
			MATCH (p:Patent {number: number})
			RETURN p.number AS number, 0 AS rank,
			""" + "NOT " + PatentStatus.inForce("p") + " AS ended ORDER BY number";

	private static final String CITATION_NEIGHBOURS = """
			UNWIND $seeds AS seed
			MATCH (:Patent {number: seed})-[:CITES]-(q:Patent)
			WHERE q.stub IS NULL AND NOT q.number IN $seeds AND """ + PatentStatus.inForceUnless("q", "includeExpired")
			+ """
					RETURN q.number AS number, count(*) AS rank ORDER BY rank DESC, number LIMIT $limit
					""";

	private static final String CO_DECLARED = """
			UNWIND $seeds AS seed
			MATCH (:Patent {number: seed})-[:DECLARED_ESSENTIAL_TO]->(s:Standard)<-[:DECLARED_ESSENTIAL_TO]-(q:Patent)
			WHERE NOT q.number IN $seeds AND """ + PatentStatus.inForceUnless("q", "includeExpired") + """
			RETURN q.number AS number, count(DISTINCT s) AS rank ORDER BY rank DESC, number LIMIT $limit
			""";

	private static final String SAME_SUBGROUPS = """
			UNWIND $seeds AS seed
			MATCH (:Patent {number: seed})-[:CLASSIFIED_AS]->(t:Technology)
			WITH t, count(*) AS seeds ORDER BY seeds DESC, t.symbol LIMIT 50
			MATCH (t)<-[:CLASSIFIED_AS]-(q:Patent)
			WHERE q.stub IS NULL AND NOT q.number IN $seeds AND """ + PatentStatus.inForceUnless("q", "includeExpired")
			+ """
					RETURN q.number AS number, sum(seeds) AS rank ORDER BY rank DESC, number LIMIT $limit
					""";

	private static final String PATENTS = """
			UNWIND $numbers AS number
			MATCH (p:Patent {number: number})
			RETURN p.number AS number, p.title AS title, p.abstract AS abstract, p.claims AS claims,
			       p.familyId AS familyId, coalesce(p.priorityDate, p.filingDate, p.publicationDate, p.grantDate) AS date,
			       [(p)-[c:CLASSIFIED_AS]->(t:Technology) | {symbol: t.symbol, first: coalesce(c.first, false)}] AS cpc,
			       [(o)-[r:OWNS]->(p) WHERE r.to IS NULL AND (o:Organization OR o:Person) | o.id] AS owners,
			       [(p)-[d:DECLARED_ESSENTIAL_TO]->(s:Standard) | {standard: s.id, declarant: d.declarant}] AS declarations,
			       [(p)-[:CITES]->(q:Patent) | q.number] AS cites, p.value AS value, """
			+ PatentStatus.columns("p", "") + "\n";

	private static final String GROUPS = """
			UNWIND $ids AS id
			CALL (id) {
			  MATCH (o:Organization {id: id}) RETURN o
			  UNION
			  MATCH (o:Person {id: id}) RETURN o
			}
			OPTIONAL MATCH path = (o)-[:SUBSIDIARY_OF*1..10]->(top:Organization)
			WHERE NOT (top)-[:SUBSIDIARY_OF]->()
			WITH o, top, length(path) AS depth ORDER BY depth DESC, top.id
			WITH o, collect(top)[0] AS top
			RETURN o.id AS id, coalesce(o.name, o.id) AS name, coalesce(top.id, o.id) AS group,
			       coalesce(top.name, top.id, o.name, o.id) AS groupName
			""";

	private static final String DECLARANTS = """
			UNWIND $ids AS id
			MATCH (s:Standard {id: id})
			CALL (s) {
			  MATCH (:Patent)-[d:DECLARED_ESSENTIAL_TO]->(s) WHERE d.declarant IS NOT NULL RETURN DISTINCT d.declarant AS org
			  UNION
			  MATCH (o:Organization)-[:DECLARED]->(s) RETURN o.id AS org
			  UNION
			  MATCH (o)-[r:OWNS]->(:Patent)-[:DECLARED_ESSENTIAL_TO]->(s) WHERE r.to IS NULL RETURN o.id AS org
			}
			RETURN s.id AS standard, collect(DISTINCT org) AS organizations
			""";

	private static final String STANDARD_TITLES = """
			UNWIND $ids AS id
			MATCH (s:Standard {id: id})
			RETURN s.id AS id, coalesce(s.title, s.id) AS title
			""";

	private final Neo4jClient neo4j;

	private final boolean includeExpired;

	private final EmbeddedCpcScope embedded;

	/**
	 * A reader of every patent, whatever its status (saved pools name their members).
	 */
	PoolGraphReader(Neo4jClient neo4j) {
		this(neo4j, true);
	}

	/**
	 * @param includeExpired whether scopes take in patents that have ended; else only
	 * those in force, pending or of unknown status ({@link PatentStatus#inForce})
	 */
	PoolGraphReader(Neo4jClient neo4j, boolean includeExpired) {
		this(neo4j, includeExpired, null);
	}

	/**
	 * @param embedded the CPC scope through the Java API of the database {@code neo4j}
	 * reaches, when this process runs it; null to read it with Cypher
	 */
	PoolGraphReader(Neo4jClient neo4j, boolean includeExpired, EmbeddedCpcScope embedded) {
		this.neo4j = neo4j;
		this.includeExpired = includeExpired;
		this.embedded = embedded;
	}

	Optional<String> standard(String text) {
		String id = text.strip().replaceAll("\\s+", " ").toUpperCase(java.util.Locale.ROOT);
		return this.neo4j.query(STANDARD).bindAll(Map.of("id", id)).fetchAs(String.class).one();
	}

	/**
	 * The most cited patents of a CPC symbol and below it: through the Java API when the
	 * database runs in this process ({@link EmbeddedCpcScope}, the same answer), else
	 * with Cypher.
	 */
	List<String> cpcScope(String symbol, int limit) {
		if (this.embedded != null) {
			return this.embedded.cpcScope(symbol, this.includeExpired, limit);
		}
		return cypherCpcScope(symbol, limit);
	}

	List<String> cypherCpcScope(String symbol, int limit) {
		return numbers(CPC_SCOPE, Map.of("symbol", symbol, "limit", limit));
	}

	/**
	 * The best full-text hits kept by the scope's filter, best first, ties by number: the
	 * answer of {@code TOPIC_SCOPE}. A common word matches a large part of the store, and
	 * that query reads every hit; this one asks the index for the best few first (twice
	 * the limit, then eight times, ...) and takes them when they decide the answer
	 * ({@link #bestHits}), else runs that query.
	 */
	List<String> topicScope(String query, int limit) {
		long fetch = Math.max(2L * limit, 100);
		for (int round = 0; round < TOPIC_ROUNDS && fetch <= Integer.MAX_VALUE; round++, fetch *= 4) {
			Map<String, Object> parameters = new HashMap<>();
			parameters.put("query", query);
			parameters.put("fetch", fetch);
			parameters.put("includeExpired", this.includeExpired);
			List<Hit> hits = this.neo4j.query(TOPIC_HITS)
				.bindAll(parameters)
				.fetch()
				.all()
				.stream()
				.map(r -> new Hit((String) r.get("number"), ((Number) r.get("rank")).doubleValue(),
						Boolean.TRUE.equals(r.get("kept"))))
				.toList();
			List<String> best = bestHits(hits, hits.size() < fetch, limit);
			if (best != null) {
				return best;
			}
		}
		return cypherTopicScope(query, limit);
	}

	List<String> cypherTopicScope(String query, int limit) {
		return numbers(TOPIC_SCOPE, Map.of("query", query, "limit", limit));
	}

	/**
	 * One full-text hit: its number, its score, and whether the scope's filter keeps it.
	 */
	record Hit(String number, double score, boolean kept) {
	}

	/**
	 * The first {@code limit} kept hits by score (descending) and number, when the hits
	 * decide them: when they are every hit of the query ({@code complete}), or when the
	 * last of them scores above the lowest hit (the index returned its best hits, so any
	 * other scores no higher than that and comes after them). Else null: more hits are
	 * needed.
	 */
	static List<String> bestHits(List<Hit> hits, boolean complete, int limit) {
		if (limit <= 0) {
			return List.of();
		}
		List<Hit> kept = hits.stream()
			.filter(Hit::kept)
			.sorted(Comparator.comparingDouble(Hit::score)
				.reversed()
				.thenComparing(Hit::number, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
		if (!complete) {
			double lowest = hits.stream().mapToDouble(Hit::score).min().orElse(Double.NEGATIVE_INFINITY);
			if (kept.size() < limit || kept.get(limit - 1).score() <= lowest) {
				return null;
			}
		}
		return kept.subList(0, Math.min(limit, kept.size())).stream().map(Hit::number).toList();
	}

	List<String> declared(String standard, int limit) {
		return numbers(DECLARED, Map.of("standard", standard, "limit", limit));
	}

	/**
	 * The numbers the graph knows, whatever their status.
	 */
	List<String> known(Collection<String> numbers) {
		return numbers(KNOWN, Map.of("numbers", List.copyOf(numbers)));
	}

	/**
	 * Of these numbers, those of patents that have ended (expired, lapsed, withdrawn).
	 */
	List<String> ended(Collection<String> numbers) {
		return this.neo4j.query(KNOWN)
			.bindAll(Map.of("numbers", List.copyOf(numbers)))
			.fetch()
			.all()
			.stream()
			.filter(r -> Boolean.TRUE.equals(r.get("ended")))
			.map(r -> (String) r.get("number"))
			.toList();
	}

	/**
	 * Seeds, then patents citing or cited by them, declared to the same standards, and in
	 * the same CPC subgroups, up to the limit.
	 */
	List<String> neighbourhood(List<String> seeds, int limit) {
		Set<String> scope = new LinkedHashSet<>(seeds.subList(0, Math.min(limit, seeds.size())));
		for (String cypher : List.of(CITATION_NEIGHBOURS, CO_DECLARED, SAME_SUBGROUPS)) {
			if (scope.size() >= limit) {
				break;
			}
			scope.addAll(numbers(cypher, Map.of("seeds", seeds, "limit", limit - scope.size())));
		}
		return List.copyOf(scope).subList(0, Math.min(limit, scope.size()));
	}

	List<Map<String, Object>> patents(List<String> numbers) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < numbers.size(); i += CHUNK) {
			rows.addAll(this.neo4j.query(PATENTS)
				.bindAll(Map.of("numbers", numbers.subList(i, Math.min(numbers.size(), i + CHUNK))))
				.fetch()
				.all());
		}
		return rows;
	}

	/**
	 * Owners by id with the top of their corporate trees (the deepest top; ties by id).
	 */
	Map<String, ScopePatent.Owner> owners(Collection<String> ids) {
		Map<String, ScopePatent.Owner> owners = new HashMap<>();
		List<String> all = ids.stream().distinct().sorted().toList();
		for (int i = 0; i < all.size(); i += CHUNK) {
			this.neo4j.query(GROUPS)
				.bindAll(Map.of("ids", all.subList(i, Math.min(all.size(), i + CHUNK))))
				.fetch()
				.all()
				.forEach(r -> owners.put((String) r.get("id"), new ScopePatent.Owner((String) r.get("id"),
						(String) r.get("name"), (String) r.get("group"), (String) r.get("groupName"))));
		}
		return owners;
	}

	/**
	 * Every organization that declared to each standard, in the whole graph: declarants
	 * of declared patents, DECLARED statements, and current owners of declared patents.
	 */
	Map<String, List<String>> declarants(Collection<String> standards) {
		Map<String, List<String>> declarants = new HashMap<>();
		this.neo4j.query(DECLARANTS)
			.bindAll(Map.of("ids", List.copyOf(standards)))
			.fetch()
			.all()
			.forEach(r -> declarants.put((String) r.get("standard"),
					((List<?>) r.get("organizations")).stream().map(String.class::cast).sorted().toList()));
		return declarants;
	}

	Map<String, String> standardTitles(Collection<String> ids) {
		Map<String, String> titles = new HashMap<>();
		this.neo4j.query(STANDARD_TITLES)
			.bindAll(Map.of("ids", List.copyOf(ids)))
			.fetch()
			.all()
			.forEach(r -> titles.put((String) r.get("id"), (String) r.get("title")));
		return titles;
	}

	private List<String> numbers(String cypher, Map<String, Object> parameters) {
		Map<String, Object> all = new HashMap<>(parameters);
		all.put("includeExpired", this.includeExpired);
		return this.neo4j.query(cypher).bindAll(all).fetch().all().stream().map(r -> (String) r.get("number")).toList();
	}

	static LocalDate date(Object value) {
		return value instanceof LocalDate d ? d : null;
	}

	static Comparator<Map<String, Object>> cpcOrder() {
		return Comparator.<Map<String, Object>, Boolean>comparing(c -> !Boolean.TRUE.equals(c.get("first")))
			.thenComparing(c -> (String) c.get("symbol"));
	}

}
