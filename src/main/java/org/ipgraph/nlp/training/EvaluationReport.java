package org.ipgraph.nlp.training;

import java.util.List;
import java.util.Map;

/**
 * Every figure {@code ipgraph nlp evaluate} reports; {@code --json} prints this object.
 *
 * @param models the models measured
 * @param trainingData the training files with their checksums, and whether they match
 * SHA256SUMS
 * @param govInterest the 177 federal-funding statements
 * @param agencyLinking agency linking on the held-out half of raw-to-clean
 * @param heldOut per corpus, per system, per entity type (and ALL)
 * @param systems what each system name means
 */
public record EvaluationReport(Map<String, Object> models, Map<String, Object> trainingData,
		GovInterestEvaluation.Result govInterest, AgencyLinkingEvaluation.Result agencyLinking,
		Map<String, Map<String, Map<String, Prf>>> heldOut, Map<String, String> systems) {

	static final Map<String, String> SYSTEM_NAMES = Map.of(Systems.PIPELINE,
			"the ingest pipeline: NER model, gazetteer of agencies, IP offices and programs, given names",
			Systems.MODEL_ONLY, "the NER model alone", Systems.DICTIONARY,
			"no model: gazetteer of agencies, IP offices and programs, given names, and on held-out sentences date/amount/patent-number/statute/place patterns",
			Systems.NO_DERIVED, "a NER model trained without the derived data (synthetic sentences only), alone");

	static final List<String> ORDER = Systems.ALL;

}
