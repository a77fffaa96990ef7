package org.ipgraph.nlp.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.ipgraph.test.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The full evaluation of the shipped models, with floors ({@code ./mvnw -Peval test
 * -Dtest=NerQualityEval}). It first checks that the training and held-out files are those
 * the models were made from, then that the figures are those
 * {@code nlp-models/evaluation.json} records.
 */
class NerQualityEval {

	static final Path MODELS = Path.of("nlp-models");

	static EvaluationReport report;

	@BeforeAll
	static void evaluate() {
		assertThat(Checksums.verify(MODELS))
			.as("nlp-models/train and heldout match SHA256SUMS; run 'ipgraph nlp train' after changing them")
			.isTrue();
		Path data = SharedData.path("patentsview-gov-interest").getParent();
		report = NlpTraining.evaluate(MODELS, data);
	}

	@Test
	void organizationsInTheFederalFundingStatements() {
		var organizations = report.govInterest().organizations();
		assertThat(organizations.get("lenient").get(Systems.PIPELINE).f1()).isGreaterThanOrEqualTo(0.90);
		assertThat(organizations.get("strict").get(Systems.PIPELINE).f1()).isGreaterThanOrEqualTo(0.75);
		assertThat(organizations.get("lenient").get(Systems.PIPELINE).f1())
			.isGreaterThan(organizations.get("lenient").get(Systems.DICTIONARY).f1())
			.isGreaterThan(organizations.get("lenient").get(Systems.NO_DERIVED).f1());
	}

	@Test
	void agenciesInTheFederalFundingStatements() {
		assertThat(report.govInterest().agencies().get("reference from all agency lists").get(Systems.PIPELINE).f1())
			.isGreaterThanOrEqualTo(0.78);
	}

	@Test
	void agencyLinking() {
		assertThat(report.agencyLinking().accuracy().get("linker")).isGreaterThanOrEqualTo(0.70);
		assertThat(report.agencyLinking().accuracy().get("linker"))
			.isGreaterThan(report.agencyLinking().accuracy().get("exact-name baseline"));
	}

	@Test
	void handWrittenHeldOutSentences() {
		assertThat(report.heldOut().get("handwritten").get(Systems.PIPELINE).get("ALL").f1())
			.isGreaterThanOrEqualTo(0.75);
		assertThat(report.heldOut().get("law").get(Systems.PIPELINE).get("ALL").f1()).isGreaterThanOrEqualTo(0.80);
	}

	@Test
	void figuresAreThoseTheModelCardsQuote() throws IOException {
		JsonNode recorded = NlpTraining.JSON.readTree(Files.readString(MODELS.resolve(NlpTraining.REPORT)));
		JsonNode now = NlpTraining.JSON.readTree(NlpTraining.json(report));
		for (String section : new String[] { "gov_interest", "agency_linking", "held_out", "text_dev", "text_test" }) {
			assertThat(now.get(section)).as(section).isEqualTo(recorded.get(section));
		}
	}

}
