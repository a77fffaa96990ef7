package org.ipgraph.evaluation.valuation;

import java.util.Map;

import org.ipgraph.evaluation.EvaluationReport;
import org.ipgraph.test.SharedData;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code evaluate value --json} has the issue's keys {@code value.auc} and
 * {@code baseline.forward_citations.auc} from the top, with the real (Lens drones)
 * figures. The synthetic part (a demo graph) is left out here: it takes minutes.
 */
class ValueEvaluationJsonTest {

	@Test
	void theRealFiguresAreAtTheIssuesPaths() {
		SharedData.path(LensFamilies.FILE);
		EvaluationReport report = new ValueEvaluation(null)
			.run(Map.of("synthetic", "false", "data", SharedData.root().toString()));
		JsonNode json = JsonMapper.builder().build().readTree(JsonMapper.builder().build().writeValueAsString(report));
		JsonNode value = json.at("/value/auc");
		JsonNode baseline = json.at("/baseline/forward_citations/auc");
		assertThat(value.isNumber()).as("value.auc in %s", json).isTrue();
		assertThat(baseline.isNumber()).as("baseline.forward_citations.auc in %s", json).isTrue();
		assertThat(value.asDouble()).isEqualTo(json.at("/tasks/summary/value/auc").asDouble());
		// the issue's bar: the value model beats forward citations alone by 0.05
		assertThat(value.asDouble()).isGreaterThanOrEqualTo(baseline.asDouble() + 0.05);
	}

}
