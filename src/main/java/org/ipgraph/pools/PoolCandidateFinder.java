package org.ipgraph.pools;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds candidate pools in a scope, without Spring or a database: {@link #prepare} sets
 * substitutes apart and builds the weighted graph that community detection runs on;
 * {@link #assemble} turns the communities into candidates (members with their evidence,
 * licensors, concentration, blocking relations, missing holders, substitutes) and ranks
 * them. Communities holding patents declared to one standard make one candidate for it;
 * with a queried standard, only its candidate is made.
 */
final class PoolCandidateFinder {

	private final PoolParameters parameters;

	PoolCandidateFinder(PoolParameters parameters) {
		this.parameters = parameters;
	}

	/**
	 * Substitutes and the graph to cluster.
	 */
	Prepared prepare(PoolData data) {
		Substitutes substitutes = Substitutes.detect(data.patents(), this.parameters.substituteSimilarity());
		return new Prepared(data, substitutes, WeightedGraph.build(data, substitutes, this.parameters));
	}

	/**
	 * Candidates from communities, best first.
	 * @param prepared what {@link #prepare} returned
	 * @param communities the community of each graph node, negative for none
	 * @param minOwners least number of independent owner groups
	 */
	List<PoolCandidate> assemble(Prepared prepared, int[] communities, int minOwners) {
		ScopeIndex scope = new ScopeIndex(prepared.data(), prepared.substitutes());
		Map<Integer, List<ScopePatent>> byCommunity = new TreeMap<>();
		WeightedGraph graph = prepared.graph();
		for (int node = 0; node < graph.patents(); node++) {
			if (communities[node] >= 0) {
				byCommunity.computeIfAbsent(communities[node], k -> new ArrayList<>())
					.add(scope.patent(graph.nodes().get(node)));
			}
		}
		String queried = prepared.data().standard();
		Map<String, List<ScopePatent>> byStandard = new TreeMap<>();
		List<List<ScopePatent>> technology = new ArrayList<>();
		for (List<ScopePatent> community : byCommunity.values()) {
			String standard = PoolAssembly.standard(community, queried);
			if (standard != null) {
				byStandard.computeIfAbsent(standard, k -> new ArrayList<>()).addAll(community);
			}
			else if (queried == null) {
				technology.add(community);
			}
		}
		if (queried != null) {
			byStandard.putIfAbsent(queried, List.of());
		}
		// Seeds the organizer named are candidates of every standard's pool, wherever
		// they clustered
		List<ScopePatent> seeds = prepared.data()
			.seeds()
			.stream()
			.map(n -> scope.patent(prepared.substitutes().representative(n)))
			.filter(java.util.Objects::nonNull)
			.distinct()
			.toList();
		PoolAssembly assembly = new PoolAssembly(scope, this.parameters);
		List<PoolCandidate> candidates = new ArrayList<>();
		byStandard.forEach((standard, clustered) -> {
			List<ScopePatent> withSeeds = new ArrayList<>(clustered);
			seeds.stream().filter(p -> !clustered.contains(p)).forEach(withSeeds::add);
			assembly.standardPool(standard, withSeeds, minOwners).ifPresent(candidates::add);
		});
		for (List<ScopePatent> community : technology) {
			assembly.technologyPool(community, minOwners).ifPresent(candidates::add);
		}
		// Pools around a declared standard first: declarations are the strongest
		// essentiality evidence
		candidates.sort(Comparator.comparing((PoolCandidate c) -> c.standard() == null)
			.thenComparing(Comparator.comparingDouble(PoolCandidate::score).reversed())
			.thenComparing(PoolCandidate::id));
		return candidates;
	}

	/**
	 * The Herfindahl-Hirschman index of shares (0 to 1 each): the sum of squared
	 * percentages, 0 to 10,000. Antitrust practice reads above 2,500 as highly
	 * concentrated.
	 */
	static double hhi(Collection<Double> shares) {
		return shares.stream().mapToDouble(s -> (100 * s) * (100 * s)).sum();
	}

	/**
	 * A scope made ready for clustering.
	 *
	 * @param data the scope
	 * @param substitutes near-duplicates set apart
	 * @param graph the weighted graph to cluster
	 */
	record Prepared(PoolData data, Substitutes substitutes, WeightedGraph graph) {
	}

}
