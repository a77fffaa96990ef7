package org.ipgraph.demo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

import org.ipgraph.graph.OrganizationKind;
import org.ipgraph.graph.PersonName;

/**
 * People known from documents: senior inventors (whose expert node is their inventor node
 * at their last employer), professors, patent attorneys, analysts and program managers.
 * Some consented to publication of their name and contact, most did not; some have a
 * contact on record either way.
 */
final class Experts {

	final List<Expert> experts = new ArrayList<>();

	/**
	 * One expert.
	 *
	 * @param id the Person node id: {@code person:<name key>@<organization id>}
	 * @param name the name
	 * @param org the affiliation
	 * @param role the role the biography states
	 * @param consent consent to publication
	 * @param contact an e-mail address, or null
	 * @param home where they live
	 * @param inventor the generated person when the expert is an inventor, else -1
	 * @param technologies CPC symbols of their expertise with a score each
	 * @param scores the scores, in the order of the symbols
	 */
	record Expert(String id, PersonName name, Org org, String role, boolean consent, String contact, Places.City home,
			int inventor, List<String> technologies, List<Double> scores) {
	}

	Experts(World world, SplittableRandom random) {
		int count = Math.max(40, world.parameters.patents() / 40);
		Set<String> ids = new HashSet<>();
		Set<Integer> inventors = new HashSet<>();
		for (int i = 0; i < count * 2 && this.experts.size() < count; i++) {
			Expert expert = i % 5 < 3 ? inventor(world, inventors, random) : outsider(world, random);
			if (expert != null && ids.add(expert.id())) {
				this.experts.add(expert);
			}
		}
	}

	private static Expert inventor(World world, Set<Integer> taken, SplittableRandom random) {
		Field field = Field.values()[random.nextInt(Field.values().length)];
		Org org = world.applicants.get(field).pick(random);
		int person = world.people.pick(org, Timeline.DAYS - 1, random);
		if (person < 0 || !taken.add(person) || !world.people.worksFor(person, org, Timeline.DAYS - 1)) {
			return null;
		}
		String role = org.kind == OrganizationKind.COMPANY
				? new String[] { "principal engineer", "chief scientist", "research fellow" }[random.nextInt(3)]
				: "professor";
		return expert(world.people.name(person, 0), org, role, world.people.home(person), person, org.field, random);
	}

	private static Expert outsider(World world, SplittableRandom random) {
		int r = random.nextInt(10);
		Org org;
		String role;
		if (r < 5) {
			List<Org> academia = random.nextBoolean() ? world.universities : world.institutes;
			org = academia.get(random.nextInt(academia.size()));
			role = org.kind == OrganizationKind.UNIVERSITY ? "professor" : "senior researcher";
		}
		else if (r < 8) {
			org = world.services.get(random.nextInt(world.services.size()));
			role = "law_firm".equals(org.serviceType) || "agency".equals(org.serviceType) ? "patent attorney"
					: "technology analyst";
		}
		else {
			org = world.agencies.get(random.nextInt(world.agencies.size()));
			role = "program manager";
		}
		Field field = org.field != null ? org.field : Field.values()[random.nextInt(Field.values().length)];
		int culture = PersonNames.culture(org.city.country(), random);
		PersonName name = PersonNames.name(world.people.registry.claim(culture, false, random), 0);
		return expert(name, org, role, org.city, -1, field, random);
	}

	private static Expert expert(PersonName name, Org org, String role, Places.City home, int inventor, Field field,
			SplittableRandom random) {
		List<String> technologies = new ArrayList<>();
		List<Double> scores = new ArrayList<>();
		int count = 1 + random.nextInt(3);
		for (int i = 0; i < count; i++) {
			String symbol = field.topics.get(random.nextInt(field.topics.size())).symbol();
			if (!technologies.contains(symbol)) {
				technologies.add(symbol);
				scores.add(Math.round((0.5 + random.nextDouble() * 0.5) * 100) / 100.0);
			}
		}
		boolean consent = random.nextInt(10) < 4;
		String contact = random.nextInt(100) < 65 ? email(name, org) : null;
		return new Expert("person:" + name.key() + "@" + org.key, name, org, role, consent, contact, home, inventor,
				technologies, scores);
	}

	// first.last@<organization stem>.example: a reserved domain, never a real mailbox
	private static String email(PersonName name, Org org) {
		String local = ascii(name.first().split(" ")[0]) + "." + ascii(name.last());
		return local + "@" + ascii(org.key.split(" ")[0]) + ".example";
	}

	private static String ascii(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "");
	}

}
