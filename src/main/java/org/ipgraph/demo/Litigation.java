package org.ipgraph.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * NPE-like owners and the litigation around them: shells buy old patents from operating
 * companies, sue many defendants on them and draw PTAB petitions. Beside them, operating
 * companies that sue now and then on patents their own inventors made (the hard
 * negatives).
 */
final class Litigation {

	/** Fewest suits each shell files as plaintiff. */
	static final int MIN_SUITS_PER_SHELL = 5;

	private static final String[] COURTS = { "txed", "txed", "txwd", "ded", "cand" };

	final Map<World.NpeGroup, List<PlannedPatent>> portfolios = new LinkedHashMap<>();

	final List<Case> cases = new ArrayList<>();

	final List<Org> litigatingOperatingCompanies = new ArrayList<>();

	/** Settlement licences, one per licensor and licensee. */
	final Map<String, Case> licences = new LinkedHashMap<>();

	private final Set<String> ids = new LinkedHashSet<>();

	/**
	 * A civil case or a PTAB proceeding.
	 *
	 * @param id the docket or proceeding number
	 * @param caseType civil or ipr
	 * @param court court code, or ptab
	 * @param filed filing date
	 * @param closed closing date, null while open
	 * @param outcome how it ended or stands
	 * @param plaintiff the suing owner (null for PTAB)
	 * @param petitioner the PTAB petitioner (null for civil cases)
	 * @param defendants defendants (civil cases)
	 * @param patents patents asserted or challenged
	 */
	record Case(String id, String caseType, String court, LocalDate filed, LocalDate closed, String outcome,
			Org plaintiff, Org petitioner, List<Org> defendants, List<PlannedPatent> patents) {
	}

	Litigation(Plan plan) {
		for (World.NpeGroup group : plan.world.npeGroups) {
			List<PlannedPatent> portfolio = new ArrayList<>();
			List<Org> sellers = sellers(plan, group.field());
			for (Org shell : group.shells()) {
				List<PlannedPatent> holdings = acquire(plan, shell, sellers, group.field());
				portfolio.addAll(holdings);
				sue(plan, shell, holdings, group.field());
			}
			this.portfolios.put(group, portfolio);
		}
		operatingSuits(plan);
	}

	// Operating companies that sell old patents: mid-sized ones, of another group than
	// each other
	private static List<Org> sellers(Plan plan, Field field) {
		List<Org> companies = plan.world.companies.get(field);
		List<Org> sellers = new ArrayList<>();
		for (int attempt = 0; attempt < 40 && sellers.size() < 2; attempt++) {
			Org org = companies.get(plan.random.nextInt(companies.size()));
			if (org.isApplicant() && org.field == field && org.staffCount() > 0 && !sellers.contains(org)) {
				sellers.add(org);
			}
		}
		return sellers;
	}

	private static List<PlannedPatent> acquire(Plan plan, Org shell, List<Org> sellers, Field field) {
		List<PlannedPatent> holdings = new ArrayList<>();
		int count = plan.parameters.patents() < 1000 ? 3 + plan.random.nextInt(3) : 4 + plan.random.nextInt(5);
		int latest = Timeline.dayOfYear(2012) - 1;
		for (int i = 0; i < count; i++) {
			Org seller = sellers.get(plan.random.nextInt(sellers.size()));
			Field.Topic topic = plan.topic(field);
			PlannedPatent patent = plan.plan(plan.randomDay(180, latest), field, List.of(seller),
					List.of(topic.symbol()), topic.phrases());
			patent.acquiredBy = shell;
			patent.acquiredOn = Timeline.date(patent.day).plusDays(5 * 365 + plan.random.nextInt(4 * 365));
			holdings.add(patent);
		}
		return holdings;
	}

	private void sue(Plan plan, Org shell, List<PlannedPatent> holdings, Field field) {
		LocalDate firstAcquisition = holdings.stream().map(p -> p.acquiredOn).min(LocalDate::compareTo).orElseThrow();
		int suits = MIN_SUITS_PER_SHELL + plan.random.nextInt(6);
		boolean petitioned = false;
		for (int s = 0; s < suits; s++) {
			int from = Timeline.day(firstAcquisition) + 60;
			LocalDate filed = Timeline.date(plan.randomDay(from, Timeline.day(Timeline.HORIZON) - 30));
			List<PlannedPatent> asserted = holdings.stream()
				.filter(p -> p.acquiredOn.isBefore(filed) && Timeline.date(p.day).plusYears(6).isBefore(filed))
				.limit(1 + plan.random.nextInt(3))
				.toList();
			if (asserted.isEmpty()) {
				asserted = List.of(holdings.stream().min((a, b) -> a.acquiredOn.compareTo(b.acquiredOn)).orElseThrow());
			}
			List<Org> defendants = defendants(plan, field, 1 + plan.random.nextInt(3), shell);
			Case civil = civil(plan, shell, filed, defendants, asserted);
			boolean petition = !petitioned && s == suits - 1 || plan.random.nextInt(100) < 35;
			if (petition) {
				petitioned = true;
				ipr(plan, defendants.get(0), filed, asserted.get(0));
			}
			if ("settled".equals(civil.outcome())) {
				defendants.forEach(d -> this.licences.putIfAbsent(shell.key + ":" + d.key, civil));
			}
		}
	}

	// Operating companies sue rarely, on their own inventors' patents
	private void operatingSuits(Plan plan) {
		int count = Math.max(3, plan.world.companies.values().stream().mapToInt(List::size).sum() / 40);
		for (int i = 0; i < count * 3 && this.litigatingOperatingCompanies.size() < count; i++) {
			Field field = Field.values()[plan.random.nextInt(Field.values().length)];
			List<Org> companies = plan.world.companies.get(field);
			Org plaintiff = companies.get(plan.random.nextInt(companies.size()));
			if (!plaintiff.isApplicant() || plaintiff.field != field || plaintiff.staffCount() == 0
					|| this.litigatingOperatingCompanies.contains(plaintiff)) {
				continue;
			}
			this.litigatingOperatingCompanies.add(plaintiff);
			int suits = 1 + plan.random.nextInt(2);
			for (int s = 0; s < suits; s++) {
				Field.Topic topic = plan.topic(field);
				PlannedPatent own = plan.plan(plan.randomDay(Timeline.dayOfYear(2004), Timeline.dayOfYear(2014)), field,
						List.of(plaintiff), List.of(topic.symbol()), topic.phrases());
				LocalDate filed = Timeline.date(own.day).plusYears(4).plusDays(plan.random.nextInt(5 * 365));
				List<Org> defendants = defendants(plan, field, 1, plaintiff);
				civil(plan, plaintiff, filed, defendants, List.of(own));
				if (plan.random.nextInt(4) == 0) {
					ipr(plan, defendants.get(0), filed, own);
				}
			}
		}
	}

	private Case civil(Plan plan, Org plaintiff, LocalDate filed, List<Org> defendants, List<PlannedPatent> patents) {
		String court = COURTS[plan.random.nextInt(COURTS.length)];
		String id;
		do {
			id = court + ":" + (1 + plan.random.nextInt(6)) + ":" + String.format("%02d", filed.getYear() % 100)
					+ "-cv-" + String.format("%05d", plan.random.nextInt(100_000));
		}
		while (!this.ids.add(id));
		int r = plan.random.nextInt(100);
		LocalDate closed = filed.plusDays(200 + plan.random.nextInt(800));
		boolean open = r >= 85 || closed.isAfter(Timeline.HORIZON);
		String outcome = open ? "pending" : r < 55 ? "settled" : r < 75 ? "dismissed" : "judgment for defendant";
		Case civil = new Case(id, "civil", court, filed, open ? null : closed, outcome, plaintiff, null,
				List.copyOf(defendants), List.copyOf(patents));
		this.cases.add(civil);
		return civil;
	}

	private void ipr(Plan plan, Org petitioner, LocalDate civilFiled, PlannedPatent patent) {
		LocalDate filed = civilFiled.plusDays(120 + plan.random.nextInt(210));
		if (filed.isAfter(Timeline.HORIZON)) {
			filed = Timeline.HORIZON;
		}
		String id;
		do {
			id = "IPR" + filed.getYear() + "-" + String.format("%05d", plan.random.nextInt(100_000));
		}
		while (!this.ids.add(id));
		int r = plan.random.nextInt(100);
		LocalDate closed = filed.plusDays(540);
		boolean open = closed.isAfter(Timeline.HORIZON);
		String outcome = open ? "instituted" : r < 30 ? "institution denied"
				: r < 70 ? "final written decision: all challenged claims unpatentable" : "settled";
		this.cases.add(new Case(id, "ipr", "ptab", filed, open ? null : closed, outcome, null, petitioner, List.of(),
				List.of(patent)));
	}

	// Larger operating companies of the field and its neighbours, of distinct groups
	private static List<Org> defendants(Plan plan, Field field, int count, Org plaintiff) {
		List<Org> defendants = new ArrayList<>();
		for (int attempt = 0; attempt < 50 && defendants.size() < count; attempt++) {
			Field in = attempt % 3 == 2 ? plan.world.otherField(field, plan.random) : field;
			List<Org> companies = plan.world.companies.get(in);
			Org org = companies
				.get(plan.random.nextInt(Math.max(1, Math.min(companies.size(), 12 + companies.size() / 4))));
			if (org.isApplicant() && !org.sameGroup(plaintiff)
					&& defendants.stream().noneMatch(d -> d.sameGroup(org))) {
				defendants.add(org);
			}
		}
		if (defendants.isEmpty()) {
			defendants.add(plan.world.companies.get(field)
				.stream()
				.filter(o -> o.isApplicant() && !o.sameGroup(plaintiff))
				.findFirst()
				.orElseThrow());
		}
		return defendants;
	}

}
