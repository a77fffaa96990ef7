package org.ipgraph.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Planted partner affinities for temporal link prediction: two organizations of
 * complementary fields that never co-apply before the cut year, show indirect signals
 * before it (a co-inventor from the other side, an inventor moving across, citations, a
 * common university partner, a joint pilot in the news) and first co-apply after it.
 */
final class Partners {

	final List<Affinity> affinities = new ArrayList<>();

	/** Pairs that random co-ownership must never join, as "a:b" of organization keys. */
	final Set<String> reserved = new HashSet<>();

	final List<Partnership> partnerships = new ArrayList<>();

	/**
	 * One planted pair and what was planted for it.
	 */
	static final class Affinity {

		final Org a;

		final Org b;

		final Field fieldA;

		final Field fieldB;

		final List<String> signals = new ArrayList<>();

		final List<PlannedPatent> before = new ArrayList<>();

		final List<PlannedPatent> after = new ArrayList<>();

		Affinity(Org a, Org b, Field fieldA, Field fieldB) {
			this.a = a;
			this.b = b;
			this.fieldA = fieldA;
			this.fieldB = fieldB;
		}

	}

	/**
	 * A PARTNERED_WITH fact with its news.
	 */
	record Partnership(Org a, Org b, LocalDate on, String what) {
	}

	Partners(Plan plan) {
		World world = plan.world;
		double noise = plan.parameters.noise();
		int cutDay = Timeline.dayOfYear(plan.parameters.cutYear());
		int count = Math.max(4, plan.parameters.patents() / 400);
		Set<Org> used = new HashSet<>();
		for (int k = 0; k < count * 4 && this.affinities.size() < count; k++) {
			Field[] pair = Field.COMPLEMENTS.get(k % Field.COMPLEMENTS.size());
			Org a = pickPartner(plan, pair[0], used, k % 4 == 3);
			Org b = pickPartner(plan, pair[1], used, false);
			if (a == null || b == null || a.sameGroup(b)) {
				continue;
			}
			used.add(a);
			used.add(b);
			Affinity affinity = new Affinity(a, b, pair[0], pair[1]);
			plantBefore(plan, affinity, cutDay, noise);
			plantAfter(plan, affinity, cutDay);
			this.affinities.add(affinity);
			this.reserved.add(pairKey(a, b));
		}
		plantDecoyPartnerships(plan, world, cutDay);
	}

	static String pairKey(Org a, Org b) {
		return a.key.compareTo(b.key) < 0 ? a.key + ":" + b.key : b.key + ":" + a.key;
	}

	private static Org pickPartner(Plan plan, Field field, Set<Org> used, boolean university) {
		List<Org> candidates = university ? plan.world.universities : plan.world.companies.get(field);
		for (int attempt = 0; attempt < 30; attempt++) {
			Org org = candidates.get(plan.random.nextInt(candidates.size()));
			if (!used.contains(org) && org.isApplicant() && org.staffCount() > 2
					&& (university || org.field == field)) {
				return org;
			}
		}
		return null;
	}

	// At least the co-invention is always planted; the other signals thin out with noise
	private void plantBefore(Plan plan, Affinity affinity, int cutDay, double noise) {
		int from = cutDay - 6 * 365;
		int to = cutDay - 300;
		Field.Topic topicA = plan.topic(affinity.fieldA);
		PlannedPatent coInvented = plan.plan(plan.randomDay(from, to), affinity.fieldA, List.of(affinity.a),
				List.of(topicA.symbol()), topicA.phrases());
		coInvented.coInventorFrom = affinity.b;
		affinity.before.add(coInvented);
		affinity.signals.add("co-invention");
		if (plan.random.nextDouble() < 1 - noise * 0.6) {
			Field.Topic topicB = plan.topic(affinity.fieldB);
			PlannedPatent citing = plan.plan(Math.min(to + 200, coInvented.day + 400 + plan.random.nextInt(400)),
					affinity.fieldB, List.of(affinity.b), List.of(topicB.symbol(), topicA.symbol()), topicB.phrases());
			citing.cite(coInvented);
			affinity.before.add(citing);
			affinity.signals.add("citation");
		}
		if (plan.random.nextDouble() < 0.6 * (1 - noise)) {
			int p = plan.world.people.pick(affinity.a, from, plan.random);
			int day = plan.randomDay(from + 365, to);
			if (p >= 0 && plan.world.people.next(p) == null && plan.world.people.end(p) > day + 365
					&& plan.world.people.start(p) < day - 365 && plan.world.people.employer(p) == affinity.a) {
				plan.world.people.move(p, affinity.b, day);
				affinity.signals.add("inventor-mobility");
			}
		}
		if (plan.random.nextDouble() < 0.5 * (1 - noise)) {
			Org university = plan.world.universities.get(plan.random.nextInt(plan.world.universities.size()));
			for (Org side : List.of(affinity.a, affinity.b)) {
				Field field = side == affinity.a ? affinity.fieldA : affinity.fieldB;
				Field.Topic topic = plan.topic(field);
				affinity.before.add(plan.plan(plan.randomDay(from, to), field, List.of(side, university),
						List.of(topic.symbol()), topic.phrases()));
			}
			affinity.signals.add("common-partner:" + university.key);
		}
		if (plan.random.nextDouble() < 0.5 * (1 - noise)) {
			LocalDate on = Timeline.date(plan.randomDay(from, to));
			this.partnerships.add(new Partnership(affinity.a, affinity.b, on, "joint pilot"));
			affinity.signals.add("partnership");
		}
	}

	private void plantAfter(Plan plan, Affinity affinity, int cutDay) {
		int count = 2 + plan.random.nextInt(2);
		int last = Math.min(Timeline.DAYS - 30, cutDay + 5 * 365);
		for (int i = 0; i < count; i++) {
			Field.Topic topicA = plan.topic(affinity.fieldA);
			Field.Topic topicB = plan.topic(affinity.fieldB);
			List<Org> owners = plan.random.nextBoolean() ? List.of(affinity.a, affinity.b)
					: List.of(affinity.b, affinity.a);
			List<String> phrases = new ArrayList<>(topicA.phrases());
			phrases.addAll(topicB.phrases());
			PlannedPatent joint = plan.plan(plan.randomDay(cutDay + 60, last), affinity.fieldA, owners,
					List.of(topicA.symbol(), topicB.symbol()), phrases);
			joint.coInventorFrom = owners.get(1);
			joint.ownPriority = true;
			joint.cites.addAll(affinity.before.stream().limit(1).toList());
			affinity.after.add(joint);
		}
	}

	// Partnerships that lead nowhere, so that a PARTNERED_WITH edge alone is no answer
	private void plantDecoyPartnerships(Plan plan, World world, int cutDay) {
		int decoys = Math.max(2, this.affinities.size() / 2);
		Set<String> pairs = new HashSet<>();
		for (int i = 0; i < decoys; i++) {
			Field field = Field.values()[plan.random.nextInt(Field.values().length)];
			List<Org> companies = world.companies.get(field);
			Org a = companies.get(plan.random.nextInt(companies.size()));
			Org b = companies.get(plan.random.nextInt(companies.size()));
			if (a.sameGroup(b) || this.reserved.contains(pairKey(a, b)) || !pairs.add(pairKey(a, b))) {
				continue;
			}
			this.partnerships.add(new Partnership(a, b, Timeline.date(plan.randomDay(cutDay - 8 * 365, cutDay)),
					"co-development agreement"));
		}
	}

}
