package org.ipgraph.providers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ipgraph.graph.Schema;
import org.ipgraph.nlp.DocumentAnalysis;
import org.ipgraph.nlp.LinkedMention;
import org.ipgraph.nlp.NodeRef;
import org.ipgraph.nlp.Sentence;
import org.ipgraph.nlp.TextFactWriter;

import org.springframework.stereotype.Component;

/**
 * Evaluators, banks, IP agencies and law firms named by a text
 * ({@link ProviderTextRule}): the organization gets the {@code Provider} label, the kind
 * in {@code providerKinds} (and as {@code serviceType} when it had none), and an
 * {@code Evidence {type: 'PROVIDER', kind}} with the sentence. Reading the Document again
 * replaces its provider evidence.
 */
@Component
class ProviderTextWriter implements TextFactWriter {

	static final String TYPE = "PROVIDER";

	static final String EXTRACTOR = "rule:provider";

	private static final String FORGET = """
			MATCH (e:Evidence {type: 'PROVIDER', documentId: $documentId})
			DETACH DELETE e
			""";

	private static final String WRITE = """
			UNWIND $rows AS row
			MATCH (o:Organization {id: row.organization})
			SET o:Provider, o.serviceType = coalesce(o.serviceType, row.kind),
			    o.providerKinds = CASE WHEN row.kind IN coalesce(o.providerKinds, []) THEN o.providerKinds
			                           ELSE coalesce(o.providerKinds, []) + row.kind END
			MERGE (e:Evidence {id: row.id})
			SET e.type = 'PROVIDER', e.kind = row.kind, e.from = row.organization, e.fromLabel = 'Organization',
			    e.documentId = $documentId, e.sentence = row.sentence, e.sentenceStart = row.sentenceStart,
			    e.sentenceEnd = row.sentenceEnd, e.start = row.start, e.end = row.end, e.extractor = 'rule:provider',
			    e.modelVersion = $model, e.confidence = 1.0
			MERGE (e)-[:SUBJECT]->(o)
			WITH e
			MATCH (d:Document {id: $documentId})
			MERGE (e)-[:IN_DOCUMENT]->(d)
			""";

	@Override
	public void write(DocumentAnalysis analysis, String title, Writes writes) {
		writes.run(FORGET, Map.of("documentId", writes.documentId()));
		List<Sentence> sentences = analysis.text().sentences();
		Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
		for (LinkedMention m : analysis.mentions()) {
			if (!m.is(Schema.ORGANIZATION) || m.mention().sentence() >= sentences.size()) {
				continue;
			}
			NodeRef node = analysis.node(m);
			Sentence s = sentences.get(m.mention().sentence());
			String kind = ProviderTextRule.kind(m.mention().text(), s.text(), m.mention().start() - s.start(),
					m.mention().end() - s.start());
			if (kind == null) {
				continue;
			}
			String id = writes.documentId() + "#" + s.start() + ":" + TYPE + ":" + kind + ":" + node.id();
			Map<String, Object> row = new HashMap<>();
			row.put("id", id);
			row.put("organization", node.id());
			row.put("kind", kind);
			row.put("sentence", s.text());
			row.put("sentenceStart", s.start());
			row.put("sentenceEnd", s.end());
			row.put("start", m.mention().start());
			row.put("end", m.mention().end());
			rows.putIfAbsent(id, row);
		}
		if (!rows.isEmpty()) {
			writes.run(WRITE, Map.of("rows", new ArrayList<>(rows.values()), "documentId", writes.documentId(), "model",
					analysis.modelVersion() == null ? "" : analysis.modelVersion()));
		}
	}

}
