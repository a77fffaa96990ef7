package org.ipgraph.nlp.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.ipgraph.graph.OrganizationNames;
import org.ipgraph.nlp.DocumentAnalysis;
import org.ipgraph.nlp.Fact;
import org.ipgraph.nlp.LinkedMention;
import org.ipgraph.nlp.Sentence;
import org.ipgraph.nlp.TextAnalyzer;
import org.ipgraph.nlp.text.ExtractedText;

/**
 * Litigation facts read from the hand-annotated FFII pages ({@code annotated/ffii/},
 * litigation facts per {@code GUIDELINE.md}), compared as plaintiff–defendant pairs:
 * <ul>
 * <li><b>pair recall</b>: of the gold pairs (every plaintiff with every defendant of a
 * fact that names both sides), those the system reads on the page with the same
 * roles;</li>
 * <li><b>precision</b>: of the pairs the system reads on the page (distinct per page),
 * those that are a gold pair with the same roles.</li>
 * </ul>
 * A party matches when the plain keys of the names ({@link OrganizationNames#plainKey},
 * no case, punctuation or legal form) are equal or one is the other's first words ("IPXL
 * Holdings" and "IPXL Holdings, LLC"). Only the annotated region of each page is read;
 * other-language pages have no litigation facts and are skipped. The baseline is sentence
 * co-occurrence: two organizations in a sentence with a suit word, the first read as the
 * plaintiff. Counts stand beside every ratio (the test split has 8 pairs).
 */
final class LitigationEvaluation {

	/** Suit words of the co-occurrence baseline. */
	private static final Set<String> SUIT_WORDS = Set.of("sue", "sues", "sued", "suing", "suit", "suits", "lawsuit",
			"lawsuits", "countersued", "litigation", "v.", "vs.", "versus", "court", "settled", "settles",
			"infringement");

	/** The systems compared: the pipeline's relation rules and the baseline. */
	static final String RULES = "pipeline";

	static final String COOCCURRENCE = "sentence-cooccurrence";

	private LitigationEvaluation() {
	}

	/**
	 * A plaintiff–defendant pair, as names.
	 */
	record Pair(String plaintiff, String defendant) {

		boolean matches(Pair other) {
			return sameParty(this.plaintiff, other.plaintiff) && sameParty(this.defendant, other.defendant);
		}

	}

	/**
	 * One system on one split.
	 *
	 * @param pages pages read
	 * @param facts gold facts
	 * @param goldPairs gold pairs
	 * @param goldPairsFound gold pairs the system read
	 * @param predictedPairs pairs the system read
	 * @param correctPairs of those, gold pairs
	 * @param pairRecall goldPairsFound / goldPairs
	 * @param precision correctPairs / predictedPairs
	 * @param f1 their harmonic mean
	 */
	record Figures(int pages, int facts, int goldPairs, int goldPairsFound, int predictedPairs, int correctPairs,
			double pairRecall, double precision, double f1) {
	}

	/**
	 * Writes {@code litigation} into {@code text_dev} and {@code text_test}: the
	 * pipeline's {@code pair_recall} and {@code precision} with their counts, and the
	 * baseline's figures beside them.
	 */
	static void evaluate(EvaluationContext context, EvaluationReport.Builder report) {
		TextAnalyzer analyzer = new TextAnalyzer(context.systems().pipeline(Systems.PIPELINE),
				context.systems().linker());
		StringBuilder text = new StringBuilder("Litigation on the annotated FFII pages: plaintiff-defendant pairs\n");
		for (String split : TextEntityEvaluation.SPLITS) {
			List<AnnotatedSets.Page> pages = context.annotated()
				.pages(split)
				.stream()
				.filter(p -> p.set().equals(AnnotatedSets.FFII) && p.english())
				.toList();
			Map<String, List<List<Pair>>> predicted = predict(pages, analyzer);
			Figures rules = figures(pages, predicted.get(RULES));
			Figures baseline = figures(pages, predicted.get(COOCCURRENCE));
			Map<String, Object> section = json(rules);
			section.put("baselines", Map.of(COOCCURRENCE, json(baseline)));
			section.put("protocol", "pairs of a page, same roles; a party matches by plain key or first words; "
					+ "gold pairs: every plaintiff with every defendant of a fact that names both sides");
			report.section("text_" + split).put("litigation", section);
			text.append(String.format("  text_%s: %d pages, %d facts, %d gold pairs%n", split, rules.pages(),
					rules.facts(), rules.goldPairs()));
			line(text, RULES, rules);
			line(text, COOCCURRENCE, baseline);
		}
		report.text(text.toString());
	}

	private static Map<String, Object> json(Figures f) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("pair_recall", f.pairRecall());
		out.put("precision", f.precision());
		out.put("f1", f.f1());
		out.put("gold_pairs", f.goldPairs());
		out.put("gold_pairs_found", f.goldPairsFound());
		out.put("predicted_pairs", f.predictedPairs());
		out.put("correct_pairs", f.correctPairs());
		out.put("facts", f.facts());
		out.put("pages", f.pages());
		return out;
	}

	private static void line(StringBuilder text, String system, Figures f) {
		text.append(
				String.format("    %-24s pair recall %.3f (%d/%d)  precision %.3f (%d/%d)%n", system, f.pairRecall(),
						f.goldPairsFound(), f.goldPairs(), f.precision(), f.correctPairs(), f.predictedPairs()));
	}

	/**
	 * Per system, per page, the distinct pairs read in the annotated region.
	 */
	static Map<String, List<List<Pair>>> predict(List<AnnotatedSets.Page> pages, TextAnalyzer analyzer) {
		Map<String, List<List<Pair>>> out = new LinkedHashMap<>();
		out.put(RULES, new ArrayList<>());
		out.put(COOCCURRENCE, new ArrayList<>());
		for (AnnotatedSets.Page page : pages) {
			ExtractedText extracted = TextEntityEvaluation.extract(page);
			DocumentAnalysis analysis = analyzer.analyze(extracted, null);
			out.get(RULES).add(rulePairs(analysis, (start, end) -> inRegion(page, extracted, start, end)));
			out.get(COOCCURRENCE)
				.add(cooccurrencePairs(analysis, (start, end) -> inRegion(page, extracted, start, end)));
		}
		return out;
	}

	private static boolean inRegion(AnnotatedSets.Page page, ExtractedText extracted, int start, int end) {
		int[] span = extracted.sourceSpan(start, end);
		return span != null && span[0] >= page.regionStart() && span[1] <= page.regionEnd();
	}

	/**
	 * The gold pairs of a page: every plaintiff with every defendant of each fact.
	 */
	static List<Pair> gold(AnnotatedSets.Page page) {
		List<Pair> out = new ArrayList<>();
		for (AnnotatedSets.Litigation fact : page.litigation()) {
			for (String plaintiff : fact.plaintiffs()) {
				for (String defendant : fact.defendants()) {
					out.add(pair(plaintiff, defendant));
				}
			}
		}
		return out;
	}

	static Figures figures(List<AnnotatedSets.Page> pages, List<List<Pair>> predicted) {
		int gold = 0;
		int found = 0;
		int predictedPairs = 0;
		int correct = 0;
		int facts = 0;
		for (int i = 0; i < pages.size(); i++) {
			List<Pair> expected = gold(pages.get(i));
			List<Pair> read = predicted.get(i);
			facts += pages.get(i).litigation().size();
			gold += expected.size();
			found += (int) expected.stream().filter(g -> read.stream().anyMatch(g::matches)).count();
			predictedPairs += read.size();
			correct += (int) read.stream().filter(p -> expected.stream().anyMatch(p::matches)).count();
		}
		double recall = gold == 0 ? 0 : (double) found / gold;
		double precision = predictedPairs == 0 ? 0 : (double) correct / predictedPairs;
		double f1 = recall + precision == 0 ? 0 : 2 * recall * precision / (recall + precision);
		return new Figures(pages.size(), facts, gold, found, predictedPairs, correct, round(recall), round(precision),
				round(f1));
	}

	/**
	 * The pairs of the litigation rules' cases: each plaintiff with each defendant of one
	 * case.
	 */
	static List<Pair> rulePairs(DocumentAnalysis analysis, Region region) {
		Map<String, List<String>> plaintiffs = new LinkedHashMap<>();
		Map<String, List<String>> defendants = new LinkedHashMap<>();
		for (Fact fact : analysis.facts()) {
			if (!region.contains(fact.start(), fact.end())) {
				continue;
			}
			if (fact.type().equals("PLAINTIFF_IN")) {
				plaintiffs.computeIfAbsent(fact.to().key(), k -> new ArrayList<>()).add(fact.from().name());
			}
			else if (fact.type().equals("DEFENDANT_IN")) {
				defendants.computeIfAbsent(fact.to().key(), k -> new ArrayList<>()).add(fact.from().name());
			}
		}
		Set<Pair> pairs = new LinkedHashSet<>();
		plaintiffs.forEach((lawsuit, names) -> {
			for (String plaintiff : names) {
				for (String defendant : defendants.getOrDefault(lawsuit, List.of())) {
					pairs.add(pair(plaintiff, defendant));
				}
			}
		});
		return distinct(pairs);
	}

	/**
	 * The baseline: in a sentence with a suit word, every organization with every later
	 * one (a court left out).
	 */
	static List<Pair> cooccurrencePairs(DocumentAnalysis analysis, Region region) {
		Set<Pair> pairs = new LinkedHashSet<>();
		for (Sentence sentence : analysis.text().sentences()) {
			if (!region.contains(sentence.start(), sentence.end())) {
				continue;
			}
			boolean suit = false;
			for (String token : sentence.tokens()) {
				suit |= SUIT_WORDS.contains(token.toLowerCase(Locale.ROOT));
			}
			if (!suit) {
				continue;
			}
			List<String> organizations = analysis.mentions()
				.stream()
				.filter(m -> m.mention().sentence() == sentence.index() && m.is("Organization"))
				.map(LinkedMention::mention)
				.map(m -> m.text())
				.filter(name -> !name.toLowerCase(Locale.ROOT).contains("court"))
				.toList();
			for (int i = 0; i < organizations.size(); i++) {
				for (int j = i + 1; j < organizations.size(); j++) {
					pairs.add(pair(organizations.get(i), organizations.get(j)));
				}
			}
		}
		return distinct(pairs);
	}

	private static Pair pair(String plaintiff, String defendant) {
		return new Pair(plaintiff.replaceAll("\\s+", " ").strip(), defendant.replaceAll("\\s+", " ").strip());
	}

	/**
	 * One pair per distinct pair of parties.
	 */
	private static List<Pair> distinct(Set<Pair> pairs) {
		List<Pair> out = new ArrayList<>();
		for (Pair pair : pairs) {
			if (!sameParty(pair.plaintiff(), pair.defendant()) && out.stream().noneMatch(pair::matches)) {
				out.add(pair);
			}
		}
		return out;
	}

	/**
	 * Whether two names are the same party: equal plain keys, or one the other's first
	 * words.
	 */
	static boolean sameParty(String a, String b) {
		String x = OrganizationNames.plainKey(a);
		String y = OrganizationNames.plainKey(b);
		if (x.isEmpty() || y.isEmpty()) {
			return false;
		}
		return x.equals(y) || x.startsWith(y + " ") || y.startsWith(x + " ");
	}

	/**
	 * Whether evidence at [start, end) of the extracted text lies in the annotated
	 * region.
	 */
	@FunctionalInterface
	interface Region {

		boolean contains(int start, int end);

	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

}
