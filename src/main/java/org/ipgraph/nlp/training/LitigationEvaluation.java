package org.ipgraph.nlp.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.ipgraph.nlp.text.TextExtractionException;
import org.ipgraph.nlp.text.TextExtractor;
import tools.jackson.databind.JsonNode;

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
 * other-language pages have no litigation facts and are skipped. The baseline is
 * sentence co-occurrence: two organizations in a sentence with a suit word, the first
 * read as the plaintiff. Counts stand beside every ratio (the test split has 8 pairs).
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
	 * A page of the annotated set, with its gold pairs.
	 *
	 * @param id the page
	 * @param region its annotated text (raw markup)
	 * @param fileName for the extractor
	 * @param gold the gold plaintiff–defendant pairs
	 * @param facts the gold facts
	 */
	record Page(String id, String region, String fileName, List<Pair> gold, int facts) {
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
	 * The figures of the pipeline ({@code pair_recall}, {@code precision}, counts) with
	 * the baseline's beside them, for one split.
	 */
	static Map<String, Object> section(List<Page> pages, TextAnalyzer analyzer) {
		Map<String, List<List<Pair>>> predicted = predict(pages, analyzer);
		Figures rules = figures(pages, predicted.get(RULES));
		Figures baseline = figures(pages, predicted.get(COOCCURRENCE));
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("pair_recall", rules.pairRecall());
		out.put("precision", rules.precision());
		out.put("f1", rules.f1());
		out.put("gold_pairs", rules.goldPairs());
		out.put("gold_pairs_found", rules.goldPairsFound());
		out.put("predicted_pairs", rules.predictedPairs());
		out.put("correct_pairs", rules.correctPairs());
		out.put("facts", rules.facts());
		out.put("pages", rules.pages());
		out.put("baseline", Map.of(COOCCURRENCE, baseline));
		return out;
	}

	/**
	 * Per system, per page, the distinct pairs read.
	 */
	static Map<String, List<List<Pair>>> predict(List<Page> pages, TextAnalyzer analyzer) {
		Map<String, List<List<Pair>>> out = new LinkedHashMap<>();
		out.put(RULES, new ArrayList<>());
		out.put(COOCCURRENCE, new ArrayList<>());
		for (Page page : pages) {
			DocumentAnalysis analysis = analyzer.analyze(extract(page), null);
			out.get(RULES).add(rulePairs(analysis));
			out.get(COOCCURRENCE).add(cooccurrencePairs(analysis));
		}
		return out;
	}

	static Figures figures(List<Page> pages, List<List<Pair>> predicted) {
		int gold = 0;
		int found = 0;
		int predictedPairs = 0;
		int correct = 0;
		int facts = 0;
		for (int i = 0; i < pages.size(); i++) {
			Page page = pages.get(i);
			List<Pair> read = predicted.get(i);
			facts += page.facts();
			gold += page.gold().size();
			found += (int) page.gold().stream().filter(g -> read.stream().anyMatch(g::matches)).count();
			predictedPairs += read.size();
			correct += (int) read.stream().filter(p -> page.gold().stream().anyMatch(p::matches)).count();
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
	static List<Pair> rulePairs(DocumentAnalysis analysis) {
		Map<String, List<String>> plaintiffs = new LinkedHashMap<>();
		Map<String, List<String>> defendants = new LinkedHashMap<>();
		for (Fact fact : analysis.facts()) {
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
	static List<Pair> cooccurrencePairs(DocumentAnalysis analysis) {
		Set<Pair> pairs = new LinkedHashSet<>();
		for (Sentence sentence : analysis.text().sentences()) {
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

	private static String extract(Page page) {
		try {
			ExtractedText text = TextExtractor.extract(page.fileName(),
					page.region().getBytes(StandardCharsets.UTF_8));
			return text.text();
		}
		catch (TextExtractionException ex) {
			throw new IllegalStateException(page.id() + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * The gold pairs of a page's facts.
	 */
	static List<Pair> goldPairs(List<List<String>> plaintiffs, List<List<String>> defendants) {
		List<Pair> out = new ArrayList<>();
		for (int f = 0; f < plaintiffs.size(); f++) {
			for (String plaintiff : plaintiffs.get(f)) {
				for (String defendant : defendants.get(f)) {
					out.add(pair(plaintiff, defendant));
				}
			}
		}
		return out;
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

	/**
	 * The English pages of one split of {@code annotated/ffii/}, their text read from the
	 * shared data and checked against the recorded SHA-256.
	 */
	static List<Page> pages(Path modelDir, Path data, String split) {
		Path file = modelDir.resolve("annotated").resolve("ffii").resolve(split + ".jsonl");
		List<Page> out = new ArrayList<>();
		try {
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				if (line.isBlank()) {
					continue;
				}
				JsonNode record = NlpTraining.JSON.readTree(line);
				if (!record.get("language").asString().equals("eng")) {
					continue;
				}
				String id = record.get("source").asString();
				byte[] bytes = Files.readAllBytes(data.resolve(id));
				if (!Checksums.sha256(bytes).equals(record.get("sha256").asString())) {
					throw new IllegalStateException("The annotated page " + data.resolve(id)
							+ " is not the annotated version (SHA-256 differs)");
				}
				String source = new String(bytes, StandardCharsets.UTF_8);
				String region = source.substring(record.get("region").get(0).asInt(),
						record.get("region").get(1).asInt());
				List<List<String>> plaintiffs = new ArrayList<>();
				List<List<String>> defendants = new ArrayList<>();
				for (JsonNode fact : record.path("litigation")) {
					plaintiffs.add(strings(fact.path("plaintiffs")));
					defendants.add(strings(fact.path("defendants")));
				}
				out.add(new Page(id, region, Path.of(id).getFileName().toString(),
						goldPairs(plaintiffs, defendants), plaintiffs.size()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the annotated set " + file
					+ " or its pages (the shared data's ffii-wiki-texts)", ex);
		}
		return out;
	}

	private static List<String> strings(JsonNode array) {
		List<String> out = new ArrayList<>();
		array.forEach(n -> out.add(n.asString()));
		return out;
	}

}
