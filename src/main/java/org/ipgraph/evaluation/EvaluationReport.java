package org.ipgraph.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one evaluation: for each task, each model's metrics, plus notes on the
 * data (sizes, splits, what could not be measured and why).
 *
 * @param evaluation its name
 * @param tasks task name to model name to metric name to value
 * @param notes honest remarks on data and method
 */
public record EvaluationReport(String evaluation, Map<String, Map<String, Map<String, Object>>> tasks,
		List<String> notes) {

	public static Builder builder(String evaluation) {
		return new Builder(evaluation);
	}

	/**
	 * Collects figures in the order they are added.
	 */
	public static final class Builder {

		private final String evaluation;

		private final Map<String, Map<String, Map<String, Object>>> tasks = new LinkedHashMap<>();

		private final List<String> notes = new java.util.ArrayList<>();

		private Builder(String evaluation) {
			this.evaluation = evaluation;
		}

		public Builder figure(String task, String model, String metric, Object value) {
			this.tasks.computeIfAbsent(task, t -> new LinkedHashMap<>())
				.computeIfAbsent(model, m -> new LinkedHashMap<>())
				.put(metric, value);
			return this;
		}

		public Builder note(String note) {
			this.notes.add(note);
			return this;
		}

		public EvaluationReport build() {
			return new EvaluationReport(this.evaluation, this.tasks, List.copyOf(this.notes));
		}

	}

}
