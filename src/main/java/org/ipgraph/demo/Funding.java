package org.ipgraph.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.ipgraph.graph.OrganizationNames;

/**
 * Funds run by agencies (SBIR-like programs in the US, research programs elsewhere),
 * their awards to companies and universities, and the patents those awards paid for: such
 * a patent carries a government-interest statement and is FUNDED_BY the fund.
 */
final class Funding {

	final List<Fund> funds = new ArrayList<>();

	private final Map<Org, List<Award>> byOrg = new HashMap<>();

	private final Map<String, Fund> byId = new HashMap<>();

	/**
	 * A fund.
	 *
	 * @param id key ({@code fund:<normalized name>})
	 * @param name name
	 * @param agency the issuing agency
	 * @param field the technology it targets
	 * @param program program name
	 * @param year year of the call
	 * @param currency currency of the amounts
	 * @param awards what it awarded
	 */
	record Fund(String id, String name, Org agency, Field field, String program, int year, String currency,
			List<Award> awards) {

		double amount() {
			return this.awards.stream().mapToDouble(Award::amount).sum();
		}

		LocalDate announced() {
			return LocalDate.of(this.year, 3, 1);
		}

	}

	/**
	 * An award of a fund to an organization, funding its work in a window of years.
	 */
	record Award(String fundId, Field field, Org org, String grantNumber, double amount, int fromDay, int toDay) {
	}

	Funding(World world, SplittableRandom random) {
		int count = Math.max(10, world.parameters.patents() / 300);
		Set<String> ids = new LinkedHashSet<>();
		for (int i = 0; i < count; i++) {
			Org agency = world.agencies.get(i % world.agencies.size());
			Field field = random.nextInt(3) == 0 ? Field.values()[random.nextInt(Field.values().length)] : agency.field;
			boolean us = agency.city.country().equals("US");
			String program = us ? (random.nextInt(3) == 0 ? "STTR" : "SBIR")
					: new String[] { "Key R&D Program", "Innovation Voucher", "Collaborative Research Grant" }[random
						.nextInt(3)];
			String phase = program.startsWith("S") ? (random.nextBoolean() ? " Phase I" : " Phase II") : "";
			int year = 2003 + random.nextInt(17);
			String name = agency.name.split(" ")[0] + " " + program + phase + " " + Names.capitalize(field.label) + " "
					+ year;
			String id = "fund:" + OrganizationNames.key(name);
			if (!ids.add(id)) {
				continue;
			}
			List<Award> awards = new ArrayList<>();
			Set<Org> awardees = new LinkedHashSet<>();
			int size = 2 + random.nextInt(4);
			for (int a = 0; a < size * 3 && awardees.size() < size; a++) {
				Org org = awardee(world, field, random);
				if (org != null && awardees.add(org)) {
					String grant = (program.startsWith("S") ? program : "GR") + "-" + year + "-"
							+ String.format(Locale.ROOT, "%04d", random.nextInt(10_000));
					double amount = 1000.0 * (150 + random.nextInt(4850));
					Award award = new Award(id, field, org, grant, amount, Timeline.dayOfYear(year),
							Timeline.dayOfYear(year + 4));
					awards.add(award);
					this.byOrg.computeIfAbsent(org, k -> new ArrayList<>()).add(award);
				}
			}
			Fund fund = new Fund(id, name, agency, field, program + phase, year, Places.currency(agency.city.country()),
					List.copyOf(awards));
			this.funds.add(fund);
			this.byId.put(id, fund);
		}
	}

	// Smaller companies and universities win most awards
	private static Org awardee(World world, Field field, SplittableRandom random) {
		if (random.nextInt(3) == 0) {
			Org university = world.universities.get(random.nextInt(world.universities.size()));
			return university.works(field) ? university : null;
		}
		List<Org> companies = world.companies.get(field);
		Org org = companies.get(companies.size() / 3 + random.nextInt(companies.size() - companies.size() / 3));
		return org.isApplicant() ? org : null;
	}

	/**
	 * The award that paid for a patent of this owner filed on this day, if any.
	 */
	Award award(Org owner, Field field, int day, SplittableRandom random) {
		List<Award> awards = this.byOrg.get(owner);
		if (awards == null) {
			return null;
		}
		for (Award award : awards) {
			if (day >= award.fromDay() && day < award.toDay() && random.nextInt(100) < 40 && award.field() == field) {
				return award;
			}
		}
		return null;
	}

	static String governmentInterest(Fund fund, Award award) {
		return "This invention was made with government support under grant " + award.grantNumber() + " awarded by the "
				+ fund.agency().name + ". The government has certain rights in the invention.";
	}

	Fund fund(String id) {
		return this.byId.get(id);
	}

}
