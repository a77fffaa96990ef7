package org.ipgraph.nlp.evidence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.ipgraph.graph.HiddenPersons;
import org.ipgraph.graph.OrganizationNames;
import org.ipgraph.graph.PatentNumber;
import org.ipgraph.graph.Redaction;
import org.ipgraph.security.Callers;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.ipgraph.nlp.linking.NameTokens;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Finds the sentences behind a node (its MENTIONED_IN relationships and the Evidence of
 * facts about it) or behind one relationship (its Evidence nodes). A node is named by
 * key, by patent number, by name or by acronym. A caller who may not see hidden people
 * (without consent; see {@link HiddenPersons}) gets their names withheld from sentences,
 * documents and nodes; the offsets still refer to the document as stored.
 */
@Service
public class EvidenceService {

	/** Relationship types text facts produce. */
	public static final Set<String> TYPES = Set.of("FUNDED_BY", "ISSUED", "TARGETS", "AFFILIATED_WITH", "ACQUIRED_FROM",
			"LICENSED_TO", "PARTNERED_WITH", "PLAINTIFF_IN", "DEFENDANT_IN", "ASSERTED_IN", "EXPERT_IN");

	private static final Set<String> HIDDEN = Set.of("id", "type", "from", "to", "fromLabel", "toLabel", "sentence",
			"sentenceStart", "sentenceEnd", "start", "end", "extractor", "modelVersion", "confidence", "documentId");

	private static final String RESOLVE = """
			CALL () {
			  MATCH (n:Patent {number: $number}) RETURN n, 'Patent' AS label
			  UNION
			  MATCH (n:Organization) WHERE n.id IN [$raw, $orgKey] RETURN n, 'Organization' AS label
			  UNION
			  MATCH (n:Person {id: $raw}) RETURN n, 'Person' AS label
			  UNION
			  MATCH (n:Policy) WHERE n.id IN [$raw, 'policy:' + $orgKey] RETURN n, 'Policy' AS label
			  UNION
			  MATCH (n:Fund) WHERE n.id IN [$raw, 'fund:' + $orgKey] RETURN n, 'Fund' AS label
			  UNION
			  MATCH (n:LitigationCase {id: $raw}) RETURN n, 'LitigationCase' AS label
			  UNION
			  MATCH (n:Organization) WHERE $acronym AND $raw IN coalesce(n.acronyms, []) RETURN n, 'Organization' AS label
			}
			RETURN n, label
			LIMIT 10
			""";

	private static final String SEARCH = """
			CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
			WITH node, score WHERE node:Organization OR node:Person OR node:Policy OR node:Fund
			RETURN node AS n, head(labels(node)) AS label, score
			ORDER BY score DESC LIMIT 5
			""";

	private static final String MENTIONS = """
			MATCH (n) WHERE elementId(n) = $node
			MATCH (n)-[m:MENTIONED_IN]->(d:Document)
			RETURN d.id AS documentId, d.name AS document, d.path AS path, m AS props
			ORDER BY d.name, m.start
			LIMIT $limit
			""";

	private static final String NODE_FACTS = """
			MATCH (n) WHERE elementId(n) = $node
			MATCH (n)<-[:SUBJECT|OBJECT]-(e:Evidence)-[:IN_DOCUMENT]->(d:Document)
			OPTIONAL MATCH (e)-[:SUBJECT]->(a)
			OPTIONAL MATCH (e)-[:OBJECT]->(b)
			RETURN e AS props, d.id AS documentId, d.name AS document, d.path AS path, a, b
			ORDER BY e.type, d.name, e.start
			LIMIT $limit
			""";

	private static final String RELATIONSHIP_FACTS = """
			MATCH (a) WHERE elementId(a) = $from
			MATCH (b) WHERE elementId(b) = $to
			MATCH (a)<-[:SUBJECT]-(e:Evidence {type: $type})-[:OBJECT]->(b)
			MATCH (e)-[:IN_DOCUMENT]->(d:Document)
			RETURN e AS props, d.id AS documentId, d.name AS document, d.path AS path, a, b
			ORDER BY d.name, e.start
			LIMIT $limit
			""";

	private static final String RELATIONSHIP = """
			MATCH (a) WHERE elementId(a) = $from
			MATCH (b) WHERE elementId(b) = $to
			MATCH (a)-[r:$($type)]->(b)
			RETURN properties(r) AS props
			LIMIT 1
			""";

	private static final String DOCUMENT = """
			MATCH (d:Document {id: $id})
			RETURN d.id AS id, d.name AS name, d.path AS path, d.title AS title, d.text AS text,
			       coalesce(d.synthetic, false) AS synthetic
			""";

	/** The most sentences of each kind one answer of the API gives. */
	public static final int MAX_LIMIT = 1000;

	private final Neo4jClient neo4j;

	private final HiddenPersons persons;

	EvidenceService(Neo4jClient neo4j, HiddenPersons persons) {
		this.neo4j = neo4j;
		this.persons = persons;
	}

	/**
	 * @param entity a key, patent number, name or acronym
	 * @param limit at most this many sentences of each kind
	 */
	public EvidenceReport forEntity(String entity, int limit) {
		Found node = resolve(entity);
		List<EvidenceReport.EvidenceSentence> mentions = this.neo4j.query(MENTIONS)
			.bindAll(Map.of("node", node.elementId(), "limit", limit))
			.fetchAs(EvidenceReport.EvidenceSentence.class)
			.mappedBy((types, row) -> sentence(row.get("props").asRelationship().asMap(), row))
			.all()
			.stream()
			.toList();
		List<EvidenceReport.FactEvidence> facts = facts(NODE_FACTS, Map.of("node", node.elementId(), "limit", limit));
		return withhold(new EvidenceReport(node.ref(), null, null, null, mentions, facts));
	}

	/**
	 * @param from the start node, as for {@link #forEntity}
	 * @param type the relationship type
	 * @param to the end node
	 */
	public EvidenceReport forRelationship(String from, String type, String to, int limit) {
		if (!TYPES.contains(type)) {
			throw new IllegalArgumentException("Unknown relationship type '" + type + "'. Known: "
					+ String.join(", ", new java.util.TreeSet<>(TYPES)));
		}
		Found a = resolve(from);
		Found b = resolve(to);
		Map<String, Object> params = Map.of("from", a.elementId(), "to", b.elementId(), "type", type, "limit", limit);
		Map<String, Object> relationship = this.neo4j.query(RELATIONSHIP)
			.bindAll(params)
			.fetchAs(Map.class)
			.mappedBy((types, row) -> new TreeMap<>(row.get("props").asMap()))
			.one()
			.map(m -> (Map<String, Object>) m)
			.orElse(null);
		List<EvidenceReport.FactEvidence> facts = facts(RELATIONSHIP_FACTS, params);
		if (relationship == null && facts.isEmpty()) {
			throw new EvidenceNotFoundException("No " + type + " relationship from " + a.ref().name() + " to "
					+ b.ref().name() + " in the graph, and no sentence states one.");
		}
		return withhold(new EvidenceReport(a.ref(), type, b.ref(), relationship, List.of(), facts));
	}

	/**
	 * A document with its text, split around a span to show a sentence or a mention in
	 * its place.
	 * @param id the Document key
	 * @param start first character of the span, or null for none
	 * @param end one past its last character
	 */
	public DocumentText document(String id, Long start, Long end) {
		Map<String, Object> row = this.neo4j.query(DOCUMENT)
			.bindAll(Map.of("id", id))
			.fetch()
			.one()
			.orElseThrow(() -> new EvidenceNotFoundException("No document '" + id + "'."));
		String text = (String) row.get("text");
		List<String> parts = DocumentText.split(text, start, end);
		List<String> hidden = Callers.seesHiddenPersons() ? List.of()
				: this.persons.namesIn(List.of(id)).getOrDefault(id, List.of());
		return new DocumentText(id, Redaction.withhold((String) row.get("name"), hidden),
				Redaction.withhold((String) row.get("path"), hidden),
				Redaction.withhold((String) row.get("title"), hidden), text != null,
				Redaction.withhold(parts.get(0), hidden), Redaction.withhold(parts.get(1), hidden),
				Redaction.withhold(parts.get(2), hidden), Boolean.TRUE.equals(row.get("synthetic")));
	}

	/**
	 * The report as the caller may see it: hidden people's names withheld unless the
	 * caller sees hidden people.
	 */
	private EvidenceReport withhold(EvidenceReport report) {
		if (Callers.seesHiddenPersons()) {
			return report;
		}
		List<String> documents = new ArrayList<>();
		report.mentions().forEach(m -> documents.add(m.documentId()));
		report.facts().forEach(f -> documents.add(f.evidence().documentId()));
		Map<String, List<String>> names = this.persons.namesIn(documents);
		List<EvidenceReport.EntityRef> refs = new ArrayList<>(List.of(report.entity()));
		if (report.to() != null) {
			refs.add(report.to());
		}
		report.facts().forEach(f -> {
			refs.add(f.from());
			refs.add(f.to());
		});
		Set<String> hidden = this.persons
			.hidden(refs.stream().filter(r -> r != null && "Person".equals(r.label())).map(r -> r.key()).toList());
		List<String> hiddenRefs = refs.stream()
			.filter(r -> r != null && hidden.contains(r.key()) && r.name() != null)
			.map(EvidenceReport.EntityRef::name)
			.distinct()
			.toList();
		java.util.function.Function<EvidenceReport.EvidenceSentence, EvidenceReport.EvidenceSentence> sentence = e -> {
			List<String> withheld = new ArrayList<>(names.getOrDefault(e.documentId(), List.of()));
			withheld.addAll(hiddenRefs);
			return new EvidenceReport.EvidenceSentence(e.documentId(), Redaction.withhold(e.document(), withheld),
					Redaction.withhold(e.path(), withheld), Redaction.withhold(e.sentence(), withheld),
					e.sentenceStart(), e.sentenceEnd(), e.start(), e.end(), Redaction.withhold(e.text(), withheld),
					e.extractor(), e.modelVersion(), e.confidence());
		};
		return new EvidenceReport(ref(report.entity(), hidden), report.type(), ref(report.to(), hidden),
				report.relationship(), report.mentions().stream().map(sentence).toList(),
				report.facts()
					.stream()
					.map(f -> new EvidenceReport.FactEvidence(f.type(), ref(f.from(), hidden), ref(f.to(), hidden),
							f.properties(), sentence.apply(f.evidence())))
					.toList());
	}

	private static EvidenceReport.EntityRef ref(EvidenceReport.EntityRef ref, Set<String> hidden) {
		return ref == null || !hidden.contains(ref.key()) ? ref
				: new EvidenceReport.EntityRef(ref.label(), HiddenPersons.WITHHELD_KEY, Redaction.WITHHELD);
	}

	private List<EvidenceReport.FactEvidence> facts(String cypher, Map<String, Object> params) {
		return this.neo4j.query(cypher)
			.bindAll(params)
			.fetchAs(EvidenceReport.FactEvidence.class)
			.mappedBy((types, row) -> {
				Map<String, Object> props = row.get("props").asNode().asMap();
				Map<String, Object> facts = new TreeMap<>();
				props.forEach((k, v) -> {
					if (!HIDDEN.contains(k)) {
						facts.put(k, v);
					}
				});
				return new EvidenceReport.FactEvidence((String) props.get("type"), ref(row.get("a")), ref(row.get("b")),
						facts, sentence(props, row));
			})
			.all()
			.stream()
			.toList();
	}

	private static EvidenceReport.EvidenceSentence sentence(Map<String, Object> p, org.neo4j.driver.Record row) {
		return new EvidenceReport.EvidenceSentence(row.get("documentId").asString(null),
				row.get("document").asString(null), row.get("path").asString(null), (String) p.get("sentence"),
				(Long) p.get("sentenceStart"), (Long) p.get("sentenceEnd"), (Long) p.get("start"), (Long) p.get("end"),
				(String) p.get("text"), (String) p.get("extractor"), (String) p.get("modelVersion"),
				(Double) p.get("confidence"));
	}

	private static EvidenceReport.EntityRef ref(Value value) {
		if (value == null || value.isNull()) {
			return null;
		}
		Node node = value.asNode();
		String label = node.labels().iterator().next();
		return ref(node, label);
	}

	private static EvidenceReport.EntityRef ref(Node node, String label) {
		String key = label.equals("Patent") ? node.get("number").asString(null)
				: label.equals("Technology") ? node.get("symbol").asString(null) : node.get("id").asString(null);
		String name = firstString(node, "name", "title", "number", "symbol", "id");
		return new EvidenceReport.EntityRef(label, key, name);
	}

	private static String firstString(Node node, String... keys) {
		for (String k : keys) {
			if (node.containsKey(k) && !node.get(k).isNull()) {
				return node.get(k).asString();
			}
		}
		return null;
	}

	/**
	 * A node found by key, number, acronym or, failing those, a full-text search that has
	 * one clear hit.
	 */
	Found resolve(String entity) {
		if (entity == null || entity.isBlank()) {
			throw new IllegalArgumentException("Name an entity: an organization id or name, a person id, a patent "
					+ "number, a policy or fund id.");
		}
		String raw = entity.strip();
		Map<String, Object> params = new HashMap<>();
		params.put("raw", raw);
		params.put("number", PatentNumber.parse(raw, "US").map(PatentNumber::key).orElse(""));
		params.put("orgKey", OrganizationNames.plainKey(raw));
		params.put("acronym", NameTokens.isAcronym(raw));
		List<Found> found = this.neo4j.query(RESOLVE)
			.bindAll(params)
			.fetchAs(Found.class)
			.mappedBy((types, row) -> found(row))
			.all()
			.stream()
			.toList();
		Map<String, Found> distinct = new LinkedHashMap<>();
		found.forEach(f -> distinct.putIfAbsent(f.elementId(), f));
		if (distinct.size() == 1) {
			return distinct.values().iterator().next();
		}
		if (distinct.size() > 1) {
			throw new IllegalArgumentException("'" + raw + "' names several nodes: " + names(distinct.values())
					+ ". Give the label's key instead.");
		}
		List<Found> hits = new ArrayList<>();
		for (String index : List.of("organization_names", "person_names", "policy_fund_text")) {
			hits.addAll(this.neo4j.query(SEARCH)
				.bindAll(Map.of("index", index, "query", org.ipgraph.graph.FullText.escape(raw)))
				.fetchAs(Found.class)
				.mappedBy((types, row) -> found(row))
				.all());
		}
		if (hits.isEmpty()) {
			throw new EvidenceNotFoundException("No node matches '" + raw + "'.");
		}
		String wanted = OrganizationNames.plainKey(raw);
		List<Found> same = hits.stream()
			.filter(h -> OrganizationNames.plainKey(h.ref().name()).equals(wanted))
			.toList();
		if (same.size() == 1 || hits.size() == 1) {
			return same.size() == 1 ? same.get(0) : hits.get(0);
		}
		throw new IllegalArgumentException("'" + raw + "' is ambiguous; candidates: " + names(hits));
	}

	private static Found found(org.neo4j.driver.Record row) {
		Node node = row.get("n").asNode();
		return new Found(node.elementId(), ref(node, row.get("label").asString()));
	}

	private static String names(java.util.Collection<Found> found) {
		return String.join(", ", found.stream().map(f -> f.ref().label() + " " + f.ref().key()).toList());
	}

	record Found(String elementId, EvidenceReport.EntityRef ref) {
	}

}
