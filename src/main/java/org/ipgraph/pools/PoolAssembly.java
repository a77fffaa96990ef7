package org.ipgraph.pools;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.ipgraph.pools.PoolCandidate.BlockingRelation;
import org.ipgraph.pools.PoolCandidate.Licensor;
import org.ipgraph.pools.PoolCandidate.MissingHolder;
import org.ipgraph.pools.PoolCandidate.PoolMember;
import org.ipgraph.pools.PoolCandidate.Substitute;
import org.ipgraph.similarity.SparseVector;

/**
 * Turns communities into candidate pools. A standard's pool gathers the communities
 * holding its declared patents: its core is those declared patents, its possible members
 * the patents of the groups that declared (clustered with the core, or anywhere in scope
 * when so configured); other owners' patents are evidence of missing holders instead. A
 * community without declared patents is a technology pool whose core is the community
 * itself. Either way each member needs a member score of its own
 * ({@link MemberEvidence}), and the members need at least {@code minOwners} independent
 * owner groups.
 */
record PoolAssembly(ScopeIndex scope, PoolParameters parameters) {

	/**
	 * A standard's pool. It covers the standard and the specifications its declared
	 * patents are also declared to (one hop): pools license families of specifications,
	 * and a patent declared to two specifications ties them.
	 */
	Optional<PoolCandidate> standardPool(String standard, List<ScopePatent> clustered, int minOwners) {
		Set<String> standards = new TreeSet<>();
		standards.add(standard);
		representatives().stream()
			.filter(p -> p.declarations().contains(standard))
			.forEach(p -> standards.addAll(p.declarations()));
		Set<String> declarants = new TreeSet<>();
		standards.forEach(s -> declarants.addAll(this.scope.declarants.getOrDefault(s, Set.of())));
		List<ScopePatent> core = representatives().stream()
			.filter(p -> p.declarations().stream().anyMatch(standards::contains))
			.toList();
		List<ScopePatent> pool = this.parameters.completeFromScope() ? representatives() : clustered;
		Set<ScopePatent> candidates = new java.util.LinkedHashSet<>(core);
		pool.stream().filter(p -> p.groups().stream().anyMatch(declarants::contains)).forEach(candidates::add);
		return assemble(List.copyOf(candidates), core, standard, standards, declarants, clustered, minOwners);
	}

	Optional<PoolCandidate> technologyPool(List<ScopePatent> community, int minOwners) {
		List<ScopePatent> candidates = community.stream().filter(p -> !p.owners().isEmpty()).toList();
		return assemble(candidates, candidates, null, Set.of(), Set.of(), community, minOwners);
	}

	private Optional<PoolCandidate> assemble(List<ScopePatent> candidates, List<ScopePatent> core, String standard,
			Set<String> standards, Set<String> declarants, List<ScopePatent> clustered, int minOwners) {
		if (!enoughOwners(candidates, minOwners)) {
			// members are some of the candidates: most small communities end here, before
			// the core's vocabulary is worked out
			return Optional.empty();
		}
		Map<ScopePatent, MemberEvidence> evidence = new LinkedHashMap<>();
		ScopeIndex.Core coreVectors = this.scope.core(core);
		for (ScopePatent p : candidates) {
			if (p.owners().isEmpty()) {
				continue;
			}
			MemberEvidence e = MemberEvidence.of(p, core, coreVectors, standard, standards, this.scope);
			if (e.score() >= this.parameters.minMemberScore()) {
				evidence.put(p, e);
			}
		}
		List<ScopePatent> members = List.copyOf(evidence.keySet());
		Set<String> seeds = this.scope.data.seeds();
		if (!seeds.isEmpty() && members.stream().noneMatch(m -> seeds.contains(m.number()))) {
			return Optional.empty();
		}
		Set<String> groups = new TreeSet<>();
		members.forEach(m -> groups.addAll(m.groups()));
		if (groups.size() < minOwners) {
			return Optional.empty();
		}
		SparseVector coreVector = coreVectors.vector();
		List<PoolMember> pooled = new ArrayList<>();
		evidence.forEach((m, e) -> pooled
			.add(new PoolMember(m.number(), m.title(), m.owners().stream().map(ScopePatent.Owner::id).toList(),
					m.groups(), MemberEvidence.round(e.score()), e.components(), m.declarations(),
					e.reasons(m, standard, this.scope, coreVector, this.parameters.minTextSimilarity()), m.legal())));
		pooled.sort(Comparator.comparingDouble(PoolMember::score).reversed().thenComparing(PoolMember::number));
		List<Licensor> licensors = Licensors.of(members, declarants, this.scope);
		double hhi = Licensors.hhi(members);
		List<BlockingRelation> blocking = Licensors.blocking(members, this.scope);
		Set<String> clusteredNumbers = new HashSet<>();
		clustered.forEach(p -> clusteredNumbers.add(p.number()));
		List<MissingHolder> holders = MissingHolders.of(members, clusteredNumbers, groups, this.scope, this.parameters);
		List<Substitute> substitutes = substitutes(members);
		double mean = pooled.stream().mapToDouble(PoolMember::score).average().orElse(0);
		double concentration = 1 - 0.5 * hhi / 10_000;
		Map<String, Double> components = new LinkedHashMap<>();
		components.put("meanMemberScore", MemberEvidence.round(mean));
		components.put("concentrationFactor", MemberEvidence.round(concentration));
		Map<String, Integer> declaredTo = new TreeMap<>();
		members.forEach(m -> m.declarations()
			.stream()
			.filter(standards::contains)
			.forEach(s -> declaredTo.merge(s, 1, Integer::sum)));
		String explanation = explain(pooled, licensors, hhi, standard, declaredTo, blocking, holders, substitutes);
		return Optional.of(new PoolCandidate(id(members), standard, declaredTo,
				MemberEvidence.round(mean * concentration), components, pooled, licensors, MemberEvidence.round(hhi),
				blocking, holders, substitutes, explanation));
	}

	private static boolean enoughOwners(List<ScopePatent> candidates, int minOwners) {
		Set<String> groups = new HashSet<>();
		if (minOwners <= 0) {
			return true;
		}
		for (ScopePatent p : candidates) {
			if (!p.owners().isEmpty()) {
				groups.addAll(p.groups());
				if (groups.size() >= minOwners) {
					return true;
				}
			}
		}
		return false;
	}

	private List<ScopePatent> representatives() {
		return this.scope.data.patents()
			.stream()
			.filter(p -> this.scope.substitutes.isRepresentative(p.number()))
			.toList();
	}

	/**
	 * The standard a community is about: the queried one if any of its patents is
	 * declared to it, else the one most of its patents are declared to (ties: the lower
	 * id), else null.
	 */
	static String standard(List<ScopePatent> community, String queried) {
		Map<String, Integer> counts = new TreeMap<>();
		community.forEach(p -> p.declarations().forEach(s -> counts.merge(s, 1, Integer::sum)));
		if (queried != null) {
			return counts.containsKey(queried) ? queried : null;
		}
		return counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse(null);
	}

	private List<Substitute> substitutes(List<ScopePatent> members) {
		Map<String, ScopePatent> byNumber = new HashMap<>();
		members.forEach(m -> byNumber.put(m.number(), m));
		List<Substitute> substitutes = new ArrayList<>();
		this.scope.substitutes.reasons().forEach((number, reason) -> {
			ScopePatent member = byNumber.get(this.scope.substitutes.representative(number));
			if (member != null) {
				substitutes.add(new Substitute(number, member.number(), member.groups().get(0), reason));
			}
		});
		substitutes.sort(Comparator.comparing(Substitute::number));
		return substitutes;
	}

	private static String explain(List<PoolMember> members, List<Licensor> licensors, double hhi, String standard,
			Map<String, Integer> declaredTo, List<BlockingRelation> blocking, List<MissingHolder> holders,
			List<Substitute> substitutes) {
		StringBuilder text = new StringBuilder();
		long declared = members.stream().filter(m -> m.components().get("declared") > 0).count();
		long cited = members.stream().filter(m -> m.components().get("citations") > 0).count();
		text.append(String.format(Locale.ROOT, "%d complementary patents of %d independent owner groups",
				members.size(), licensors.size()));
		if (standard != null) {
			text.append(String.format(Locale.ROOT, " around %s (%d declared essential", standard, declared));
			text.append(declaredTo.size() > 1 ? " to it or to " + (declaredTo.size() - 1)
					+ " specifications its declared patents are also declared to)" : " to it)");
		}
		else {
			text.append(" (no declared standard: a technology cluster)");
		}
		text.append(String.format(Locale.ROOT, "; %d cite or are cited by another owner's core patent", cited));
		long mutual = blocking.stream().filter(BlockingRelation::mutual).count();
		if (!blocking.isEmpty()) {
			text.append(String.format(Locale.ROOT, "; %d licensor pairs linked by citations, %d both ways (blocking)",
					blocking.size(), mutual));
		}
		text.append(String.format(Locale.ROOT, ". Largest licensor %s with %.0f%%; HHI %.0f (%s).",
				licensors.get(0).name(), 100 * licensors.get(0).share(), hhi,
				hhi > 2500 ? "highly concentrated" : hhi >= 1500 ? "moderately concentrated" : "unconcentrated"));
		if (!substitutes.isEmpty()) {
			text.append(String.format(Locale.ROOT, " %d near-duplicate%s of members set apart as substitutes.",
					substitutes.size(), substitutes.size() == 1 ? "" : "s"));
		}
		if (!holders.isEmpty()) {
			text.append(String.format(Locale.ROOT, " Likely missing holder: %s (%d similar patent%s).",
					holders.get(0).name(), holders.get(0).patents().size(),
					holders.get(0).patents().size() == 1 ? "" : "s"));
		}
		return text.toString();
	}

	// Stable across runs: from the member numbers
	private static String id(List<ScopePatent> members) {
		long hash = 0xcbf29ce484222325L;
		for (byte b : String.join(",", members.stream().map(ScopePatent::number).sorted().toList())
			.getBytes(StandardCharsets.UTF_8)) {
			hash = (hash ^ b) * 0x100000001b3L;
		}
		return "pool-" + String.format("%016x", hash).substring(0, 12);
	}

}
