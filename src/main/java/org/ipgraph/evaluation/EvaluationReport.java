package org.ipgraph.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The figures of one evaluation: for each task, each model's metrics, plus notes on the
 * data (sizes, splits, what could not be measured and why), and the headline figures
 * under paths of their own.
 * <p>
 * A headline figure is named by a dotted path ({@code value.auc},
 * {@code baseline.forward_citations.auc}) and printed in the JSON at that path from the
 * top ({@code {"value": {"auc": 0.75}, "baseline": {"forward_citations": {"auc":
 * 0.55}}}}), beside {@code evaluation}, {@code tasks} and {@code notes}, so that a reader
 * finds it without knowing the task it was measured in.
 *
 * @param evaluation its name
 * @param tasks task name to model name to metric name to value
 * @param notes honest remarks on data and method
 * @param headline dotted path to figure, in the order added
 */
public record EvaluationReport(String evaluation, Map<String, Map<String, Map<String, Object>>> tasks,
		List<String> notes, @JsonIgnore Map<String, Object> headline) {

	/** Names a headline path may not start with: the report's own keys. */
	static final Set<String> RESERVED = Set.of("evaluation", "tasks", "notes", "headline");

	/**
	 * The headline figures nested by their paths: {@code value.auc} is {@code auc} in the
	 * object {@code value}. Printed at the top level of the JSON.
	 */
	@JsonAnyGetter
	public Map<String, Object> paths() {
		Map<String, Object> root = new LinkedHashMap<>();
		this.headline.forEach((path, value) -> {
			String[] names = path.split("\\.");
			Map<String, Object> at = root;
			for (int i = 0; i < names.length - 1; i++) {
				at = object(at, names[i], path);
			}
			if (at.putIfAbsent(names[names.length - 1], value) != null) {
				throw new IllegalStateException("headline path " + path + " is named twice");
			}
		});
		return root;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> object(Map<String, Object> in, String name, String path) {
		Object child = in.computeIfAbsent(name, n -> new LinkedHashMap<String, Object>());
		if (!(child instanceof Map)) {
			throw new IllegalStateException("headline path " + path + " runs through the figure " + name);
		}
		return (Map<String, Object>) child;
	}

	/**
	 * The headline figure at a dotted path, or null.
	 */
	public Object headline(String path) {
		return this.headline.get(path);
	}

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

		private final Map<String, Object> headline = new LinkedHashMap<>();

		private Builder(String evaluation) {
			this.evaluation = evaluation;
		}

		public Builder figure(String task, String model, String metric, Object value) {
			this.tasks.computeIfAbsent(task, t -> new LinkedHashMap<>())
				.computeIfAbsent(model, m -> new LinkedHashMap<>())
				.put(metric, value);
			return this;
		}

		/**
		 * A headline figure, printed at its dotted path from the top of the JSON
		 * ({@code value.auc}); usually a copy of a figure in a task.
		 * @throws IllegalArgumentException for an empty name in the path, a path that
		 * starts with a key of the report itself, or one that is a prefix of another
		 */
		public Builder headline(String path, Object value) {
			String[] names = path.split("\\.", -1);
			if (path.isBlank() || java.util.Arrays.stream(names).anyMatch(String::isBlank)
					|| RESERVED.contains(names[0])) {
				throw new IllegalArgumentException("'" + path + "' is not a headline path (dotted names, not "
						+ String.join(", ", RESERVED.stream().sorted().toList()) + ")");
			}
			for (String other : this.headline.keySet()) {
				if (other.startsWith(path + ".") || path.startsWith(other + ".")) {
					throw new IllegalArgumentException("headline path " + path + " overlaps " + other);
				}
			}
			this.headline.put(path, value);
			return this;
		}

		public Builder note(String note) {
			this.notes.add(note);
			return this;
		}

		public EvaluationReport build() {
			return new EvaluationReport(this.evaluation, this.tasks, List.copyOf(this.notes),
					java.util.Collections.unmodifiableMap(new LinkedHashMap<>(this.headline)));
		}

	}

}
