package org.ipgraph.pools;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.ipgraph.db.EmbeddedNeo4j;
import org.ipgraph.db.GdsConnection;
import org.ipgraph.db.GraphConnection;
import org.ipgraph.graph.CpcSymbol;
import org.ipgraph.graph.FullText;
import org.ipgraph.graph.HiddenPersons;
import org.ipgraph.graph.PatentNumber;
import org.ipgraph.security.Callers;
import org.ipgraph.web.NotFoundException;
import org.ipgraph.web.PageRequest;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Pool candidates for a technology, a standard or seed patents: reads the scope from the
 * graph, sets substitutes apart and builds the weighted graph
 * ({@link PoolCandidateFinder}), runs GDS community detection on it
 * ({@link CommunityDetection}), and assembles and ranks candidates.
 */
@Service
public class PoolService {

	private static final Log logger = LogFactory.getLog(PoolService.class);

	private final Neo4jClient neo4j;

	private final PoolProperties properties;

	private final HiddenPersons persons;

	private final Driver gds;

	// The database this process runs, which neo4j reaches, or null (another server, an
	// evaluation's scratch graph): the CPC scope is then read with Cypher
	private final EmbeddedNeo4j embedded;

	// The CPC scope through the Java API, made at the first search
	private volatile EmbeddedCpcScope cpcScope;

	@Autowired
	PoolService(Neo4jClient neo4j, PoolProperties properties, HiddenPersons persons, GdsConnection gds,
			GraphConnection connection) {
		this(neo4j, properties, persons, gds.driver(), connection.embedded().orElse(null));
	}

	private PoolService(Neo4jClient neo4j, PoolProperties properties, HiddenPersons persons, Driver gds,
			EmbeddedNeo4j embedded) {
		this.neo4j = neo4j;
		this.properties = properties;
		this.persons = persons;
		this.gds = gds;
		this.embedded = embedded;
	}

	/**
	 * The same service reading another database, e.g. an evaluation's scratch graph, and
	 * running GDS on it.
	 */
	public PoolService on(Neo4jClient other, Driver otherDriver) {
		return new PoolService(other, this.properties, this.persons, otherDriver, null);
	}

	public PoolParameters parameters() {
		return this.properties.parameters();
	}

	/**
	 * Candidates as the caller may see them: individual owners who did not consent to
	 * publication are withheld from callers who may not see hidden people.
	 */
	public PoolResults find(PoolQuery query, PageRequest page) {
		PoolResults results = find(query, page, parameters());
		return Callers.seesHiddenPersons() ? results : Withheld.people(results, this.persons);
	}

	public PoolResults find(PoolQuery query, PageRequest page, PoolParameters parameters) {
		return find(query, page, parameters, this.properties.maxScope(), PoolProgress.NONE);
	}

	/**
	 * Candidates of a larger scope, as a background job runs them: every candidate, with
	 * the phases reported as they start; hidden people withheld unless
	 * {@code seesHidden}.
	 */
	PoolResults findAll(PoolQuery query, int maxScope, boolean seesHidden, PoolProgress progress) {
		PoolResults results = find(query, PageRequest.of(0, Integer.MAX_VALUE), parameters(), maxScope, progress);
		return seesHidden ? results : Withheld.people(results, this.persons);
	}

	private PoolResults find(PoolQuery query, PageRequest page, PoolParameters parameters, int maxScope,
			PoolProgress progress) {
		List<String> notes = new ArrayList<>();
		long start = System.nanoTime();
		progress.phase(PoolProgress.Phase.SCOPE);
		PoolData data = load(query, notes, maxScope);
		logger.debug(String.format("pools %s: scope of %d patents read in %d ms", query.describe(),
				data.patents().size(), millis(start)));
		return search(query, data, notes, page, parameters, progress);
	}

	/**
	 * Candidates in an already loaded scope (the evaluation compares variants on one
	 * scope).
	 */
	public PoolResults search(PoolQuery query, PoolData data, List<String> notes, PageRequest page,
			PoolParameters parameters) {
		return search(query, data, notes, page, parameters, PoolProgress.NONE);
	}

	private PoolResults search(PoolQuery query, PoolData data, List<String> notes, PageRequest page,
			PoolParameters parameters, PoolProgress progress) {
		PoolCandidateFinder finder = new PoolCandidateFinder(parameters);
		long start = System.nanoTime();
		progress.phase(PoolProgress.Phase.GRAPH);
		PoolCandidateFinder.Prepared prepared = finder.prepare(data);
		long prepare = millis(start);
		progress.phase(PoolProgress.Phase.COMMUNITIES);
		int[] communities = new CommunityDetection(this.gds).detect(prepared.graph(), parameters);
		long detect = millis(start);
		progress.phase(PoolProgress.Phase.ASSEMBLY);
		List<PoolCandidate> candidates = finder.assemble(prepared, communities, query.minOwners());
		logger.debug(String.format("pools %s: substitutes and graph %d ms, communities %d ms, assembly %d ms",
				query.describe(), prepare, detect - prepare, millis(start) - detect));
		long distinct = java.util.Arrays.stream(communities, 0, prepared.graph().patents())
			.filter(c -> c >= 0)
			.distinct()
			.count();
		List<String> allNotes = new ArrayList<>(notes);
		if (candidates.isEmpty() && !data.patents().isEmpty()) {
			allNotes.add("no cluster has members of " + query.minOwners() + " independent owner groups");
		}
		PoolResults.Scope summary = new PoolResults.Scope(data.patents().size(), data.seeds().size(),
				prepared.substitutes().reasons().size(), prepared.graph().edges(), (int) distinct,
				parameters.describe(), query.includeExpired(),
				(int) data.patents().stream().filter(p -> p.legal().expired()).count(), List.copyOf(allNotes));
		return page(new PoolResults(query.describe(), summary, List.copyOf(candidates), 0, candidates.size(),
				candidates.size(), false), page);
	}

	/**
	 * One page of results that hold every candidate.
	 */
	static PoolResults page(PoolResults all, PageRequest page) {
		List<PoolCandidate> candidates = all.items();
		int from = (int) Math.min(candidates.size(), page.skip());
		int to = (int) Math.min(candidates.size(), (long) from + page.size());
		return new PoolResults(all.query(), all.scope(), List.copyOf(candidates.subList(from, to)), page.page(),
				page.size(), candidates.size(), to < candidates.size());
	}

	/**
	 * The query's scope with everything the finder needs.
	 */
	public PoolData load(PoolQuery query, List<String> notes) {
		return load(query, notes, this.properties.maxScope());
	}

	private PoolData load(PoolQuery query, List<String> notes, int maxScope) {
		PoolGraphReader reader = new PoolGraphReader(this.neo4j, query.includeExpired(), embeddedCpcScope());
		long start = System.nanoTime();
		ScopeRequest scope = scope(query, reader, notes, maxScope);
		logger.debug(String.format("pools %s: %d patent numbers in scope in %d ms", query.describe(),
				scope.numbers().size(), millis(start)));
		return PoolDataLoader.load(reader, scope.numbers(), scope.seeds(), scope.standard());
	}

	private EmbeddedCpcScope embeddedCpcScope() {
		if (this.embedded == null) {
			return null;
		}
		if (this.cpcScope == null) {
			synchronized (this) {
				if (this.cpcScope == null) {
					this.cpcScope = new EmbeddedCpcScope(this.embedded.database());
				}
			}
		}
		return this.cpcScope;
	}

	private ScopeRequest scope(PoolQuery query, PoolGraphReader reader, List<String> notes, int max) {
		return switch (query.kind()) {
			case CPC -> {
				CpcSymbol symbol = CpcSymbol.parse(query.value())
					.orElseThrow(() -> new IllegalArgumentException("not a CPC symbol: " + query.value()));
				List<String> numbers = capped(reader.cpcScope(symbol.symbol(), max + 1), max, notes,
						"patents classified in " + symbol.symbol() + " (most cited first)");
				if (numbers.isEmpty()) {
					notes.add("no patents classified in " + symbol.symbol());
				}
				yield new ScopeRequest(numbers, Set.of(), null);
			}
			case TOPIC -> {
				// a job's larger scope takes as many full-text hits
				int limit = max > this.properties.maxScope() ? max : Math.min(max, this.properties.topicHits());
				List<String> numbers = capped(reader.topicScope(FullText.escape(query.value()), limit + 1), limit,
						notes, "full-text hits (best first)");
				yield new ScopeRequest(numbers, Set.of(), null);
			}
			case STANDARD -> {
				String standard = reader.standard(query.value())
					.orElseThrow(() -> new NotFoundException("Standard", query.value()));
				List<String> seeds = reader.declared(standard, max);
				if (seeds.isEmpty()) {
					notes.add("no patents are declared essential to " + standard);
				}
				yield new ScopeRequest(reader.neighbourhood(seeds, max), Set.copyOf(seeds), standard);
			}
			case PATENTS -> {
				if (query.patents().size() > this.properties.maxSeeds()) {
					throw new IllegalArgumentException("at most " + this.properties.maxSeeds()
							+ " seed patents (ipgraph.pools.max-seeds); " + query.patents().size() + " were given");
				}
				Set<String> keys = new LinkedHashSet<>();
				for (String number : query.patents()) {
					keys.add(PatentNumber.parse(number, "US")
						.map(PatentNumber::key)
						.orElseThrow(() -> new IllegalArgumentException("not a patent number: " + number)));
				}
				List<String> known = reader.known(keys);
				if (known.isEmpty()) {
					throw new NotFoundException("Patent", String.join(", ", keys));
				}
				if (known.size() < keys.size()) {
					List<String> unknown = keys.stream().filter(k -> !known.contains(k)).toList();
					notes.add("not in the graph: " + String.join(", ", unknown));
				}
				List<String> ended = query.includeExpired() ? List.of() : reader.ended(known);
				List<String> seeds = known.stream().filter(k -> !ended.contains(k)).toList();
				if (!ended.isEmpty()) {
					notes.add("left out " + ended.size() + " seed patent" + (ended.size() == 1 ? "" : "s")
							+ " that ended (expired, lapsed or withdrawn; includeExpired keeps them): "
							+ String.join(", ", ended));
				}
				if (seeds.isEmpty()) {
					yield new ScopeRequest(List.of(), Set.of(), null);
				}
				yield new ScopeRequest(reader.neighbourhood(seeds, max), Set.copyOf(seeds), null);
			}
		};
	}

	private static long millis(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

	private List<String> capped(List<String> numbers, int max, List<String> notes, String what) {
		if (numbers.size() > max) {
			notes.add(
					"scope capped at the first " + max + " " + what + "; narrow the query for the rest"
							+ (max < this.properties.maxJobScope() ? ", or search up to "
									+ this.properties.maxJobScope() + " patents as a job (POST /api/v1/pools/jobs)"
									: ""));
			return numbers.subList(0, max);
		}
		return numbers;
	}

	/**
	 * The patents to cluster.
	 */
	record ScopeRequest(List<String> numbers, Set<String> seeds, String standard) {
	}

}
