package org.ipgraph.evaluation.risk;

import java.util.Map;

import org.ipgraph.evaluation.EvaluationReport;
import org.ipgraph.test.GraphTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The NPE evaluation on one small demo ecosystem, with floors. Excluded from the default build
 * (minutes, not seconds): {@code ./mvnw test -Dtest=NpeEval}. The figures in docs/risk.md come
 * from {@code ipgraph evaluate npe}.
 */
@GraphTest
class NpeEval {

	@Autowired
	NpeEvaluation evaluation;

	@Test
	void plantedNpesAreFoundAndExposureBeatsTheOwnerOnlyBaseline() {
		EvaluationReport report = this.evaluation.run(Map.of("seeds", "7,8", "noise", "0.3", "real", "none"));
		Map<String, Object> classifier = report.tasks().get("planted owners, leave one seed out")
			.get("classifier (Smile logistic)");
		assertThat((Double) classifier.get("f1")).isGreaterThanOrEqualTo(0.9);
		assertThat((Double) classifier.get("auc")).isGreaterThanOrEqualTo(0.95);
		Map<String, Map<String, Object>> exposure = report.tasks()
			.get("exposure: rank of the patents NPEs asserted against each planted defendant");
		double full = (Double) exposure.get(ExposureEvaluation.METHODS.get(0)).get("mrr");
		double ownerOnly = (Double) exposure.get(ExposureEvaluation.METHODS.get(2)).get("mrr");
		assertThat(full).isGreaterThan(ownerOnly);
	}

}
