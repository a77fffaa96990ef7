package org.ipgraph.nlp;

/**
 * One family of relations, read from one sentence at a time.
 */
interface RelationRule {

	void apply(SentenceView view);

}
