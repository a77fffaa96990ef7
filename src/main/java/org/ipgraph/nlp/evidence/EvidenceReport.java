package org.ipgraph.nlp.evidence;

import java.util.List;
import java.util.Map;

/**
 * The sentences behind a node or a relationship.
 *
 * @param entity the node (for a relationship: its start node)
 * @param type the relationship type, for a relationship
 * @param to the end node, for a relationship
 * @param relationship the relationship's properties, for a relationship that exists
 * @param mentions sentences that mention the node
 * @param facts relationship facts about the node (or the relationship), each with its
 * sentence
 */
public record EvidenceReport(EntityRef entity, String type, EntityRef to, Map<String, Object> relationship,
		List<EvidenceSentence> mentions, List<FactEvidence> facts) {

	/**
	 * A node.
	 *
	 * @param label its label
	 * @param key its key ({@code id}, or {@code number} for patents)
	 * @param name what to show
	 */
	public record EntityRef(String label, String key, String name) {
	}

	/**
	 * One sentence with its provenance.
	 *
	 * @param documentId the Document ({@code sha256:...})
	 * @param document the file name
	 * @param path where the file was
	 * @param sentence the sentence
	 * @param sentenceStart first character of the sentence in the document text
	 * @param sentenceEnd one past its last character
	 * @param start first character of the mention (or the fact's words)
	 * @param end one past the last
	 * @param text the mention as written
	 * @param extractor which finder or rule
	 * @param modelVersion the NER model
	 * @param confidence how sure
	 */
	public record EvidenceSentence(String documentId, String document, String path, String sentence, Long sentenceStart,
			Long sentenceEnd, Long start, Long end, String text, String extractor, String modelVersion,
			Double confidence) {
	}

	/**
	 * A relationship fact read from a sentence.
	 *
	 * @param type relationship type
	 * @param from start node
	 * @param to end node, or null for a property fact (a policy's region)
	 * @param properties what the sentence said about it
	 * @param evidence the sentence
	 */
	public record FactEvidence(String type, EntityRef from, EntityRef to, Map<String, Object> properties,
			EvidenceSentence evidence) {
	}

}
