package org.ipgraph.policies;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.ipgraph.graph.Schema;
import org.ipgraph.nlp.DocumentAnalysis;
import org.ipgraph.nlp.LinkedMention;
import org.ipgraph.nlp.NodeRef;
import org.ipgraph.nlp.Sentence;
import org.ipgraph.nlp.TextFactWriter;

import org.springframework.stereotype.Component;

/**
 * Writes the eligibility facts of a policy or fund text read by the text ingest: one
 * {@code Evidence {type: 'ELIGIBILITY'}} per fact (kind, value, detail, the sentence) on
 * the text's subject, and the subject's summary properties ({@code applicantKinds},
 * {@code sizes}, {@code regions}, {@code fieldCpc}, {@code instruments}...) recomputed
 * from all its eligibility evidence. The subject is the Policy or Fund the text names
 * most (the first named on a tie); a text that names none but states who may apply gets a
 * Policy of its own, keyed by the statute unit its headings name
 * ({@link StatuteSection}), else by its Document. A subsection that names its own
 * recipients (applicants or exclusions) is a Policy of its own, {@code PART_OF} the
 * Policy of its section; a text of the section that names none (its establishment,
 * funding, amounts, a section without subsections) goes to the section. A subsection's
 * summary is read from its own facts and its section's, so programmes set up by different
 * subsections of one section keep their own recipients and share what the section says of
 * all. A section with subsection policies is not matched itself (its subsections are). A
 * text that states neither applicants nor instrument is not a policy text: nothing is
 * written.
 */
@Component
class EligibilityWriter implements TextFactWriter {

	static final String TYPE = "ELIGIBILITY";

	static final String EXTRACTOR = "rule:eligibility";

	// The summary property of each fact kind; sizes and fields given as preferences,
	// examples or in passing (outside a sentence on who may apply) go apart, as they do
	// not decide eligibility
	static final Map<String, String> SUMMARY = new LinkedHashMap<>();

	static {
		SUMMARY.put("applicantKinds", "e.kind = 'applicants'");
		SUMMARY.put("excludedKinds", "e.kind = 'excluded'");
		SUMMARY.put("sizes", "e.kind = 'size' AND coalesce(e.detail, '') <> 'preferred'");
		SUMMARY.put("preferredSizes", "e.kind = 'size' AND e.detail = 'preferred'");
		// a jurisdiction (the place the text names most) is a region of a policy that
		// gives
		// money only (rule I, EligibilityRules.MONEY_INSTRUMENTS)
		SUMMARY.put("regions",
				"e.kind = 'region' AND coalesce(e.detail, '') <> 'tax residence' AND (coalesce(e.detail, "
						+ "'') <> 'jurisdiction' OR any(x IN es WHERE x.kind = 'instrument' AND x.value IN "
						+ EligibilityRules.MONEY_INSTRUMENTS.stream().sorted().map(v -> "'" + v + "'").toList() + "))");
		SUMMARY.put("taxResidence", "e.kind = 'region' AND e.detail = 'tax residence'");
		SUMMARY.put("fieldCpc", "e.kind = 'fields' AND NOT coalesce(e.detail, '') IN ['example', 'mentioned']");
		SUMMARY.put("exampleCpc", "e.kind = 'fields' AND e.detail IN ['example', 'mentioned']");
		SUMMARY.put("instruments", "e.kind = 'instrument'");
		SUMMARY.put("amounts", "e.kind = 'amounts'");
		SUMMARY.put("deadlines", "e.kind = 'deadlines'");
		SUMMARY.put("issuers", "e.kind = 'issuing_body'");
	}

	private static final String OWN_POLICY = """
			MERGE (p:Policy {id: $id})
			ON CREATE SET p.title = $title, p.origin = 'text'
			WITH p
			MATCH (d:Document {id: $documentId})
			MERGE (p)-[r:MENTIONED_IN]->(d)
			ON CREATE SET r.extractor = 'rule:eligibility', r.sentence = 0
			""";

	// a subsection's policy is part of its section's
	private static final String PART_OF = """
			MATCH (p:Policy {id: $id})
			MERGE (s:Policy {id: $section})
			ON CREATE SET s.title = $title, s.origin = 'text'
			MERGE (p)-[r:PART_OF]->(s)
			ON CREATE SET r.extractor = 'rule:eligibility'
			""";

	private static final String EVIDENCE = """
			MATCH (p:%LABEL% {id: $subject})
			MATCH (d:Document {id: $documentId})
			UNWIND $rows AS row
			MERGE (e:Evidence {id: row.id})
			SET e = row
			MERGE (e)-[:SUBJECT]->(p)
			MERGE (e)-[:IN_DOCUMENT]->(d)
			""";

	// the node's own facts and, for a subsection, its section's; written on a subsection,
	// its section's summary and its sibling subsections' are made again too (a text of
	// the
	// section read again in an earlier batch may have changed the section's facts), and
	// written on a section, its subsections' (they hold its facts)
	private static final String SUMMARIZE = """
			MATCH (p0:%LABEL% {id: $subject})
			OPTIONAL MATCH (p0)-[:PART_OF]->(up:Policy)
			WITH p0, collect(up) AS ups
			UNWIND [p0] + ups AS top
			OPTIONAL MATCH (down:Policy)-[:PART_OF]->(top)
			WITH p0, ups, collect(DISTINCT down) AS downs
			UNWIND [p0] + ups + downs AS p
			WITH DISTINCT p
			CALL (p) {
			  OPTIONAL MATCH (p)-[:PART_OF]->(s:Policy)
			  WITH p, collect(s) AS up
			  UNWIND [p] + up AS unit
			  OPTIONAL MATCH (unit)<-[:SUBJECT]-(e:Evidence {type: 'ELIGIBILITY'})
			  WITH e ORDER BY e.documentId, e.start
			  RETURN collect(e) AS es
			}
			SET %SUMMARY%, p.eligibilityFacts = size(es)
			""";

	@Override
	public void write(DocumentAnalysis analysis, String title, Writes context) {
		if (!analysis.text().analyzed()) {
			return;
		}
		List<EligibilityFact> facts = EligibilityRules.read(lines(analysis), names(analysis));
		if (facts.stream().noneMatch(f -> f.kind().equals("applicants") || f.kind().equals("instrument"))) {
			return;
		}
		String documentId = context.documentId();
		StatuteSection section = StatuteSection.of(analysis.text().text()).orElse(null);
		// rule L: a statute text is keyed by its section: a policy it names ("section 3
		// of
		// the Small Business Act", "section 501(c) of the Internal Revenue Code") is a
		// reference, not its subject (else every text citing that act would pool its
		// facts there)
		NodeRef subject = section != null ? null : subject(analysis).orElse(null);
		if (subject == null) {
			// a subsection naming its own recipients is a programme of its own; a text of
			// the section naming none goes to the section
			// (a subsection that defines terms defines them for its whole section)
			boolean own = section != null && section.subsection() != null && namesRecipients(facts)
					&& !EligibilityRules.defines(analysis.text().text());
			String id = section == null ? "policy:" + documentId : own ? section.subsectionKey() : section.key();
			String name = section != null ? (own ? section.subsectionTitle() : section.title())
					: title == null || title.isBlank() ? "Policy of " + documentId : title.strip();
			subject = new NodeRef(Schema.POLICY, id, name, Map.of());
			context.run(OWN_POLICY, Map.of("id", subject.id(), "title", name, "documentId", documentId));
			if (own) {
				context.run(PART_OF, Map.of("id", id, "section", section.key(), "title", section.title()));
			}
		}
		List<Map<String, Object>> rows = new ArrayList<>();
		for (EligibilityFact fact : facts) {
			rows.add(row(fact, subject, documentId, analysis.modelVersion()));
		}
		String label = subject.label();
		context.run(EVIDENCE.replace("%LABEL%", label),
				Map.of("subject", subject.id(), "documentId", documentId, "rows", rows));
		context.run(summarize(label), Map.of("subject", subject.id()));
	}

	/**
	 * Whether the facts say who may or may not apply (recipients of its own).
	 */
	static boolean namesRecipients(List<EligibilityFact> facts) {
		return facts.stream().anyMatch(f -> f.kind().equals("applicants") || f.kind().equals("excluded"));
	}

	static String summarize(String label) {
		String sets = SUMMARY.entrySet()
			.stream()
			.map(e -> "p." + e.getKey() + " = reduce(a = [], x IN [e IN es WHERE " + e.getValue()
					+ " | e.value] | CASE WHEN x IN a THEN a ELSE a + x END)")
			.collect(Collectors.joining(",\n    "));
		return SUMMARIZE.replace("%LABEL%", label).replace("%SUMMARY%", sets);
	}

	private static Map<String, Object> row(EligibilityFact fact, NodeRef subject, String documentId, String model) {
		Map<String, Object> row = new HashMap<>();
		row.put("id", documentId + "#" + fact.start() + ":" + TYPE + ":" + fact.kind() + ":" + fact.value());
		row.put("type", TYPE);
		row.put("kind", fact.kind());
		row.put("value", fact.value());
		row.put("detail", fact.detail());
		row.put("from", subject.id());
		row.put("fromLabel", subject.label());
		row.put("documentId", documentId);
		row.put("sentence", fact.sentence());
		row.put("sentenceStart", fact.start());
		row.put("sentenceEnd", fact.end());
		row.put("start", fact.start());
		row.put("end", fact.end());
		row.put("quote", fact.text().length() > 2000 ? fact.text().substring(0, 2000) : fact.text());
		row.put("organization", fact.node());
		row.put("extractor", EXTRACTOR);
		row.put("modelVersion", model);
		row.put("confidence", fact.binding() ? 0.8 : 0.5);
		row.values().removeIf(java.util.Objects::isNull);
		return row;
	}

	/**
	 * The Policy or Fund the text names most, the first named on a tie.
	 */
	static java.util.Optional<NodeRef> subject(DocumentAnalysis analysis) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		Map<String, NodeRef> nodes = new HashMap<>();
		for (LinkedMention m : analysis.mentions()) {
			if (m.is(Schema.POLICY) || m.is(Schema.FUND)) {
				NodeRef node = analysis.node(m);
				counts.merge(node.key(), 1, Integer::sum);
				nodes.putIfAbsent(node.key(), node);
			}
		}
		return counts.entrySet()
			.stream()
			.reduce((a, b) -> b.getValue() > a.getValue() ? b : a)
			.map(e -> nodes.get(e.getKey()));
	}

	static List<EligibilityRules.Line> lines(DocumentAnalysis analysis) {
		List<EligibilityRules.Line> lines = new ArrayList<>();
		for (Sentence s : analysis.text().sentences()) {
			lines.add(new EligibilityRules.Line(s.index(), s.start(), s.end(), s.text()));
		}
		return lines;
	}

	static List<EligibilityRules.Name> names(DocumentAnalysis analysis) {
		List<EligibilityRules.Name> names = new ArrayList<>();
		for (LinkedMention m : analysis.mentions()) {
			NodeRef node = m.link().resolved() ? analysis.node(m) : null;
			names.add(new EligibilityRules.Name(m.mention().type().name(), m.mention().text(), m.mention().sentence(),
					m.mention().start(), m.mention().end(), node == null ? null : node.label(),
					node == null ? null : node.id()));
		}
		return names;
	}

}
