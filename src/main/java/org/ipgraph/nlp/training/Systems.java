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
 * given names and, on held-out sentences, patterns; no model), and a model trained
 * without the derived data (synthetic sentences only), alone.
 */
final class Systems implements AutoCloseable {

	static final String PIPELINE = "pipeline";

	static final String MODEL_ONLY = "model-only";

	static final String DICTIONARY = "dictionary-only";

	static final String NO_DERIVED = "no-derived-data-model";

	static final List<String> ALL = List.of(PIPELINE, MODEL_ONLY, DICTIONARY, NO_DERIVED);

	final NlpPipeline full;

	final NlpPipeline modelOnly;

	final NlpPipeline baseline;

	final NlpPipeline none;

	final LinkIndex reference;

	Systems(NlpModels full, NlpModels baseline, List<KnownEntity> reference) {
		this.full = new NlpPipeline(full, 1, 0.5);
		this.modelOnly = new NlpPipeline(full.withGivenNames(java.util.Set.of()), 1, 0.5);
		this.baseline = new NlpPipeline(baseline.withGivenNames(java.util.Set.of()), 1, 0.5);
		this.none = new NlpPipeline(NlpModels.base().withGivenNames(full.givenNames()), 1, 0.5);
		this.reference = new LinkIndex();
		reference.forEach(this.reference::add);
	}

	NlpPipeline pipeline(String system) {
		return switch (system) {
			case PIPELINE -> this.full;
			case MODEL_ONLY -> this.modelOnly;
			case NO_DERIVED -> this.baseline;
			default -> this.none;
		};
	}

	Gazetteer gazetteer(String system) {
		return system.equals(PIPELINE) || system.equals(DICTIONARY) ? this.reference.gazetteer() : new Gazetteer();
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
	}

}
