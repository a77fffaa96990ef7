package org.ipgraph.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the {@link DemoTruth} of a generated ecosystem.
 */
final class Truths {

	private Truths() {
	}

	static DemoTruth of(Ecosystem ecosystem) {
		Plan plan = ecosystem.plan;
		Map<String, String> parents = new LinkedHashMap<>();
		ecosystem.world.orgs.stream().filter(o -> o.parent != null).forEach(o -> parents.put(o.key, o.top().key));
		return new DemoTruth(ecosystem.parameters, ecosystem.parameters.documentId(), partners(plan), pools(plan),
				npeGroups(plan), plan.litigation.litigatingOperatingCompanies.stream().map(o -> o.key).toList(),
				experts(ecosystem), parents,
				new InventorTruth(ecosystem.inventions, ecosystem.world.people, ecosystem.world.orgs));
	}

	private static List<DemoTruth.PartnerAffinity> partners(Plan plan) {
		List<DemoTruth.PartnerAffinity> affinities = new ArrayList<>();
		for (Partners.Affinity a : plan.partners.affinities) {
			List<PlannedPatent> after = new ArrayList<>(a.after);
			after.sort((x, y) -> Integer.compare(x.index, y.index));
			affinities.add(new DemoTruth.PartnerAffinity(a.a.key, a.b.key, a.fieldA.label, a.fieldB.label,
					plan.parameters.cutYear(), List.copyOf(a.signals), numbers(a.before), numbers(after),
					Timeline.date(plan.timeline.day(after.get(0).index))));
		}
		return affinities;
	}

	private static List<DemoTruth.PlantedPool> pools(Plan plan) {
		List<DemoTruth.PlantedPool> pools = new ArrayList<>();
		for (Pools.Planted pool : plan.pools.planted) {
			Set<String> groups = new LinkedHashSet<>();
			pool.owners.forEach(o -> groups.add(o.top().key));
			Map<String, String> substitutes = new LinkedHashMap<>();
			pool.substitutes
				.forEach((member, twin) -> substitutes.put(Plan.number(member.index), Plan.number(twin.index)));
			pools.add(new DemoTruth.PlantedPool(pool.standard, pool.field.label, pool.field.group,
					pool.owners.stream().map(o -> o.key).toList(), List.copyOf(groups), numbers(pool.members),
					numbers(new ArrayList<>(pool.declared.keySet())), substitutes,
					pool.decoyOwner != null ? pool.decoyOwner.key : null, numbers(pool.decoys),
					pool.missingHolder != null ? pool.missingHolder.key : null, numbers(pool.missing)));
		}
		return pools;
	}

	private static List<DemoTruth.NpeGroup> npeGroups(Plan plan) {
		List<DemoTruth.NpeGroup> groups = new ArrayList<>();
		Map<Org, List<String>> suitsBy = new LinkedHashMap<>();
		Map<PlannedPatent, List<String>> petitionsAgainst = new LinkedHashMap<>();
		for (Litigation.Case c : plan.litigation.cases) {
			if (c.plaintiff() != null) {
				suitsBy.computeIfAbsent(c.plaintiff(), k -> new ArrayList<>()).add(c.id());
			}
			if ("ipr".equals(c.caseType())) {
				c.patents().forEach(p -> petitionsAgainst.computeIfAbsent(p, k -> new ArrayList<>()).add(c.id()));
			}
		}
		plan.litigation.portfolios.forEach((group, portfolio) -> {
			Set<String> numbers = new LinkedHashSet<>(numbers(portfolio));
			List<String> suits = new ArrayList<>();
			group.shells().forEach(shell -> suits.addAll(suitsBy.getOrDefault(shell, List.of())));
			List<String> petitions = new ArrayList<>();
			portfolio.forEach(p -> petitions.addAll(petitionsAgainst.getOrDefault(p, List.of())));
			Set<String> sellers = new LinkedHashSet<>();
			portfolio.forEach(p -> sellers.add(p.owners.get(0).key));
			groups.add(new DemoTruth.NpeGroup(group.parent() != null ? group.parent().key : null, group.address(),
					group.shells().stream().map(o -> o.key).toList(), List.copyOf(sellers), List.copyOf(numbers), suits,
					petitions));
		});
		return groups;
	}

	private static List<DemoTruth.Expert> experts(Ecosystem ecosystem) {
		return ecosystem.experts.experts.stream()
			.map(e -> new DemoTruth.Expert(e.id(), e.name().display(), e.org().key, e.role(), e.consent(),
					e.contact() != null, e.inventor() >= 0 ? InventorTruth.id(e.inventor()) : null,
					List.copyOf(e.technologies())))
			.toList();
	}

	private static List<String> numbers(List<PlannedPatent> patents) {
		return patents.stream().map(p -> Plan.number(p.index)).toList();
	}

}
