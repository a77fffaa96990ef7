/**
 * Evaluation of policy and fund matching: the hand-labelled (organization, policy) pairs
 * and gold eligibility facts of {@code nlp-models/annotated/policy}, run through the text
 * ingest and the matcher in a scratch graph, beside a keyword-overlap baseline.
 */
package org.ipgraph.evaluation.policies;
