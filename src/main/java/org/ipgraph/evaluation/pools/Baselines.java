package org.ipgraph.evaluation.pools;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.ipgraph.graph.CpcSymbol;
import org.ipgraph.pools.ScopePatent;
import org.ipgraph.pools.PoolData;
import org.ipgraph.pools.PoolCandidate;

/**
 * What the evaluation compares the finder with: every CPC main group of the scope as one
 * pool (a patent joins each main group it is classified in), and for a standard, its
 * declared patents as one pool. No substitutes are set apart and no evidence is asked
 * for.
 */
final class Baselines {

	private Baselines() {
	}

	static List<PoolCandidate> cpcGroups(PoolData data, int minOwners) {
		Map<String, List<ScopePatent>> groups = new TreeMap<>();
		for (ScopePatent p : data.patents()) {
			p.cpc()
				.stream()
				.map(s -> CpcSymbol.parse(s).map(CpcSymbol::mainGroup).orElse(s))
				.distinct()
				.forEach(g -> groups.computeIfAbsent(g, k -> new ArrayList<>()).add(p));
		}
		List<PoolCandidate> pools = new ArrayList<>();
		groups.forEach((group, patents) -> {
			PoolCandidate pool = pool("cpc:" + group, null, patents);
			if (pool.licensors().size() >= minOwners) {
				pools.add(pool);
			}
		});
		pools.sort(Comparator.comparing((PoolCandidate p) -> -p.members().size()).thenComparing(PoolCandidate::id));
		return pools;
	}

	static List<PoolCandidate> declared(PoolData data, String standard) {
		List<ScopePatent> declared = data.patents().stream().filter(p -> p.declarations().contains(standard)).toList();
		return declared.isEmpty() ? List.of() : List.of(pool("declared:" + standard, standard, declared));
	}

	private static PoolCandidate pool(String id, String standard, List<ScopePatent> patents) {
		List<PoolCandidate.PoolMember> members = patents.stream()
			.filter(p -> !p.owners().isEmpty())
			.map(p -> new PoolCandidate.PoolMember(p.number(), p.title(),
					p.owners().stream().map(ScopePatent.Owner::id).toList(), p.groups(), 0, Map.of(), p.declarations(),
					List.of(), p.legal()))
			.toList();
		TreeSet<String> groups = new TreeSet<>();
		members.forEach(m -> groups.addAll(m.groups()));
		List<PoolCandidate.Licensor> licensors = groups.stream()
			.map(g -> new PoolCandidate.Licensor(g, g, List.of(), 0, 0, null, false))
			.toList();
		return new PoolCandidate(id, standard, Map.of(), 0, Map.of(), members, licensors, 0, List.of(), List.of(),
				List.of(), "baseline");
	}

}
