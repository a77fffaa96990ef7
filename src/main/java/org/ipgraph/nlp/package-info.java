/**
 * Text to graph: the OpenNLP pipeline (language, sentences, tokens, POS, lemmas, NER) and
 * the analysis it yields, the {@code text} ingest format and {@code ipgraph nlp patents};
 * text extraction, linking, relations, evidence and training are its subpackages.
 */
package org.ipgraph.nlp;
