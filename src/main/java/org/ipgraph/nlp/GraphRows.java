package org.ipgraph.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ipgraph.graph.OrganizationNames;
import org.ipgraph.graph.PatentNumber;
import org.ipgraph.nlp.linking.NameTokens;

/**
 * Turns analyses into parameter rows for the writer's {@code UNWIND} statements: nodes to
 * merge, mentions, ambiguous mentions and facts, each with its provenance and Document.
 * The rows of several documents go together, so that one statement writes them all.
 */
final class GraphRows {

	static final Set<String> ALIAS_METHODS = Set.of("exact", "variant", "fuzzy", "prefix", "new", "document-acronym");

	final Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();

	final List<Map<String, Object>> ambiguous = new ArrayList<>();

	final List<Map<String, Object>> facts = new ArrayList<>();

	/**
	 * Adds the rows of one document.
	 */
	void add(TextDocument document, String documentId) {
		DocumentAnalysis analysis = document.analysis();
		String version = analysis.modelVersion();
		for (LinkedMention m : analysis.mentions()) {
			Sentence sentence = analysis.text().sentences().get(m.mention().sentence());
			Link link = m.link();
			if (link.resolved()) {
				NodeRef node = analysis.node(m);
				node(node, link.entity(), m.mention().text(), link);
				Map<String, Object> row = provenance(sentence, m.mention().start(), m.mention().end(),
						extractor(m.mention()), version, m.mention().confidence());
				row.put("label", node.label());
				row.put("id", node.id());
				row.put("text", m.mention().text());
				row.put("type", m.mention().type().name());
				row.put("linkMethod", link.method());
				row.put("linkConfidence", link.confidence());
				Map<String, Object> props = new HashMap<>(row);
				props.remove("label");
				props.remove("id");
				@SuppressWarnings("unchecked")
				List<Map<String, Object>> mentionsOfNode = (List<Map<String, Object>>) this.nodes.get(node.key())
					.computeIfAbsent("mentions", k -> new ArrayList<>());
				mentionsOfNode.add(Map.of("documentId", documentId, "props", props));
			}
			else if (link.status() == Link.Status.AMBIGUOUS) {
				Map<String, Object> row = provenance(sentence, m.mention().start(), m.mention().end(),
						extractor(m.mention()), version, link.confidence());
				row.put("id", documentId + "#" + m.mention().start());
				row.put("text", m.mention().text());
				row.put("type", m.mention().type().name());
				row.put("method", link.method());
				List<Map<String, Object>> candidates = new ArrayList<>();
				for (Link.Candidate c : link.candidates()) {
					candidates.add(Map.of("label", c.entity().label(), "id", c.entity().id(), "name", c.entity().name(),
							"score", c.score(), "inGraph", c.entity().inGraph()));
				}
				row.put("candidates", candidates);
				row.put("candidateIds", link.candidates().stream().map(c -> c.entity().id()).toList());
				row.put("scores", link.candidates().stream().map(Link.Candidate::score).toList());
				row.put("documentId", documentId);
				this.ambiguous.add(row);
			}
		}
		for (Fact fact : analysis.facts()) {
			Sentence sentence = analysis.text().sentences().get(fact.sentence());
			created(fact.from());
			if (fact.to() != null) {
				created(fact.to());
			}
			Map<String, Object> row = provenance(sentence, fact.start(), fact.end(), fact.extractor(), version,
					fact.confidence());
			row.put("type", fact.type());
			row.put("fromLabel", fact.from().label());
			row.put("from", fact.from().id());
			row.put("toLabel", fact.to() != null ? fact.to().label() : null);
			row.put("to", fact.to() != null ? fact.to().id() : null);
			row.put("props", fact.properties());
			row.put("documentId", documentId);
			row.put("evidenceId", documentId + "#" + fact.start() + ":" + fact.type() + ":" + fact.from().id() + ">"
					+ (fact.to() != null ? fact.to().id() : fact.properties().toString()));
			this.facts.add(row);
		}
	}

	private static String extractor(Mention mention) {
		return switch (mention.source()) {
			case "ner" -> "opennlp-ner";
			case "ner+gazetteer" -> "opennlp-ner+gazetteer";
			default -> mention.source();
		};
	}

	private static Map<String, Object> provenance(Sentence sentence, int start, int end, String extractor,
			String version, double confidence) {
		Map<String, Object> row = new HashMap<>();
		row.put("sentence", sentence.text());
		row.put("sentenceStart", sentence.start());
		row.put("sentenceEnd", sentence.end());
		row.put("start", start);
		row.put("end", end);
		row.put("extractor", extractor);
		row.put("modelVersion", version);
		row.put("confidence", Math.round(confidence * 1000) / 1000.0);
		return row;
	}

	private void node(NodeRef node, KnownEntity entity, String surface, Link link) {
		Map<String, Object> row = this.nodes.computeIfAbsent(node.key(), k -> base(node));
		row.putIfAbsent("name", entity.name());
		if (entity.label().equals("Organization")) {
			row.putIfAbsent("kind",
					entity.kind() != null ? entity.kind() : OrganizationNames.kind(entity.name()).value());
			row.putIfAbsent("kindSource", "reference".equals(entity.origin()) ? "curated" : "name");
		}
		if (link.status() == Link.Status.NEW || "reference".equals(entity.origin())) {
			row.put("create", true);
		}
		@SuppressWarnings("unchecked")
		Set<String> aliases = (Set<String>) row.computeIfAbsent("aliasSet", k -> new LinkedHashSet<>());
		if (ALIAS_METHODS.contains(link.method()) && !NameTokens.isAcronym(surface)) {
			aliases.add(OrganizationNames.display(surface));
		}
		@SuppressWarnings("unchecked")
		Set<String> acronyms = (Set<String>) row.computeIfAbsent("acronymSet", k -> new LinkedHashSet<>());
		acronyms.addAll(entity.acronyms());
		if (NameTokens.isAcronym(surface) && !link.method().equals("new")) {
			acronyms.add(surface);
		}
	}

	private void created(NodeRef node) {
		if (!node.properties().isEmpty() || !this.nodes.containsKey(node.key())) {
			Map<String, Object> row = this.nodes.computeIfAbsent(node.key(), k -> base(node));
			row.putIfAbsent("name", node.name());
			row.put("create", true);
			row.putIfAbsent("props", node.properties());
		}
	}

	private static Map<String, Object> base(NodeRef node) {
		Map<String, Object> row = new HashMap<>();
		row.put("label", node.label());
		row.put("id", node.id());
		if (node.label().equals("Patent")) {
			PatentNumber.parse(node.id(), null).ifPresent(p -> {
				row.put("jurisdiction", p.jurisdiction());
				row.put("docNumber", p.docNumber());
			});
		}
		return row;
	}

	/**
	 * Node rows of one label, sets turned into lists.
	 */
	List<Map<String, Object>> nodes(String label) {
		List<Map<String, Object>> out = new ArrayList<>();
		for (Map<String, Object> row : this.nodes.values()) {
			if (row.get("label").equals(label)) {
				Map<String, Object> copy = new HashMap<>(row);
				copy.put("aliases", new ArrayList<>((Set<?>) row.getOrDefault("aliasSet", Set.of())));
				copy.put("acronyms", new ArrayList<>((Set<?>) row.getOrDefault("acronymSet", Set.of())));
				copy.remove("aliasSet");
				copy.remove("acronymSet");
				copy.putIfAbsent("props", Map.of());
				copy.putIfAbsent("create", false);
				copy.putIfAbsent("mentions", List.of());
				out.add(copy);
			}
		}
		return out;
	}

}
