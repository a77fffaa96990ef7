package org.ipgraph.evaluation.pools;

import java.util.Map;

import org.ipgraph.evaluation.EvaluationReport;
import org.ipgraph.test.GraphTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pools evaluation on a reduced grid, with floors (excluded from the default build; run
 * with {@code ./mvnw test -Dtest=PoolsEval}). The full figures come from
 * {@code ipgraph evaluate pools}.
 */
@GraphTest
class PoolsEval {

	static final String MODEL = "leiden cite+residual+decl";

	@Autowired
	PoolEvaluation evaluation;

	@Test
	void recoversPlantedPoolsBetterThanTheBaselinesAndKeepsDecoysOut() {
		EvaluationReport report = this.evaluation
			.run(Map.of("seeds", "11", "noise", "0.0,0.3", "patents", "2000", "variants", "default"));
		for (String task : new String[] { "planted pools by standard", "planted pools by cpc" }) {
			Map<String, Object> model = report.tasks().get(task).get(MODEL);
			Map<String, Object> baseline = report.tasks().get(task).get("baseline: CPC main group");
			assertThat((double) model.get("memberF1")).as(task).isGreaterThan(0.8)
				.isGreaterThan((double) baseline.get("memberF1"));
			assertThat((double) model.get("ownerF1")).as(task).isGreaterThan(0.9);
			assertThat((double) model.get("subsLeaked")).as(task).isZero();
			assertThat((double) model.get("decoyInPool")).as(task).isZero();
			assertThat((double) model.get("decoyLicensor")).as(task).isZero();
			assertThat((double) model.get("holderMRR")).as(task).isGreaterThan(0.5);
		}
		Map<String, Object> sep = report.tasks()
			.get("SEP sample: pairs declared to one spec by different companies in one candidate")
			.get("leiden, each spec searched");
		assertThat((double) sep.get("share")).isGreaterThan(0.9);
	}

}
