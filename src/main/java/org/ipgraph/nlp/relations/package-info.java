/**
 * Relation extraction: rules that read funding, policy, transaction, litigation,
 * affiliation and expertise facts from one sentence with linked mentions, and the values
 * they carry.
 */
package org.ipgraph.nlp.relations;
