package org.ipgraph.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.ipgraph.graph.CpcSymbol;
import org.ipgraph.graph.OrganizationNames;

/**
 * Policies agencies issue for a field and region, and demands: free-text needs for
 * technology as a platform user would type them.
 */
final class Agenda {

	private static final String[] KINDS = { "plan", "program", "regulation", "notice", "law" };

	final List<Policy> policies = new ArrayList<>();

	final List<Demand> demands = new ArrayList<>();

	/**
	 * A policy.
	 */
	record Policy(String id, String title, String kind, LocalDate issuedOn, String jurisdiction, String region,
			Org agency, List<String> targets) {
	}

	/**
	 * A demand.
	 */
	record Demand(String id, String text, LocalDate createdAt, String region, List<String> targets) {
	}

	Agenda(World world, SplittableRandom random) {
		int count = Math.max(8, world.parameters.patents() / 400);
		Set<String> ids = new LinkedHashSet<>();
		for (int i = 0; i < count; i++) {
			Org agency = world.agencies.get(i % world.agencies.size());
			Field field = random.nextInt(3) == 0 ? Field.values()[random.nextInt(Field.values().length)] : agency.field;
			String kind = KINDS[random.nextInt(KINDS.length)];
			int year = 2005 + random.nextInt(19);
			String region = agency.name.split(" ")[0].equals("Federal")
					? agency.name.substring(agency.name.lastIndexOf(' ') + 1) : agency.name.split(" ")[0];
			String title = region + " " + Names.capitalize(kind) + " for " + Names.capitalize(field.label)
					+ " Industry Development " + year + "-" + (year + 4);
			String id = "policy:" + OrganizationNames.key(title);
			if (!ids.add(id)) {
				continue;
			}
			List<String> targets = new ArrayList<>();
			targets.add(subclass(field.topics.get(0).symbol()));
			String second = subclass(field.topics.get(field.topics.size() - 1).symbol());
			if (!targets.contains(second)) {
				targets.add(second);
			}
			this.policies.add(new Policy(id, title, kind, LocalDate.of(year, 1 + random.nextInt(12), 1),
					agency.city.country(), region, agency, targets));
		}
		int demands = Math.max(10, world.parameters.patents() / 300);
		for (int i = 0; i < demands; i++) {
			this.demands.add(demand(world, i, random));
		}
	}

	private static Demand demand(World world, int i, SplittableRandom random) {
		String id = world.parameters.documentId() + ":demand-" + (i + 1);
		LocalDate created = LocalDate.of(2022, 1, 1).plusDays(random.nextInt(1000));
		String region = Places.country(random);
		if (i == 0) {
			return new Demand(id, "We need a low-power gait sensor for elderly-care wearables.", created, region,
					List.of("A61B5/112", "A61B5/1117"));
		}
		Field field = Field.values()[random.nextInt(Field.values().length)];
		Field.Topic topic = field.topics.get(random.nextInt(field.topics.size()));
		String phrase = topic.phrases().get(random.nextInt(topic.phrases().size()));
		String product = field.products.get(random.nextInt(field.products.size()));
		String text = switch (random.nextInt(4)) {
			case 0 -> "We need " + phrase + " for our next " + product + ".";
			case 1 -> "Looking for a partner with licensable patents on " + phrase + " for " + product + "s.";
			case 2 -> "Seeking experts in " + phrase + " to support a " + product + " pilot.";
			default -> "Which companies could supply " + phrase + " technology for a " + product + "?";
		};
		return new Demand(id, text, created, region, List.of(topic.symbol()));
	}

	private static String subclass(String symbol) {
		return CpcSymbol.parse(symbol).orElseThrow().subclass();
	}

}
