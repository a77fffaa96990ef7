package org.ipgraph.pools;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ipgraph.evaluation.EvaluationReport;
import org.ipgraph.test.GraphTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

@GraphTest
class PoolsEval {

	@Autowired
	PoolEvaluation evaluation;

	@Test
	void run() {
		Map<String, String> options = new LinkedHashMap<>();
		for (String key : List.of("seeds", "noise", "patents", "variants")) {
			String v = System.getenv("POOLS_" + key.toUpperCase());
			if (v != null) {
				options.put(key, v);
			}
		}
		EvaluationReport report = this.evaluation.run(options);
		print(report);
	}

	static void print(EvaluationReport report) {
		report.tasks().forEach((task, models) -> {
			System.out.println();
			System.out.println(task);
			List<String> metrics = models.values().stream().flatMap(m -> m.keySet().stream()).distinct().toList();
			System.out.printf("  %-34s", "model");
			metrics.forEach(m -> System.out.printf(" %9s", m.length() > 9 ? m.substring(0, 9) : m));
			System.out.println();
			models.forEach((model, values) -> {
				System.out.printf("  %-34s", model);
				metrics.forEach(m -> System.out.printf(" %9s", values.get(m) instanceof Double d ? String.format("%.3f", d) : String.valueOf(values.get(m))));
				System.out.println();
			});
		});
		report.notes().forEach(n -> System.out.println("Note: " + n));
	}

}
