package org.ipgraph.nlp;

import java.nio.file.Path;
import java.time.Duration;
import org.ipgraph.nlp.linking.EntityLinker;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the text pipeline.
 *
 * @param modelDir a directory with the project's models ({@code ipgraph nlp train}
 * output); blank for the models packaged in the application
 * @param threads threads that annotate one long document (0: one per core)
 * @param minConfidence name-finder mentions below this are dropped
 * @param fuzzyThreshold similarity at which a fuzzy name match links
 * @param ambiguousThreshold similarity at which a fuzzy match is kept as a candidate
 * @param maxDocumentSize larger files are rejected
 * @param maxDocumentTime a document whose analysis takes longer is rejected, and the
 * analysis stopped
 * @param indexRefresh how long the in-memory name index of the graph is trusted before
 * reloading
 */
@ConfigurationProperties("ipgraph.nlp")
public record NlpProperties(Path modelDir, @DefaultValue("0") int threads, @DefaultValue("0.5") double minConfidence,
		@DefaultValue("0.90") double fuzzyThreshold, @DefaultValue("0.80") double ambiguousThreshold,
		@DefaultValue("50MB") DataSize maxDocumentSize, @DefaultValue("5m") Duration indexRefresh,
		@DefaultValue("120s") Duration maxDocumentTime) {

	public int effectiveThreads() {
		return this.threads > 0 ? this.threads : Runtime.getRuntime().availableProcessors();
	}

	public ModelFiles modelFiles() {
		return ModelFiles.at(this.modelDir);
	}

	public EntityLinker.Settings linkerSettings() {
		return new EntityLinker.Settings(this.fuzzyThreshold, this.ambiguousThreshold, this.minConfidence);
	}

}
