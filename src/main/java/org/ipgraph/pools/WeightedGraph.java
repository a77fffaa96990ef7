package org.ipgraph.pools;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The graph community detection runs on: one node per representative patent (sorted by
 * number, so node ids and results do not depend on the database), one hub node per
 * standard, and undirected weighted edges for citations, text similarity and
 * declarations.
 *
 * @param nodes patent numbers, then {@code standard:<id>} hubs
 * @param patents how many of the nodes are patents
 * @param sources edge sources
 * @param targets edge targets
 * @param weights edge weights
 */
record WeightedGraph(List<String> nodes, int patents, int[] sources, int[] targets, double[] weights) {

	static final String HUB = "standard:";

	int edges() {
		return this.sources.length;
	}

	static WeightedGraph build(PoolData data, Substitutes substitutes, PoolParameters parameters) {
		List<ScopePatent> reps = data.patents().stream().filter(p -> substitutes.isRepresentative(p.number())).toList();
		Map<String, Integer> id = new HashMap<>();
		List<String> nodes = new ArrayList<>();
		reps.forEach(p -> {
			id.put(p.number(), nodes.size());
			nodes.add(p.number());
		});
		TreeSet<String> standards = new TreeSet<>();
		if (parameters.declarationWeight() > 0) {
			data.patents().forEach(p -> standards.addAll(p.declarations()));
		}
		standards.forEach(s -> {
			id.put(HUB + s, nodes.size());
			nodes.add(HUB + s);
		});
		Map<Long, double[]> edges = new TreeMap<>();
		for (ScopePatent p : data.patents()) {
			int a = id.get(substitutes.representative(p.number()));
			for (String cited : p.cites()) {
				Integer b = id.get(substitutes.representative(cited));
				if (b != null && b != a) {
					ScopePatent q = reps.get(b);
					double w = reps.get(a).sharesGroupWith(q) ? parameters.sameOwnerCitationWeight()
							: parameters.citationWeight();
					edges.computeIfAbsent(key(a, b), k -> new double[2])[0] += w;
				}
			}
			for (String standard : parameters.declarationWeight() > 0 ? p.declarations() : List.<String>of()) {
				edges.computeIfAbsent(key(a, id.get(HUB + standard)), k -> new double[2])[0] = parameters
					.declarationWeight();
			}
		}
		if (parameters.text() != PoolParameters.TextMode.NONE && parameters.textNeighbours() > 0) {
			textEdges(reps, parameters, edges);
		}
		int[] sources = new int[edges.size()];
		int[] targets = new int[edges.size()];
		double[] weights = new double[edges.size()];
		int e = 0;
		for (Map.Entry<Long, double[]> edge : edges.entrySet()) {
			sources[e] = (int) (edge.getKey() >>> 32);
			targets[e] = (int) (edge.getKey() & 0xffffffffL);
			weights[e++] = edge.getValue()[0] + edge.getValue()[1];
		}
		return new WeightedGraph(List.copyOf(nodes), reps.size(), sources, targets, weights);
	}

	// Each patent's nearest neighbours by text; a pair found from both sides counts once
	private static void textEdges(List<ScopePatent> reps, PoolParameters parameters, Map<Long, double[]> edges) {
		TextNeighbours index = new TextNeighbours(reps.stream()
			.map(p -> parameters.text() == PoolParameters.TextMode.RESIDUAL ? p.residual() : p.vector())
			.toList());
		for (int a = 0; a < reps.size(); a++) {
			for (TextNeighbours.Neighbour near : index.nearest(a, parameters.textNeighbours())) {
				if (near.score() >= parameters.minTextSimilarity()) {
					double[] w = edges.computeIfAbsent(key(a, near.index()), k -> new double[2]);
					w[1] = Math.max(w[1], parameters.textWeight() * near.score());
				}
			}
		}
	}

	private static long key(int a, int b) {
		return ((long) Math.min(a, b) << 32) | Math.max(a, b);
	}

}
