package org.ipgraph.nlp.relations;

/**
 * One family of relations, read from one sentence at a time.
 */
interface RelationRule {

	void apply(SentenceView view);

}
