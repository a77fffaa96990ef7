/**
 * Text to graph: text extraction, the OpenNLP pipeline (language, sentences, tokens, POS,
 * lemmas, NER), gazetteer matching, entity linking, relation extraction with provenance, the
 * {@code text} ingest format and the evidence behind nodes and relationships.
 */
package org.ipgraph.nlp;
