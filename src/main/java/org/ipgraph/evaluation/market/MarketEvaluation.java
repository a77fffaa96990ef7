package org.ipgraph.evaluation.market;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.ipgraph.evaluation.Evaluation;
import org.ipgraph.evaluation.EvaluationReport;
import org.ipgraph.evaluation.Metrics;
import org.ipgraph.graph.OrganizationNames;
import org.ipgraph.ingest.SharedData;
import org.ipgraph.ingest.csv.CsvTable;
import org.ipgraph.market.MarketMatcher;

import org.springframework.stereotype.Component;

/**
 * Real data, temporal split: in the Lens drones export, an organization that first
 * co-applies with another from the cut year on is taken to have dealt with it. Its demand
 * is its field before the cut (its pre-cut families' CPC codes and titles, kind licence);
 * the candidate offers are the pre-cut packages of every other organization (licence
 * offers); the hit is the package of the organization it went on to deal with. The
 * matcher ranks the offers as the service does; the baseline ranks them by keyword and
 * CPC-subclass overlap (Jaccard). Nothing is fitted, so nothing is tuned: the cut is
 * fixed beforehand.
 */
@Component
class MarketEvaluation implements Evaluation {

	static final String FILE = "lens-drones-patents/drones_fulltext_families_5884.csv";

	/** Codes and titles a package keeps at most (the most frequent codes). */
	static final int MAX_CODES = 50;

	@Override
	public String name() {
		return "market";
	}

	@Override
	public String description() {
		return "Demand-offer matching on real deals (first co-application after a cut, Lens drones export): "
				+ "P@10 and MRR of the partner's package, beside a keyword/CPC-overlap baseline. Options: cut "
				+ "(year, default 2014), data (shared data directory).";
	}

	/**
	 * One organization's families before the cut.
	 */
	static final class Package {

		final Map<String, Integer> codes = new HashMap<>();

		final List<String> titles = new ArrayList<>();

		List<String> topCodes() {
			return this.codes.entrySet()
				.stream()
				.sorted(Map.Entry.<String, Integer>comparingByValue()
					.reversed()
					.thenComparing(Map.Entry.comparingByKey()))
				.limit(MAX_CODES)
				.map(Map.Entry::getKey)
				.toList();
		}

		String text() {
			return String.join(". ", this.titles.subList(0, Math.min(MAX_CODES, this.titles.size())));
		}

	}

	@Override
	public EvaluationReport run(Map<String, String> options) {
		int cut = Integer.parseInt(options.getOrDefault("cut", "2014"));
		Path file = SharedData.find(options.get("data"), FILE)
			.orElseThrow(() -> new IllegalArgumentException("shared data not found: " + FILE
					+ " (name the shared data directory with --option data=DIR or IPGRAPH_SHARED_DATA)"));
		Map<String, Package> before = new TreeMap<>();
		Set<String> linkedBefore = new HashSet<>();
		Map<String, Set<String>> dealsAfter = new TreeMap<>();
		int families = 0;
		int undated = 0;
		for (Map<String, String> row : CsvTable.readAll(file)) {
			int year = year(row.get("Application Date"));
			if (year < 0) {
				undated++;
				continue;
			}
			families++;
			Set<String> owners = new TreeSet<>();
			for (String applicant : row.getOrDefault("Applicants", "").split(";;")) {
				String key = applicant.isBlank() ? null : OrganizationNames.key(applicant);
				if (key != null && !key.isBlank()) {
					owners.add(key);
				}
			}
			List<String> codes = List.of(row.getOrDefault("CPC Classifications", "").split(";;"))
				.stream()
				.map(String::strip)
				.filter(c -> !c.isEmpty())
				.toList();
			for (String a : owners) {
				if (year < cut) {
					Package p = before.computeIfAbsent(a, k -> new Package());
					codes.forEach(c -> p.codes.merge(c, 1, Integer::sum));
					p.titles.add(row.getOrDefault("Title", ""));
				}
				for (String b : owners) {
					if (!a.equals(b)) {
						if (year < cut) {
							linkedBefore.add(a + "|" + b);
						}
						else {
							dealsAfter.computeIfAbsent(a, k -> new TreeSet<>()).add(b);
						}
					}
				}
			}
		}
		Map<String, Set<String>> queries = new LinkedHashMap<>();
		dealsAfter.forEach((a, partners) -> {
			if (before.containsKey(a)) {
				Set<String> hits = new TreeSet<>();
				partners.stream()
					.filter(b -> before.containsKey(b) && !linkedBefore.contains(a + "|" + b))
					.forEach(hits::add);
				if (!hits.isEmpty()) {
					queries.put(a, hits);
				}
			}
		});
		List<MarketMatcher.OfferFacts> offers = new ArrayList<>();
		before.forEach((o, p) -> offers
			.add(new MarketMatcher.OfferFacts(o, "licence", o, p.topCodes(), p.text(), null, null, null)));
		MarketMatcher matcher = new MarketMatcher(0, LocalDate.of(cut, 1, 1));
		EvaluationReport.Builder report = EvaluationReport.builder(name());
		String task = "co-application-after-" + cut;
		List<double[]> model = new ArrayList<>();
		List<double[]> baseline = new ArrayList<>();
		for (Map.Entry<String, Set<String>> q : queries.entrySet()) {
			Package p = before.get(q.getKey());
			MarketMatcher.DemandFacts demand = new MarketMatcher.DemandFacts(q.getKey(), "licence", q.getKey(),
					p.topCodes(), p.text(), null, null, null);
			List<String> ranked = matcher.match(List.of(demand), offers)
				.stream()
				.map(MarketMatcher.Scored::offer)
				.toList();
			model.add(figures(ranked, q.getValue()));
			baseline.add(figures(overlap(p, before, q.getKey()), q.getValue()));
		}
		put(report, task, "model", model);
		put(report, task, "baseline.keyword_cpc_overlap", baseline);
		report.figure(task, "data", "families", families);
		report.figure(task, "data", "families_undated", undated);
		report.figure(task, "data", "organizations_before_cut", before.size());
		report.figure(task, "data", "queries", queries.size());
		report.figure(task, "data", "deals", queries.values().stream().mapToInt(Set::size).sum());
		report.note("A deal is a first co-application from " + cut + " on between two organizations that both filed "
				+ "before " + cut
				+ " and had not co-applied before (Lens drones export). It is a proxy: the shared data "
				+ "holds no record of licences or sales between organizations in volume (the USPTO assignment fixtures "
				+ "are 11 records: one organization-to-organization assignment, security interests and employee "
				+ "assignments, none whose buyer filed earlier).");
		report.note("The candidate offers are every other organization with pre-cut families, each offering its "
				+ "pre-cut package for licence; kinds, budgets and deadlines are the same for all, so only the CPC "
				+ "overlap and the text similarity rank them. Nothing is fitted: the figures are on held-out deals.");
		return report.build();
	}

	private static void put(EvaluationReport.Builder report, String task, String model, List<double[]> rows) {
		report.figure(task, model, "p_at_10", round(rows.stream().mapToDouble(r -> r[0]).average().orElse(0)));
		report.figure(task, model, "mrr", round(rows.stream().mapToDouble(r -> r[1]).average().orElse(0)));
		report.figure(task, model, "hits_at_10", (int) rows.stream().filter(r -> r[2] > 0).count());
	}

	private static double[] figures(List<String> ranked, Set<String> relevant) {
		double p = Metrics.precisionAt(10, ranked, relevant);
		double rr = Metrics.reciprocalRank(ranked, relevant);
		boolean hit = ranked.subList(0, Math.min(10, ranked.size())).stream().anyMatch(relevant::contains);
		return new double[] { p, rr, hit ? 1 : 0 };
	}

	/**
	 * The baseline: Jaccard of CPC subclasses plus Jaccard of title words, best first.
	 */
	static List<String> overlap(Package demand, Map<String, Package> packages, String self) {
		Set<String> subclasses = subclasses(demand);
		Set<String> words = words(demand);
		Map<String, Double> scores = new HashMap<>();
		packages.forEach((o, p) -> {
			if (!o.equals(self)) {
				double s = jaccard(subclasses, subclasses(p)) + jaccard(words, words(p));
				if (s > 0) {
					scores.put(o, s);
				}
			}
		});
		return scores.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.map(Map.Entry::getKey)
			.toList();
	}

	private static Set<String> subclasses(Package p) {
		Set<String> s = new TreeSet<>();
		p.codes.keySet().forEach(c -> s.add(c.length() > 4 ? c.substring(0, 4) : c));
		return s;
	}

	private static Set<String> words(Package p) {
		Set<String> s = new LinkedHashSet<>();
		for (String t : p.titles) {
			for (String w : t.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
				if (w.length() > 3) {
					s.add(w);
				}
			}
		}
		return s;
	}

	private static double jaccard(Set<String> a, Set<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		long shared = a.stream().filter(b::contains).count();
		return (double) shared / (a.size() + b.size() - shared);
	}

	private static int year(String date) {
		return date == null || date.length() < 4 || !date.substring(0, 4).chars().allMatch(Character::isDigit) ? -1
				: Integer.parseInt(date.substring(0, 4));
	}

	private static double round(double x) {
		return Math.round(x * 10000) / 10000.0;
	}

}
