package org.ipgraph.nlp.training;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ipgraph.ingest.csv.CsvTable;
import org.ipgraph.graph.OrganizationNames;
import org.ipgraph.nlp.AnnotatedText;
import org.ipgraph.nlp.linking.EntityLinker;
import org.ipgraph.nlp.EntityType;
import org.ipgraph.nlp.Link;
import org.ipgraph.nlp.Mention;

/**
 * The 177 real federal-funding statements of PatentsView with their gold organizations
 * (the {@code orgs} column) and normalized agencies ({@code looked_up}). None of them is
 * trained on.
 * <ul>
 * <li>Organizations, strict: the set of normalized names predicted per statement against
 * the gold set (organization keys: case, punctuation, a leading "the" and legal forms
 * ignored).</li>
 * <li>Organizations, lenient: the gold lists several overlapping variants of one mention
 * ("Office of Naval Research", "U.S. Office of Naval Research"); variants that contain
 * one another form one gold entity, and a prediction matches an entity when its name
 * contains, or is contained in, one of the variants.</li>
 * <li>Agencies: the reference agencies and programs the mentions link to against
 * {@code looked_up}.</li>
 * </ul>
 * Statements are split in a dev third (errors looked at while building the pipeline) and
 * a test two thirds (figures only); all three are reported.
 */
final class GovInterestEvaluation {

	static final String FILE = "patentsview-gov-interest/gi_ner_orgs_contracts_lookedup.csv";

	static final String SECTION = "gov_interest";

	private GovInterestEvaluation() {
	}

	static void evaluate(EvaluationContext context, EvaluationReport.Builder report) {
		Result result = evaluate(context.data(), context.systems(), context.trainHalf());
		Map<String, Object> section = report.section(SECTION);
		Map<String, Object> organization = summary(result, Systems.PIPELINE);
		Map<String, Object> baselines = new LinkedHashMap<>();
		for (String system : Systems.BASELINES) {
			baselines.put(system, summary(result, system));
		}
		organization.put("baselines", baselines);
		section.put("organization", organization);
		section.putAll(EvaluationReport.fields(result));
		report.result(result).text(text(result));
	}

	/**
	 * The headline figures of one system: strict and lenient F1 of the organizations.
	 */
	private static Map<String, Object> summary(Result result, String system) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("strict_f1", result.organizations().get("strict").get(system).f1());
		out.put("lenient_f1", result.organizations().get("lenient").get(system).f1());
		out.put("strict", result.organizations().get("strict").get(system));
		return out;
	}

	private static String text(Result gi) {
		StringBuilder out = new StringBuilder();
		out.append(String.format("Federal-funding statements (%d: dev %d, test %d), organizations%n", gi.statements(),
				gi.dev(), gi.test()));
		EvaluationText.table(out, gi.organizations());
		out.append("Agencies and programs linked, against looked_up\n");
		EvaluationText.table(out, gi.agencies());
		out.append("Pipeline by subset\n");
		gi.subsets().forEach((k, v) -> out.append(String.format("  %-28s %s%n", k, v)));
		return out.toString();
	}

	/**
	 * Figures: {@code organizations} (protocol to system to figures), {@code agencies},
	 * and {@code subsets} (dev/test for the pipeline).
	 */
	record Result(int statements, int dev, int test, Map<String, Map<String, Prf>> organizations,
			Map<String, Map<String, Prf>> agencies, Map<String, Prf> subsets) {
	}

	record Statement(String id, String text, List<String> gold, List<String> agencies, boolean dev) {
	}

	static List<Statement> statements(Path data) {
		List<Statement> out = new ArrayList<>();
		for (Map<String, String> row : CsvTable.readAll(data.resolve(FILE))) {
			String id = row.get("patent_id");
			out.add(new Statement(id, row.get("gi_statement").strip(), split(row.get("orgs")),
					split(row.get("looked_up")), Math.floorMod(id.hashCode(), 3) == 0));
		}
		return out;
	}

	static Result evaluate(Path data, Systems systems, Systems trainHalf) {
		List<Statement> statements = statements(data);
		Map<String, Map<String, Prf>> organizations = new LinkedHashMap<>();
		Map<String, Map<String, Prf>> agencies = new LinkedHashMap<>();
		Map<String, Prf> subsets = new LinkedHashMap<>();
		for (String protocol : List.of("strict", "lenient", "strict, organizations and funds",
				"lenient, organizations and funds")) {
			organizations.put(protocol, new LinkedHashMap<>());
		}
		agencies.put("reference from all agency lists", new LinkedHashMap<>());
		agencies.put("reference without the held-out half of raw-to-clean", new LinkedHashMap<>());
		for (String system : Systems.ALL) {
			Tally[] totals = Tally.array(4);
			Tally[] agencyTotals = Tally.array(2);
			Tally[] dev = Tally.array(2);
			Tally[] test = Tally.array(2);
			for (Statement s : statements) {
				AnnotatedText text = systems.pipeline(system).annotate(s.text(), systems.gazetteer(system));
				List<String> orgs = names(text, false);
				List<String> orgsAndFunds = names(text, true);
				Tally strict = strict(orgs, s.gold());
				Tally lenient = lenient(orgs, s.gold());
				totals[0].add(strict);
				totals[1].add(lenient);
				totals[2].add(strict(orgsAndFunds, s.gold()));
				totals[3].add(lenient(orgsAndFunds, s.gold()));
				agencyTotals[0].add(strict(linked(text, systems.linker()), s.agencies()));
				AnnotatedText halfText = trainHalf.pipeline(system).annotate(s.text(), trainHalf.gazetteer(system));
				agencyTotals[1].add(strict(linked(halfText, trainHalf.linker()), s.agencies()));
				(s.dev() ? dev : test)[0].add(strict);
				(s.dev() ? dev : test)[1].add(lenient);
			}
			int i = 0;
			for (Map<String, Prf> protocol : organizations.values()) {
				protocol.put(system, totals[i++].prf());
			}
			agencies.get("reference from all agency lists").put(system, agencyTotals[0].prf());
			agencies.get("reference without the held-out half of raw-to-clean").put(system, agencyTotals[1].prf());
			if (system.equals(Systems.PIPELINE)) {
				subsets.put("dev, strict", dev[0].prf());
				subsets.put("dev, lenient", dev[1].prf());
				subsets.put("test, strict", test[0].prf());
				subsets.put("test, lenient", test[1].prf());
			}
		}
		int devCount = (int) statements.stream().filter(Statement::dev).count();
		return new Result(statements.size(), devCount, statements.size() - devCount, organizations, agencies, subsets);
	}

	static List<String> names(AnnotatedText text, boolean funds) {
		List<String> out = new ArrayList<>();
		for (Mention m : text.mentions()) {
			if (m.type() == EntityType.ORGANIZATION || funds && m.type() == EntityType.FUND) {
				out.add(m.text());
			}
		}
		return out;
	}

	/**
	 * Names of the reference agencies and programs the organization and fund mentions
	 * link to.
	 */
	static List<String> linked(AnnotatedText text, EntityLinker linker) {
		List<String> out = new ArrayList<>();
		EntityLinker.DocumentContext context = new EntityLinker.DocumentContext(Map.of());
		for (Mention m : text.mentions()) {
			if (m.type() == EntityType.ORGANIZATION || m.type() == EntityType.FUND) {
				Link link = linker.link(m, context);
				if (link.status() == Link.Status.LINKED && "reference".equals(link.entity().origin())) {
					out.add(link.entity().name());
				}
			}
		}
		return out;
	}

	static Tally strict(List<String> predicted, List<String> gold) {
		Set<String> p = keys(predicted);
		Set<String> g = keys(gold);
		int tp = (int) p.stream().filter(g::contains).count();
		return new Tally(tp, p.size(), tp, g.size());
	}

	static Tally lenient(List<String> predicted, List<String> gold) {
		Set<String> p = keys(predicted);
		List<Set<String>> clusters = clusters(keys(gold));
		int matchedPredictions = 0;
		for (String key : p) {
			if (clusters.stream().anyMatch(c -> c.stream().anyMatch(g -> related(key, g)))) {
				matchedPredictions++;
			}
		}
		int matchedGold = 0;
		for (Set<String> cluster : clusters) {
			if (p.stream().anyMatch(key -> cluster.stream().anyMatch(g -> related(key, g)))) {
				matchedGold++;
			}
		}
		return new Tally(matchedPredictions, p.size(), matchedGold, clusters.size());
	}

	/**
	 * Gold variants that contain one another, grouped (transitively).
	 */
	static List<Set<String>> clusters(Set<String> gold) {
		List<Set<String>> clusters = new ArrayList<>();
		for (String g : gold) {
			List<Set<String>> joined = clusters.stream().filter(c -> c.stream().anyMatch(o -> related(g, o))).toList();
			Set<String> merged = new LinkedHashSet<>();
			merged.add(g);
			joined.forEach(merged::addAll);
			clusters.removeAll(joined);
			clusters.add(merged);
		}
		return clusters;
	}

	/**
	 * Whether one key's words appear, in order and together, in the other.
	 */
	static boolean related(String a, String b) {
		String x = " " + a + " ";
		String y = " " + b + " ";
		return x.contains(y) || y.contains(x);
	}

	static Set<String> keys(List<String> names) {
		Set<String> out = new LinkedHashSet<>();
		for (String name : names) {
			String key = OrganizationNames.plainKey(name.strip());
			if (!key.isEmpty()) {
				out.add(key);
			}
		}
		return out;
	}

	private static List<String> split(String field) {
		if (field == null || field.isBlank()) {
			return List.of();
		}
		return Arrays.stream(field.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	/**
	 * Counts behind a figure; predictions and gold are matched separately (see the
	 * lenient protocol).
	 */
	static final class Tally {

		int matchedPredictions;

		int predictions;

		int matchedGold;

		int gold;

		Tally(int matchedPredictions, int predictions, int matchedGold, int gold) {
			this.matchedPredictions = matchedPredictions;
			this.predictions = predictions;
			this.matchedGold = matchedGold;
			this.gold = gold;
		}

		static Tally[] array(int n) {
			Tally[] out = new Tally[n];
			for (int i = 0; i < n; i++) {
				out[i] = new Tally(0, 0, 0, 0);
			}
			return out;
		}

		void add(Tally other) {
			this.matchedPredictions += other.matchedPredictions;
			this.predictions += other.predictions;
			this.matchedGold += other.matchedGold;
			this.gold += other.gold;
		}

		Prf prf() {
			return Prf.lenient(this.matchedPredictions, this.predictions, this.matchedGold, this.gold);
		}

	}

}
