package org.ipgraph.nlp;

import java.util.List;
import java.util.Map;

/**
 * Everything read from one text: annotations, linked mentions and facts.
 *
 * @param text the annotated text
 * @param mentions mentions with their links, in text order
 * @param facts relationships with provenance
 * @param renamed nodes re-keyed by the relation rules (old key to new node)
 * @param modelVersion the NER model used
 */
public record DocumentAnalysis(AnnotatedText text, List<LinkedMention> mentions, List<Fact> facts,
		Map<String, NodeRef> renamed, String modelVersion) {

	/**
	 * The node a linked mention stands for, after re-keying.
	 */
	public NodeRef node(LinkedMention mention) {
		NodeRef node = mention.node();
		return this.renamed.getOrDefault(node.key(), node);
	}

	public long count(Link.Status status) {
		return this.mentions.stream().filter(m -> m.link().status() == status).count();
	}

}
