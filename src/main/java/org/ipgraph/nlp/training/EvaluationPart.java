package org.ipgraph.nlp.training;

/**
 * One measurement of {@code ipgraph nlp evaluate}. A part writes its figures into one or
 * more sections of the {@link EvaluationReport} (top-level JSON keys such as
 * {@code gov_interest} or {@code text_test}) under keys of its own, adds its tables for a
 * terminal, and may keep a typed result for the model cards. Several parts may share a
 * section: the entity figures and the litigation figures of the annotated pages both go
 * under {@code text_test}. A new measurement is a new part in {@link NlpTraining#PARTS};
 * no other part changes.
 *
 * @param name a short name, for progress lines
 * @param measure what measures and writes the figures into the report
 */
record EvaluationPart(String name, Measure measure) {

	/**
	 * Measures and writes into the report.
	 */
	@FunctionalInterface
	interface Measure {

		void evaluate(EvaluationContext context, EvaluationReport.Builder report);

	}

}
