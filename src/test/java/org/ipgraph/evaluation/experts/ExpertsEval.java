package org.ipgraph.evaluation.experts;

import java.util.Map;

import org.ipgraph.evaluation.EvaluationReport;
import org.ipgraph.test.GraphTest;
import org.ipgraph.test.SharedData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The experts evaluation with floors (excluded from the default suite; minutes, not seconds).
 */
@GraphTest
class ExpertsEval {

	@Autowired
	ExpertsEvaluation evaluation;

	@Test
	void theModelBeatsItsBaselinesOnInventorRecoveryAndResolution() {
		String data = SharedData.path("google-patents-wearables-2024").getParent().toString();
		EvaluationReport report = this.evaluation.run(Map.of("data", data, "tasks", "recovery,demo"));
		Map<String, Map<String, Object>> recovery = report.tasks()
			.get("inventor recovery, leave-one-out (google-patents-wearables-2024)");
		assertThat((Double) recovery.get("model").get("P@10")).isGreaterThan((Double) recovery.get("tf-idf").get("P@10"));
		assertThat((Double) recovery.get("model").get("MRR")).isGreaterThan(0.4);
		Map<String, Map<String, Object>> demo = report.tasks()
			.get("same-person resolution, demo truth (3,000 patents, seed 42)");
		assertThat((Double) demo.get("resolver").get("F1")).isGreaterThan((Double) demo.get("exact name").get("F1"));
		assertThat((Double) demo.get("resolver").get("precision")).isGreaterThan(0.98);
	}

}
