/**
 * How the NER models are made and measured: training data derived from real structured records,
 * the OpenNLP trainers, the evaluations with their baselines, and the model cards.
 */
@NamedInterface("training")
package org.ipgraph.nlp.training;

import org.springframework.modulith.NamedInterface;
