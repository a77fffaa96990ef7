package org.ipgraph.pools;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.ipgraph.pools.PoolCandidate.BlockingRelation;
import org.ipgraph.pools.PoolCandidate.Licensor;

/**
 * Licensor shares and the citations between licensors. A co-owned member counts for each
 * of its owner groups in equal parts.
 */
final class Licensors {

	private Licensors() {
	}

	static List<Licensor> of(List<ScopePatent> members, Set<String> declarants, ScopeIndex scope) {
		Map<String, Double> patents = patents(members);
		Map<String, Set<String>> owners = new TreeMap<>();
		for (ScopePatent member : members) {
			member.owners().forEach(o -> owners.computeIfAbsent(o.group(), k -> new TreeSet<>()).add(o.id()));
		}
		double total = members.size();
		Map<String, Double> values = values(members);
		double totalValue = values.values().stream().mapToDouble(Double::doubleValue).sum();
		List<Licensor> licensors = new ArrayList<>();
		patents.forEach((group, count) -> licensors.add(new Licensor(group, scope.groupNames.get(group),
				List.copyOf(owners.get(group)), MemberEvidence.round(count), MemberEvidence.round(count / total),
				totalValue > 0 ? MemberEvidence.round(values.getOrDefault(group, 0.0) / totalValue) : null,
				declarants.contains(group))));
		licensors.sort(Comparator.comparingDouble(Licensor::patents).reversed().thenComparing(Licensor::group));
		return licensors;
	}

	/**
	 * The HHI of the groups' exact shares.
	 */
	static double hhi(List<ScopePatent> members) {
		return PoolCandidateFinder.hhi(patents(members).values().stream().map(n -> n / members.size()).toList());
	}

	// the stored values of the members each group holds, a co-owned member in equal parts
	private static Map<String, Double> values(List<ScopePatent> members) {
		Map<String, Double> values = new TreeMap<>();
		for (ScopePatent member : members) {
			if (member.value() != null) {
				List<String> groups = member.groups();
				groups.forEach(g -> values.merge(g, member.value() / groups.size(), Double::sum));
			}
		}
		return values;
	}

	static Map<String, Double> patents(List<ScopePatent> members) {
		Map<String, Double> patents = new TreeMap<>();
		for (ScopePatent member : members) {
			List<String> groups = member.groups();
			groups.forEach(g -> patents.merge(g, 1.0 / groups.size(), Double::sum));
		}
		return patents;
	}

	static List<BlockingRelation> blocking(List<ScopePatent> members, ScopeIndex scope) {
		Map<String, ScopePatent> byNumber = new TreeMap<>();
		members.forEach(m -> byNumber.put(m.number(), m));
		Map<String, Map<String, Integer>> counts = new TreeMap<>();
		for (ScopePatent member : members) {
			for (String cited : scope.cites(member.number())) {
				ScopePatent other = byNumber.get(cited);
				if (other == null) {
					continue;
				}
				for (String from : member.groups()) {
					for (String to : other.groups()) {
						if (!from.equals(to)) {
							counts.computeIfAbsent(from, k -> new TreeMap<>()).merge(to, 1, Integer::sum);
						}
					}
				}
			}
		}
		List<BlockingRelation> relations = new ArrayList<>();
		Set<String> groups = new TreeSet<>(counts.keySet());
		counts.values().forEach(m -> groups.addAll(m.keySet()));
		for (String a : groups) {
			for (String b : groups) {
				if (a.compareTo(b) < 0) {
					int ab = counts.getOrDefault(a, Map.of()).getOrDefault(b, 0);
					int ba = counts.getOrDefault(b, Map.of()).getOrDefault(a, 0);
					if (ab + ba > 0) {
						relations.add(new BlockingRelation(a, b, ab, ba, ab > 0 && ba > 0));
					}
				}
			}
		}
		relations.sort(Comparator.comparing((BlockingRelation r) -> !r.mutual())
			.thenComparing(r -> -(r.cites() + r.citedBy()))
			.thenComparing(BlockingRelation::group)
			.thenComparing(BlockingRelation::otherGroup));
		return relations;
	}

}
