package org.ipgraph.nlp.training;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ipgraph.nlp.linking.EntityLinker;
import org.ipgraph.nlp.linking.Gazetteer;
import org.ipgraph.nlp.KnownEntity;
import org.ipgraph.nlp.linking.LinkIndex;
import org.ipgraph.nlp.NlpModels;
import org.ipgraph.nlp.NlpPipeline;

/**
 * The systems every evaluation compares: the pipeline as ingest runs it (NER model,
 * gazetteer, given names), the NER model alone, dictionary-only matching (gazetteer,
 * given names and, on held-out sentences, patterns; no model), a model trained without
 * the derived data (synthetic sentences only), alone, and the pipeline as shipped before
 * issue 10: the NER model shipped before the current one with the gazetteer, without the
 * name rules.
 */
final class Systems implements AutoCloseable {

	static final String PIPELINE = "pipeline";

	static final String MODEL_ONLY = "model-only";

	static final String DICTIONARY = "dictionary-only";

	static final String NO_DERIVED = "no-derived-data-model";

	static final String PREVIOUS = "previous-model";

	static final List<String> ALL = List.of(PIPELINE, MODEL_ONLY, DICTIONARY, NO_DERIVED, PREVIOUS);

	/** The baselines beside every headline figure. */
	static final List<String> BASELINES = List.of(DICTIONARY, PREVIOUS);

	final NlpPipeline full;

	final NlpPipeline modelOnly;

	final NlpPipeline baseline;

	final NlpPipeline none;

	final NlpPipeline previous;

	final LinkIndex reference;

	/**
	 * @param full the shipped models
	 * @param baseline the models with the NER model trained without derived data
	 * @param previous the models with the NER model shipped before the current one
	 * @param reference the names the gazetteer and linker know
	 */
	Systems(NlpModels full, NlpModels baseline, NlpModels previous, List<KnownEntity> reference) {
		this.full = new NlpPipeline(full, 1, 0.5);
		this.previous = new NlpPipeline(previous, 1, 0.5, false);
		this.modelOnly = new NlpPipeline(full.withGivenNames(java.util.Set.of()), 1, 0.5, false);
		this.baseline = new NlpPipeline(baseline.withGivenNames(java.util.Set.of()), 1, 0.5, false);
		this.none = new NlpPipeline(NlpModels.base().withGivenNames(full.givenNames()), 1, 0.5, false);
		this.reference = new LinkIndex();
		reference.forEach(this.reference::add);
	}

	NlpPipeline pipeline(String system) {
		return switch (system) {
			case PIPELINE -> this.full;
			case MODEL_ONLY -> this.modelOnly;
			case NO_DERIVED -> this.baseline;
			case PREVIOUS -> this.previous;
			default -> this.none;
		};
	}

	Gazetteer gazetteer(String system) {
		return system.equals(PIPELINE) || system.equals(DICTIONARY) || system.equals(PREVIOUS)
				? this.reference.gazetteer() : new Gazetteer();
	}

	EntityLinker linker() {
		return new EntityLinker(this.reference.copy(), EntityLinker.Settings.DEFAULT);
	}

	static Map<String, Prf> empty() {
		return new LinkedHashMap<>();
	}

	@Override
	public void close() {
		this.full.close();
		this.modelOnly.close();
		this.baseline.close();
		this.none.close();
		this.previous.close();
	}

}
