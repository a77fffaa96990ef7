package org.ipgraph.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ipgraph.graph.FullText;
import org.ipgraph.graph.PersonName;
import org.ipgraph.ingest.RecordWriter;
import org.ipgraph.ingest.WriteContext;

import org.springframework.stereotype.Component;

/**
 * Writes an analyzed text: first removes what an earlier reading of the same Document
 * (same content hash) left, then the Document's properties, the nodes mentions link to,
 * one MENTIONED_IN per mention, AmbiguousMention nodes with their candidates, and one
 * Evidence node per fact beside the relationship it supports. Re-ingesting a text read
 * with another model replaces its facts; the same content read again with the same model
 * is left as it is.
 */
@Component
class TextDocumentWriter implements RecordWriter<TextDocument> {

	// What an earlier reading of this Document left (its mentions, evidence and the
	// relationships no
	// other evidence supports, ambiguous mentions, text-made nodes nothing else holds)
	// goes first;
	// a Document read for the first time has nothing to forget
	private static final String UNCHANGED = """
			UNWIND $documents AS doc
			MATCH (d:Document {id: doc.id})
			WHERE d.nlpAt IS NOT NULL AND d.nlpModel = doc.model
			RETURN d.id
			""";

	private static final String DOCUMENT = """
			UNWIND $documents AS doc
			MATCH (d:Document {id: doc.id})
			CALL (d) {
			  WITH d WHERE d.nlpAt IS NOT NULL
			  CALL (d) {
			    OPTIONAL MATCH (d)<-[m:MENTIONED_IN]-(n)
			    DELETE m
			    RETURN collect(DISTINCT n) AS mentioned
			  }
			  CALL (d) {
			    OPTIONAL MATCH (d)<-[:IN_DOCUMENT]-(e:Evidence)
			    OPTIONAL MATCH (e)-[:SUBJECT]->(a)
			    OPTIONAL MATCH (e)-[:OBJECT]->(b)
			    WITH e, a, b, e.type AS type
			    DETACH DELETE e
			    WITH DISTINCT a, b, type
			    WHERE a IS NOT NULL AND b IS NOT NULL
			    CALL (a, b, type) {
			      OPTIONAL MATCH (a)-[r:$(type)]->(b)
			      WHERE r.source = 'text' AND NOT EXISTS { (a)<-[:SUBJECT]-(:Evidence {type: type})-[:OBJECT]->(b) }
			      DELETE r
			    }
			    RETURN collect(DISTINCT a) + collect(DISTINCT b) AS related
			  }
			  CALL (d) {
			    OPTIONAL MATCH (d)<-[:IN_DOCUMENT]-(x:AmbiguousMention)
			    DETACH DELETE x
			  }
			  UNWIND mentioned + related AS n
			  WITH DISTINCT n
			  WHERE n.origin = 'text' AND NOT (n)--()
			  DELETE n
			}
			SET d += doc.props
			""";

	// Each node statement also writes the node's mentions: one MENTIONED_IN per mention
	private static final String MENTIONED = """
			WITH n, row
			UNWIND row.mentions AS m
			MATCH (d:Document {id: m.documentId})
			CREATE (n)-[r:MENTIONED_IN]->(d)
			SET r = m.props
			""";

	private static final String ORGANIZATIONS = """
			UNWIND $rows AS row
			MERGE (n:Organization {id: row.id})
			ON CREATE SET n.name = row.name, n.kind = row.kind, n.kindSource = row.kindSource, n.origin = 'text'
			SET n.aliases = coalesce(n.aliases, []) + [a IN row.aliases WHERE NOT a IN coalesce(n.aliases, [])],
			    n.acronyms = coalesce(n.acronyms, []) + [a IN row.acronyms WHERE NOT a IN coalesce(n.acronyms, [])],
			    n.kind = CASE WHEN row.kindSource = 'curated' AND coalesce(n.kindSource, 'name') = 'name'
			                  THEN row.kind ELSE n.kind END,
			    n.kindSource = CASE WHEN row.kindSource = 'curated' THEN 'curated' ELSE n.kindSource END
			""" + MENTIONED;

	private static final String PEOPLE = """
			UNWIND $rows AS row
			MERGE (n:Person {id: row.id})
			ON CREATE SET n.name = row.name, n.nameKey = row.nameKey, n.firstName = row.first, n.lastName = row.last,
			              n.consent = false, n.origin = 'text'
			""" + MENTIONED;

	private static final String POLICIES = """
			UNWIND $rows AS row
			MERGE (n:Policy {id: row.id})
			ON CREATE SET n.title = row.name, n.origin = 'text', n += row.props
			""" + MENTIONED;

	private static final String FUNDS = """
			UNWIND $rows AS row
			MERGE (n:Fund {id: row.id})
			ON CREATE SET n.name = row.name, n.origin = 'text', n += row.props
			SET n.acronyms = coalesce(n.acronyms, []) + [a IN row.acronyms WHERE NOT a IN coalesce(n.acronyms, [])]
			""" + MENTIONED;

	private static final String CASES = """
			UNWIND $rows AS row
			MERGE (n:LitigationCase {id: row.id})
			ON CREATE SET n += row.props, n.title = coalesce(n.title, row.name), n.origin = 'text'
			""" + MENTIONED;

	private static final String PATENTS = """
			UNWIND $rows AS row
			MERGE (n:Patent {number: row.id})
			ON CREATE SET n.stub = true, n.jurisdiction = row.jurisdiction, n.docNumber = row.docNumber,
			              n.origin = 'text'
			""" + MENTIONED;

	// Labels and keys are written in, from KEYS only: dynamic labels ($(...)) cannot use
	// the key indexes
	private static final Map<String, String> KEYS = Map.of("Organization", "id", "Person", "id", "Policy", "id", "Fund",
			"id", "LitigationCase", "id", "Patent", "number");

	private static final String AMBIGUOUS = """
			UNWIND $rows AS row
			MATCH (d:Document {id: row.documentId})
			CREATE (a:AmbiguousMention)-[:IN_DOCUMENT]->(d)
			SET a = row.props, a.documentId = row.documentId
			WITH a, row
			UNWIND row.candidates AS c
			CALL (c) {
			  MATCH (n:Organization {id: c.id}) WHERE c.label = 'Organization' RETURN n
			  UNION
			  MATCH (n:Person {id: c.id}) WHERE c.label = 'Person' RETURN n
			  UNION
			  MATCH (n:Fund {id: c.id}) WHERE c.label = 'Fund' RETURN n
			  UNION
			  MATCH (n:Policy {id: c.id}) WHERE c.label = 'Policy' RETURN n
			}
			CREATE (a)-[:CANDIDATE {score: c.score}]->(n)
			""";

	private static final String FACTS = """
			UNWIND $rows AS row
			MATCH (a:%FROM% {%FROM_KEY%: row.from})
			MATCH (b:%TO% {%TO_KEY%: row.to})
			MATCH (d:Document {id: row.documentId})
			MERGE (a)-[r:$(row.type)]->(b)
			ON CREATE SET r = row.props, r.source = 'text'
			ON MATCH SET r.grantNumbers = CASE WHEN row.props.grantNumbers IS NULL THEN r.grantNumbers
			      ELSE coalesce(r.grantNumbers, []) + [g IN row.props.grantNumbers WHERE NOT g IN coalesce(r.grantNumbers, [])] END,
			    r.patents = CASE WHEN row.props.patents IS NULL THEN r.patents
			      ELSE coalesce(r.patents, []) + [g IN row.props.patents WHERE NOT g IN coalesce(r.patents, [])] END
			CREATE (e:Evidence)-[:IN_DOCUMENT]->(d)
			SET e = row.evidence
			CREATE (e)-[:SUBJECT]->(a)
			CREATE (e)-[:OBJECT]->(b)
			""";

	private static final String ATTRIBUTES = """
			UNWIND $rows AS row
			MATCH (a:%FROM% {%FROM_KEY%: row.from})
			MATCH (d:Document {id: row.documentId})
			CREATE (e:Evidence)-[:IN_DOCUMENT]->(d)
			SET e = row.evidence
			CREATE (e)-[:SUBJECT]->(a)
			SET a.fields = CASE WHEN row.props.field IS NULL THEN a.fields
			      ELSE coalesce(a.fields, []) + [x IN [row.props.field] WHERE NOT x IN coalesce(a.fields, [])] END,
			    a.regions = CASE WHEN row.props.region IS NULL THEN a.regions
			      ELSE coalesce(a.regions, []) + [x IN [row.props.region] WHERE NOT x IN coalesce(a.regions, [])] END,
			    a.topics = CASE WHEN row.props.topic IS NULL THEN a.topics
			      ELSE coalesce(a.topics, []) + [x IN [row.props.topic] WHERE NOT x IN coalesce(a.topics, [])] END,
			    a.expert = CASE WHEN row.type = 'EXPERT_IN' THEN true ELSE a.expert END
			""";

	// A stated topic becomes EXPERT_IN when a CPC title matches it well
	private static final String EXPERTISE = """
			UNWIND $rows AS row
			MATCH (p:Person {id: row.from})
			MATCH (e:Evidence {id: row.evidence.id})
			CALL (row) {
			  CALL db.index.fulltext.queryNodes('technology_titles', row.query) YIELD node, score
			  RETURN node AS t, score ORDER BY score DESC LIMIT 1
			}
			WITH p, e, row, t, score WHERE score >= $minScore
			MERGE (p)-[r:EXPERT_IN]->(t)
			ON CREATE SET r.source = 'text', r.score = score, r.topic = row.props.topic
			CREATE (e)-[:OBJECT]->(t)
			SET e.toLabel = 'Technology', e.to = t.symbol
			""";

	static final double MIN_TECHNOLOGY_SCORE = 2.0;

	private final List<TextFactWriter> extensions;

	TextDocumentWriter() {
		this.extensions = List.of();
	}

	@org.springframework.beans.factory.annotation.Autowired
	TextDocumentWriter(org.springframework.beans.factory.ObjectProvider<TextFactWriter> extensions) {
		this.extensions = extensions.orderedStream().toList();
	}

	@Override
	public void write(List<TextDocument> batch, WriteContext context) {
		// one reading per Document: the same content twice is one Document
		Map<String, TextDocument> documents = new LinkedHashMap<>();
		for (TextDocument document : batch) {
			String id = document.documentId() != null ? document.documentId() : context.documentId();
			if (id == null) {
				throw new IllegalArgumentException("a text document without its Document");
			}
			documents.putIfAbsent(id, document);
		}
		List<Map<String, Object>> models = new ArrayList<>();
		documents.forEach((id, document) -> models.add(Map.of("id", id, "model", document.analysis().modelVersion())));
		// the same content, read with the same model: its facts are in the graph already
		context.values(UNCHANGED, Map.of("documents", models)).forEach(documents::remove);
		if (documents.isEmpty()) {
			return;
		}
		List<Map<String, Object>> rows = new ArrayList<>();
		documents.forEach((id, document) -> rows.add(Map.of("id", id, "props", documentProperties(document))));
		context.run(DOCUMENT, Map.of("documents", rows));
		GraphRows graph = new GraphRows();
		documents.forEach((id, document) -> graph.add(document, id));
		run(context, ORGANIZATIONS, graph.nodes("Organization"));
		run(context, PEOPLE, people(graph.nodes("Person")));
		run(context, POLICIES, graph.nodes("Policy"));
		run(context, FUNDS, graph.nodes("Fund"));
		run(context, CASES, graph.nodes("LitigationCase"));
		run(context, PATENTS, graph.nodes("Patent"));
		run(context, AMBIGUOUS, ambiguous(graph));
		facts(context, graph);
		documents.forEach((id, document) -> {
			TextFactWriter.Writes writes = new TextFactWriter.Writes() {
				@Override
				public String documentId() {
					return id;
				}

				@Override
				public void run(String cypher, Map<String, Object> parameters) {
					context.run(cypher, parameters);
				}
			};
			this.extensions.forEach(e -> e.write(document.analysis(), document.source().title(), writes));
		});
	}

	private static Map<String, Object> documentProperties(TextDocument document) {
		DocumentAnalysis analysis = document.analysis();
		Map<String, Object> props = new HashMap<>(document.documentProperties());
		props.put("title", document.source().title());
		props.put("language", analysis.text().language());
		props.put("languageConfidence", Math.round(analysis.text().languageConfidence() * 1000) / 1000.0);
		props.put("mediaType", document.source().mediaType());
		props.put("charset", document.source().charset());
		props.put("text", analysis.text().text());
		props.put("analyzed", analysis.text().analyzed());
		props.put("sentences", analysis.text().sentences().size());
		props.put("tokens", analysis.text().tokenCount());
		props.put("mentions", analysis.mentions().size());
		props.put("facts", analysis.facts().size());
		props.put("nlpModel", analysis.modelVersion());
		props.put("nlpAt", java.time.ZonedDateTime.now());
		props.values().removeIf(java.util.Objects::isNull);
		return props;
	}

	private static List<Map<String, Object>> people(List<Map<String, Object>> rows) {
		for (Map<String, Object> row : rows) {
			PersonName name = PersonName.parse((String) row.get("name"));
			row.put("nameKey", name.key());
			row.put("first", name.first());
			row.put("last", name.last());
		}
		return rows;
	}

	private static List<Map<String, Object>> ambiguous(GraphRows rows) {
		List<Map<String, Object>> out = new ArrayList<>();
		for (Map<String, Object> row : rows.ambiguous) {
			Map<String, Object> props = new HashMap<>(row);
			List<?> candidates = (List<?>) props.remove("candidates");
			List<Object> inGraph = candidates.stream()
				.filter(c -> Boolean.TRUE.equals(((Map<?, ?>) c).get("inGraph")))
				.map(c -> (Object) Map.of("label", ((Map<?, ?>) c).get("label"), "id", ((Map<?, ?>) c).get("id"),
						"score", ((Map<?, ?>) c).get("score")))
				.toList();
			props.put("candidateNames", candidates.stream().map(c -> (String) ((Map<?, ?>) c).get("name")).toList());
			String documentId = (String) props.remove("documentId");
			out.add(Map.of("props", props, "candidates", inGraph, "documentId", documentId));
		}
		return out;
	}

	private static void facts(WriteContext context, GraphRows rows) {
		Map<String, List<Map<String, Object>>> related = new LinkedHashMap<>();
		Map<String, List<Map<String, Object>>> attributes = new LinkedHashMap<>();
		List<Map<String, Object>> expertise = new ArrayList<>();
		Set<String> seen = new java.util.HashSet<>();
		for (Map<String, Object> row : rows.facts) {
			if (!seen.add((String) row.get("evidenceId"))) {
				continue;
			}
			Map<String, Object> evidence = new HashMap<>(row);
			evidence.remove("props");
			evidence.remove("evidenceId");
			evidence.put("id", row.get("evidenceId"));
			@SuppressWarnings("unchecked")
			Map<String, Object> props = (Map<String, Object>) row.get("props");
			evidence.putAll(props);
			evidence.values().removeIf(java.util.Objects::isNull);
			Map<String, Object> out = new HashMap<>(row);
			out.put("evidence", evidence);
			String from = (String) row.get("fromLabel");
			if (row.get("to") == null) {
				attributes.computeIfAbsent(from, k -> new ArrayList<>()).add(out);
				if ("EXPERT_IN".equals(row.get("type"))) {
					out.put("query", FullText.escape((String) props.get("topic")));
					expertise.add(out);
				}
			}
			else {
				related.computeIfAbsent(from + ">" + row.get("toLabel"), k -> new ArrayList<>()).add(out);
			}
		}
		related.forEach((labels, list) -> {
			String[] pair = labels.split(">");
			run(context,
					FACTS.replace("%FROM_KEY%", key(pair[0]))
						.replace("%FROM%", pair[0])
						.replace("%TO_KEY%", key(pair[1]))
						.replace("%TO%", pair[1]),
					list);
		});
		attributes.forEach((label, list) -> run(context,
				ATTRIBUTES.replace("%FROM_KEY%", key(label)).replace("%FROM%", label), list));
		if (!expertise.isEmpty()) {
			context.run(EXPERTISE, Map.of("rows", expertise, "minScore", MIN_TECHNOLOGY_SCORE));
		}
	}

	private static String key(String label) {
		String key = KEYS.get(label);
		if (key == null) {
			throw new IllegalArgumentException("no key for label " + label);
		}
		return key;
	}

	private static void run(WriteContext context, String cypher, List<Map<String, Object>> rows) {
		if (!rows.isEmpty()) {
			context.run(cypher, Map.of("rows", rows));
		}
	}

}
