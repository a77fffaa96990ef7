package org.ipgraph.evaluation;

import java.util.Map;

/**
 * One module's quality evaluation, run by {@code ipgraph evaluate NAME}. Implementations
 * are Spring beans; they evaluate on held-out data only and put baselines beside every
 * model figure.
 */
public interface Evaluation {

	/**
	 * The name on the command line: {@code partners}, {@code experts}, {@code pools},
	 * {@code npe}.
	 */
	String name();

	String description();

	/**
	 * Runs the evaluation.
	 * @param options free-form options from the command line
	 * ({@code --option key=value}), e.g. {@code seeds=3}
	 * @return every figure, nested by task, model and metric, in a form that prints as
	 * JSON
	 */
	EvaluationReport run(Map<String, String> options);

}
