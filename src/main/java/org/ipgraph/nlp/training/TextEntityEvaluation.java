package org.ipgraph.nlp.training;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ipgraph.nlp.AnnotatedText;
import org.ipgraph.nlp.EntityType;
import org.ipgraph.nlp.Mention;
import org.ipgraph.nlp.text.ExtractedText;
import org.ipgraph.nlp.text.TextExtractionException;
import org.ipgraph.nlp.text.TextExtractor;

/**
 * ORGANIZATION, PERSON, POLICY and FUND on the hand-annotated sets
 * ({@code nlp-models/annotated/}): the FFII wiki pages, read as ingest reads them (the
 * Markdown extractor, then the pipeline), and the policy and funding passages. Strict: a
 * predicted mention counts only with the same type and exactly the annotated span, in the
 * page's source characters (extracted-text offsets are mapped back to the file). Only the
 * annotated region of a page counts, and on other-language pages only ORGANIZATION and
 * PERSON (nothing else is annotated there). Figures are micro-averaged over all pages of
 * a split: {@code text_dev} (looked at while building the pipeline) and {@code text_test}
 * (figures only), each with its parts: the FFII pages, their English and other-language
 * pages, and the passages.
 */
final class TextEntityEvaluation {

	static final List<EntityType> TYPES = List.of(EntityType.ORGANIZATION, EntityType.PERSON, EntityType.POLICY,
			EntityType.FUND);

	static final List<String> SPLITS = List.of("dev", "test");

	/** The parts of a split every figure is also given for. */
	static final List<String> PARTS = List.of("ffii", "ffii_english", "ffii_other_language", "policy");

	private TextEntityEvaluation() {
	}

	static void evaluate(EvaluationContext context, EvaluationReport.Builder report) {
		StringBuilder text = new StringBuilder(
				"Annotated pages and passages (nlp-models/annotated), strict: same type and exact span\n");
		for (String split : SPLITS) {
			List<AnnotatedSets.Page> pages = context.annotated().pages(split);
			Map<String, Map<String, Counts>> counts = new LinkedHashMap<>();
			for (String system : Systems.ALL) {
				for (AnnotatedSets.Page page : pages) {
					Scored scored = score(page, context.systems(), system);
					for (String part : partsOf(page)) {
						scored.addTo(counts.computeIfAbsent(part, p -> new LinkedHashMap<>())
							.computeIfAbsent(system, s -> new Counts()));
					}
				}
			}
			Map<String, Object> section = report.section("text_" + split);
			Map<String, Counts> all = counts.get("all");
			for (EntityType type : TYPES) {
				Map<String, Prf> baselines = new LinkedHashMap<>();
				for (String system : Systems.BASELINES) {
					baselines.put(system, all.get(system).prf(type.name()));
				}
				section.put(type.tag(), Headline.of(all.get(Systems.PIPELINE).prf(type.name()), baselines));
			}
			Map<String, Object> parts = new LinkedHashMap<>();
			for (String part : PARTS) {
				Map<String, Map<String, Prf>> byType = new LinkedHashMap<>();
				for (EntityType type : TYPES) {
					Map<String, Prf> bySystem = new LinkedHashMap<>();
					counts.getOrDefault(part, Map.of()).forEach((system, c) -> {
						if (c.has(type.name())) {
							bySystem.put(system, c.prf(type.name()));
						}
					});
					if (!bySystem.isEmpty()) {
						byType.put(type.tag(), bySystem);
					}
				}
				parts.put(part, byType);
			}
			section.put("parts", parts);
			section.put("pages", pageCounts(pages));
			section.put("protocol", "strict: the same type and exactly the annotated span (source characters), "
					+ "micro-averaged over the pages; FFII pages and the policy passages together");
			text.append(String.format("  %s (%s)%n", "text_" + split, pageCounts(pages)));
			Map<String, Map<String, Prf>> table = new LinkedHashMap<>();
			all.forEach((system, c) -> {
				Map<String, Prf> row = new LinkedHashMap<>();
				TYPES.forEach(t -> row.put(t.name(), c.prf(t.name())));
				table.put(system, row);
			});
			EvaluationText.typeTable(text, table);
			for (String part : PARTS) {
				text.append("    ").append(part).append(": ");
				Map<String, Counts> bySystem = counts.getOrDefault(part, Map.of());
				Counts pipeline = bySystem.get(Systems.PIPELINE);
				if (pipeline != null) {
					TYPES.stream()
						.filter(t -> pipeline.has(t.name()))
						.forEach(t -> text.append(String.format("%s %.3f  ", t.tag(), pipeline.prf(t.name()).f1())));
				}
				text.append('\n');
			}
		}
		report.text(text.toString());
	}

	/**
	 * A headline figure of the pipeline (strict F1, precision, recall and counts) with
	 * the baselines beside it.
	 */
	record Headline(double f1, double precision, double recall, int tp, int fp, int fn, Map<String, Prf> baselines) {

		static Headline of(Prf prf, Map<String, Prf> baselines) {
			return new Headline(prf.f1(), prf.precision(), prf.recall(), prf.tp(), prf.fp(), prf.fn(), baselines);
		}

	}

	private static Map<String, Integer> pageCounts(List<AnnotatedSets.Page> pages) {
		Map<String, Integer> out = new LinkedHashMap<>();
		for (AnnotatedSets.Page page : pages) {
			for (String part : partsOf(page)) {
				if (!part.equals("all")) {
					out.merge(part, 1, Integer::sum);
				}
			}
		}
		return out;
	}

	static List<String> partsOf(AnnotatedSets.Page page) {
		if (page.set().equals(AnnotatedSets.POLICY)) {
			return List.of("all", "policy");
		}
		return List.of("all", "ffii", page.english() ? "ffii_english" : "ffii_other_language");
	}

	/**
	 * One page read by one system: predicted and gold mentions as {@code TYPE start end}
	 * keys, within the region and of the annotated types.
	 */
	static Scored score(AnnotatedSets.Page page, Systems systems, String system) {
		ExtractedText extracted = extract(page);
		AnnotatedText annotated = systems.pipeline(system)
			.annotate(extracted.text(), extracted.blocks(), extracted.markup(), systems.gazetteer(system));
		Set<Span> predicted = new HashSet<>();
		for (Mention m : annotated.mentions()) {
			int[] span = extracted.sourceSpan(m.start(), m.end());
			if (span != null && page.types().contains(m.type()) && span[0] >= page.regionStart()
					&& span[1] <= page.regionEnd()) {
				predicted.add(new Span(m.type(), span[0], span[1]));
			}
		}
		Set<Span> gold = new HashSet<>();
		for (AnnotatedSets.Gold g : page.entities()) {
			if (page.types().contains(g.type())) {
				gold.add(new Span(g.type(), g.start(), g.end()));
			}
		}
		return new Scored(page, predicted, gold);
	}

	static ExtractedText extract(AnnotatedSets.Page page) {
		try {
			return TextExtractor.extract(page.fileName(), page.source().getBytes(StandardCharsets.UTF_8));
		}
		catch (TextExtractionException ex) {
			throw new IllegalStateException(page.id() + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * A mention as the evaluation compares it.
	 */
	record Span(EntityType type, int start, int end) {
	}

	/**
	 * What one system found on one page, against the gold.
	 */
	record Scored(AnnotatedSets.Page page, Set<Span> predicted, Set<Span> gold) {

		void addTo(Counts counts) {
			for (EntityType type : page().types()) {
				counts.tp(type.name(), 0);
			}
			for (Span p : this.predicted) {
				if (this.gold.contains(p)) {
					counts.tp(p.type().name(), 1);
				}
				else {
					counts.fp(p.type().name(), 1);
				}
			}
			for (Span g : this.gold) {
				if (!this.predicted.contains(g)) {
					counts.fn(g.type().name(), 1);
				}
			}
		}

		/**
		 * False positives and false negatives as lines: page, kind, type, span, text and
		 * context.
		 */
		List<String> errors() {
			List<String> out = new ArrayList<>();
			String source = this.page.source();
			for (Span p : this.predicted) {
				if (!this.gold.contains(p)) {
					out.add(line("FP", p, source));
				}
			}
			for (Span g : this.gold) {
				if (!this.predicted.contains(g)) {
					out.add(line("FN", g, source));
				}
			}
			out.sort(null);
			return out;
		}

		private String line(String kind, Span span, String source) {
			String context = source
				.substring(Math.max(0, span.start() - 40), Math.min(source.length(), span.end() + 40))
				.replaceAll("\\s+", " ");
			return String.join("\t", this.page.id(), String.format("%07d", span.start()), kind, span.type().name(),
					source.substring(span.start(), span.end()).replaceAll("\\s+", " "), context);
		}

	}

}
