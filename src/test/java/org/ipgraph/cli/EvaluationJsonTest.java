package org.ipgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.ipgraph.evaluation.EvaluationReport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An evaluation's headline figures are at their dotted paths from the top of
 * {@code evaluate --json}, beside the figures by task.
 */
class EvaluationJsonTest {

	private static JsonNode json(EvaluationReport report) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		Output.json(new PrintStream(bytes, true, StandardCharsets.UTF_8), report);
		return JsonMapper.builder().build().readTree(bytes.toString(StandardCharsets.UTF_8));
	}

	@Test
	void headlineFiguresAreReadAtTheirPathsFromTheTop() {
		EvaluationReport report = EvaluationReport.builder("value")
			.figure("summary", "value", "auc", 0.7568)
			.figure("summary", "baseline.forward_citations", "auc", 0.5471)
			.headline("value.auc", 0.7568)
			.headline("baseline.forward_citations.auc", 0.5471)
			.headline("baseline.keyword.accuracy", 0.6)
			.note("a note")
			.build();
		JsonNode json = json(report);
		assertThat(json.at("/value/auc").asDouble()).isEqualTo(0.7568);
		assertThat(json.at("/baseline/forward_citations/auc").asDouble()).isEqualTo(0.5471);
		assertThat(json.at("/baseline/keyword/accuracy").asDouble()).isEqualTo(0.6);
		// the report's own keys stay, and the figures by task are still there
		assertThat(json.at("/evaluation").asString()).isEqualTo("value");
		assertThat(json.at("/tasks/summary/value/auc").asDouble()).isEqualTo(0.7568);
		assertThat(json.at("/notes/0").asString()).isEqualTo("a note");
		assertThat(json.has("headline")).isFalse();
		assertThat(report.headline("value.auc")).isEqualTo(0.7568);
	}

	@Test
	void aReportWithoutHeadlinePrintsOnlyItsOwnKeys() {
		JsonNode json = json(EvaluationReport.builder("x").figure("t", "m", "auc", 0.5).build());
		assertThat(json.propertyNames()).containsExactly("evaluation", "tasks", "notes");
	}

	@Test
	void pathsThatWouldHideAKeyOrAnotherFigureAreRefused() {
		EvaluationReport.Builder builder = EvaluationReport.builder("x").headline("value.auc", 0.7);
		assertThatThrownBy(() -> builder.headline("tasks.auc", 1)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("tasks");
		assertThatThrownBy(() -> builder.headline("value", 1)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("overlaps value.auc");
		assertThatThrownBy(() -> builder.headline("value.auc.dev", 1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> builder.headline("value..auc", 1)).isInstanceOf(IllegalArgumentException.class);
	}

}
