package org.ipgraph.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Planted pool-like clusters. Each has a synthetic standard, complementary patents (one
 * component each) of at least three independent owner groups that cite each other, some
 * declared essential; and beside it the decoys a pool finder must not fall for:
 * continuation near-duplicates of members (substitutes), a tight single-owner cluster,
 * and an owner of similar, undeclared patents outside the pool (the likely but missing
 * holder).
 */
final class Pools {

	private static final Map<Field, List<String>> JARGON = Map.of(Field.VIDEO,
			List.of("adaptive parameter set", "virtual pipeline data unit", "subpicture layout",
					"gradual decoding refresh", "reference picture resampling", "luma mapping with chroma scaling"),
			Field.WIRELESS,
			List.of("sidelink resource pool", "configured grant transmission", "positioning reference signal",
					"non-terrestrial timing advance", "reduced capability device", "multi-point transmission"),
			Field.EV_CHARGING,
			List.of("contract certificate installation", "charging schedule negotiation",
					"bidirectional power transfer message", "pantograph contact sequence",
					"megawatt charging handshake", "dynamic tariff table"));

	final List<Planted> planted = new ArrayList<>();

	/**
	 * One planted pool.
	 */
	static final class Planted {

		final String standard;

		final Field field;

		final int year;

		final Org body;

		final List<Org> owners = new ArrayList<>();

		final List<PlannedPatent> members = new ArrayList<>();

		final Map<PlannedPatent, LocalDate> declared = new LinkedHashMap<>();

		/** Member to its near-duplicate continuation. */
		final Map<PlannedPatent, PlannedPatent> substitutes = new LinkedHashMap<>();

		final List<PlannedPatent> decoys = new ArrayList<>();

		Org decoyOwner;

		Org missingHolder;

		final List<PlannedPatent> missing = new ArrayList<>();

		Planted(String standard, Field field, int year, Org body) {
			this.standard = standard;
			this.field = field;
			this.year = year;
			this.body = body;
		}

	}

	Pools(Plan plan) {
		int patents = plan.parameters.patents();
		int count = patents < 1000 ? 1 : Math.max(2, patents / 2000);
		Map<Field, Integer> versions = new LinkedHashMap<>();
		for (int k = 0; k < count; k++) {
			Field field = Field.POOLED.get(k % Field.POOLED.size());
			int version = versions.merge(field, 1, Integer::sum);
			int year = k == 0 ? 2013 : 2009 + plan.random.nextInt(10);
			Planted pool = new Planted(field.standardCode() + " " + version, field, year,
					plan.world.standardsBodies.get(field));
			if (plant(plan, pool, k)) {
				this.planted.add(pool);
			}
		}
	}

	private boolean plant(Plan plan, Planted pool, int k) {
		double noise = plan.parameters.noise();
		// the first pool (DEMO-VC 1, the demo's showcase) is the largest
		List<Org> owners = owners(plan, pool.field, 3 + (k + 1) % 3);
		if (owners.size() < 3) {
			return false;
		}
		pool.owners.addAll(owners);
		addSibling(plan, pool);
		List<Field.Topic> components = new ArrayList<>(pool.field.topics);
		shuffle(plan, components);
		components = components.subList(0, Math.min(components.size(), Math.max(pool.owners.size(), 7 - k % 3)));
		List<String> jargon = new ArrayList<>(JARGON.get(pool.field));
		shuffle(plan, jargon);
		List<String> signature = jargon.subList(0, 2);
		int yearDay = Timeline.dayOfYear(pool.year);
		for (int c = 0; c < components.size(); c++) {
			Org owner = pool.owners.get(c % pool.owners.size());
			int copies = plan.random.nextInt(10) < 4 ? 2 : 1;
			for (int i = 0; i < copies; i++) {
				pool.members.add(member(plan, pool, owner, components.get(c), signature,
						plan.randomDay(yearDay - 4 * 365, yearDay - 120)));
			}
		}
		pool.members.sort((a, b) -> Integer.compare(a.day, b.day));
		crossCite(plan, pool, noise);
		declare(plan, pool);
		substitutes(plan, pool, k);
		decoy(plan, pool, components, yearDay);
		missingHolder(plan, pool, components, signature, yearDay);
		return true;
	}

	private PlannedPatent member(Plan plan, Planted pool, Org owner, Field.Topic topic, List<String> signature,
			int day) {
		List<String> phrases = new ArrayList<>(topic.phrases());
		if (plan.random.nextDouble() >= plan.parameters.noise()) {
			phrases.addAll(signature);
		}
		Field.Topic extra = pool.field.topics.get(plan.random.nextInt(pool.field.topics.size()));
		List<String> cpc = extra == topic ? List.of(topic.symbol()) : List.of(topic.symbol(), extra.symbol());
		return plan.plan(day, pool.field, List.of(owner), cpc, phrases);
	}

	// Independent groups in the field, larger companies first
	private static List<Org> owners(Plan plan, Field field, int count) {
		List<Org> candidates = plan.world.companies.get(field);
		List<Org> owners = new ArrayList<>();
		Set<Org> groups = new HashSet<>();
		int limit = Math.min(candidates.size(), Math.max(count * 3, candidates.size() / 3));
		for (int attempt = 0; attempt < 60 && owners.size() < count; attempt++) {
			Org org = candidates.get(plan.random.nextInt(limit));
			if (org.isApplicant() && org.field == field && groups.add(org.top())) {
				owners.add(org);
			}
		}
		return owners;
	}

	// A subsidiary beside its parent: raw owners outnumber the groups they roll up to
	private static void addSibling(Plan plan, Planted pool) {
		for (Org org : plan.world.companies.get(pool.field)) {
			if (org.parent != null && org.field == pool.field && org.isApplicant() && !pool.owners.contains(org)
					&& pool.owners.stream().anyMatch(owner -> owner.sameGroup(org)) && plan.random.nextBoolean()) {
				pool.owners.add(org);
				return;
			}
		}
	}

	// Members cite older members of other groups: fewer with noise
	private static void crossCite(Plan plan, Planted pool, double noise) {
		for (int i = 1; i < pool.members.size(); i++) {
			PlannedPatent member = pool.members.get(i);
			for (int j = 0; j < i; j++) {
				PlannedPatent older = pool.members.get(j);
				if (!older.owners.get(0).sameGroup(member.owners.get(0))
						&& plan.random.nextDouble() < 0.55 * (1 - noise)) {
					member.cite(older);
				}
			}
		}
	}

	private static void declare(Plan plan, Planted pool) {
		LocalDate published = LocalDate.of(pool.year, 6, 30);
		for (Org owner : pool.owners) {
			List<PlannedPatent> own = pool.members.stream().filter(m -> m.owners.get(0) == owner).toList();
			for (int i = 0; i < own.size(); i++) {
				if (i == 0 || plan.random.nextInt(10) < 6) {
					pool.declared.put(own.get(i), published.plusDays(30 + plan.random.nextInt(700)));
				}
			}
		}
	}

	private static void substitutes(Plan plan, Planted pool, int k) {
		int count = 1 + k % 2;
		for (int i = 0; i < count && i < pool.members.size(); i++) {
			PlannedPatent member = pool.members.get(plan.random.nextInt(pool.members.size()));
			if (pool.substitutes.containsKey(member)) {
				continue;
			}
			PlannedPatent twin = plan.plan(member.day + 400 + plan.random.nextInt(600), pool.field, member.owners,
					member.cpc, member.phrases);
			twin.twinOf = member;
			twin.cite(member);
			pool.substitutes.put(member, twin);
		}
	}

	// One company's near-duplicates in one subgroup: a tight cluster, but no pool
	private static void decoy(Plan plan, Planted pool, List<Field.Topic> components, int yearDay) {
		Org owner = outsider(plan, pool, null);
		if (owner == null) {
			return;
		}
		pool.decoyOwner = owner;
		Field.Topic topic = components.get(plan.random.nextInt(components.size()));
		PlannedPatent first = plan.plan(plan.randomDay(yearDay - 5 * 365, yearDay - 3 * 365), pool.field,
				List.of(owner), List.of(topic.symbol()), topic.phrases());
		pool.decoys.add(first);
		for (int i = 1; i < 4; i++) {
			PlannedPatent twin = plan.plan(first.day + i * (200 + plan.random.nextInt(200)), pool.field, List.of(owner),
					first.cpc, first.phrases);
			twin.twinOf = first;
			pool.decoys.forEach(twin::cite);
			pool.decoys.add(twin);
		}
	}

	// Similar patents of an independent outsider who never declares: the likely missing
	// holder
	private static void missingHolder(Plan plan, Planted pool, List<Field.Topic> components, List<String> signature,
			int yearDay) {
		Org owner = outsider(plan, pool, pool.decoyOwner);
		if (owner == null) {
			return;
		}
		pool.missingHolder = owner;
		int count = 2 + plan.random.nextInt(2);
		for (int i = 0; i < count; i++) {
			Field.Topic topic = components.get(plan.random.nextInt(components.size()));
			List<String> phrases = new ArrayList<>(topic.phrases());
			phrases.addAll(signature);
			PlannedPatent similar = plan.plan(plan.randomDay(yearDay - 3 * 365, yearDay), pool.field, List.of(owner),
					List.of(topic.symbol()), phrases);
			PlannedPatent older = pool.members.get(plan.random.nextInt(pool.members.size()));
			if (older.day < similar.day) {
				similar.cite(older);
			}
			pool.missing.add(similar);
		}
	}

	private static Org outsider(Plan plan, Planted pool, Org besides) {
		List<Org> candidates = plan.world.companies.get(pool.field);
		for (int attempt = 0; attempt < 60; attempt++) {
			Org org = candidates.get(plan.random.nextInt(candidates.size()));
			if (org.isApplicant() && org.field == pool.field && org.staffCount() > 0
					&& pool.owners.stream().noneMatch(o -> o.sameGroup(org))
					&& (besides == null || !besides.sameGroup(org))) {
				return org;
			}
		}
		return null;
	}

	private static <T> void shuffle(Plan plan, List<T> list) {
		for (int i = list.size() - 1; i > 0; i--) {
			int j = plan.random.nextInt(i + 1);
			T t = list.get(i);
			list.set(i, list.get(j));
			list.set(j, t);
		}
	}

}
