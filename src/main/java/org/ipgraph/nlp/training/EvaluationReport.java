package org.ipgraph.nlp.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Every figure {@code ipgraph nlp evaluate} reports; {@code --json} prints
 * {@link #json()}: {@code models}, {@code trainingData} and {@code systems}, then one
 * section per measurement ({@code gov_interest}, {@code agency_linking},
 * {@code held_out}, {@code text_dev}, {@code text_test}...), each written by one or more
 * {@link EvaluationPart}s.
 */
public final class EvaluationReport {

	static final Map<String, String> SYSTEM_NAMES = systemNames();

	private final Map<String, Object> json;

	private final String text;

	private final Map<Class<?>, Object> results;

	private EvaluationReport(Map<String, Object> json, String text, Map<Class<?>, Object> results) {
		this.json = json;
		this.text = text;
		this.results = results;
	}

	private static Map<String, String> systemNames() {
		Map<String, String> names = new LinkedHashMap<>();
		names.put(Systems.PIPELINE,
				"the ingest pipeline: NER model, gazetteer of agencies, IP offices and programs, given names");
		names.put(Systems.MODEL_ONLY, "the NER model alone");
		names.put(Systems.DICTIONARY,
				"no model: gazetteer of agencies, IP offices and programs, given names, and on held-out sentences "
						+ "date/amount/patent-number/statute/place patterns");
		names.put(Systems.NO_DERIVED, "a NER model trained without the derived data (synthetic sentences only), alone");
		names.put(Systems.PREVIOUS,
				"the ingest pipeline as shipped before issue 10: the NER model shipped before the current one ("
						+ NlpTraining.PREVIOUS + ") and the gazetteer, without the name rules");
		return names;
	}

	/**
	 * The whole report as JSON: sections in the order the parts wrote them.
	 */
	@JsonValue
	public Map<String, Object> json() {
		return this.json;
	}

	/**
	 * The report as tables for a terminal.
	 */
	public String text() {
		return this.text;
	}

	/**
	 * One section, e.g. {@code text_test}; empty when no part wrote it.
	 */
	@SuppressWarnings("unchecked")
	public Map<String, Object> section(String name) {
		Object section = this.json.get(name);
		return section instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
	}

	/**
	 * A part's typed result, or null.
	 */
	<T> T result(Class<T> type) {
		return type.cast(this.results.get(type));
	}

	GovInterestEvaluation.Result govInterest() {
		return result(GovInterestEvaluation.Result.class);
	}

	AgencyLinkingEvaluation.Result agencyLinking() {
		return result(AgencyLinkingEvaluation.Result.class);
	}

	Map<String, Map<String, Map<String, Prf>>> heldOut() {
		HeldOutEvaluation.Result result = result(HeldOutEvaluation.Result.class);
		return result == null ? Map.of() : result.corpora();
	}

	/**
	 * A result record's components as a map, in order, for a section.
	 */
	@SuppressWarnings("unchecked")
	static Map<String, Object> fields(Record result) {
		return NlpTraining.JSON.convertValue(result, LinkedHashMap.class);
	}

	static Builder builder() {
		return new Builder();
	}

	/**
	 * Collects what the parts measure.
	 */
	static final class Builder {

		private final Map<String, Object> json = new LinkedHashMap<>();

		private final List<String> text = new ArrayList<>();

		private final Map<Class<?>, Object> results = new LinkedHashMap<>();

		/**
		 * A top-level entry (models, trainingData, systems).
		 */
		Builder put(String key, Object value) {
			this.json.put(key, value);
			return this;
		}

		/**
		 * A section parts write into; created on first use.
		 */
		@SuppressWarnings("unchecked")
		Map<String, Object> section(String name) {
			return (Map<String, Object>) this.json.computeIfAbsent(name, n -> new LinkedHashMap<String, Object>());
		}

		/**
		 * Text for the terminal, in order.
		 */
		Builder text(String block) {
			this.text.add(block);
			return this;
		}

		/**
		 * A typed result, for the model cards and the quality tests.
		 */
		Builder result(Object result) {
			this.results.put(result.getClass(), result);
			return this;
		}

		EvaluationReport build() {
			return new EvaluationReport(this.json, String.join("\n", this.text), this.results);
		}

	}

}
