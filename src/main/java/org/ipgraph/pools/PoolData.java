package org.ipgraph.pools;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ipgraph.similarity.SparseVector;

/**
 * Everything the finder works on: the scope's patents (sorted by number), the standards'
 * text vectors, the seeds, and the terms behind vector ids for explanations.
 *
 * @param patents the scope
 * @param standardVectors standard id to the TF-IDF vector of its title
 * @param declarants standard id to the owner groups that declared to it anywhere in the graph
 * (the scope's own declarations are added to these)
 * @param seeds patents the query named, or those declared to the queried standard
 * @param standard the queried standard, or null
 * @param terms term of each vector id
 */
public record PoolData(List<ScopePatent> patents, Map<String, SparseVector> standardVectors,
		Map<String, Set<String>> declarants, Set<String> seeds, String standard, String[] terms) {

	public PoolData {
		patents = patents.stream().sorted(java.util.Comparator.comparing(ScopePatent::number)).toList();
		standardVectors = Map.copyOf(standardVectors);
		declarants = Map.copyOf(declarants);
		seeds = Set.copyOf(seeds);
	}

}
