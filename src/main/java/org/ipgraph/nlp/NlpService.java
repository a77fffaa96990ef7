package org.ipgraph.nlp;

import java.time.Duration;
import java.time.Instant;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.Driver;
import org.ipgraph.nlp.linking.ReferenceData;
import org.ipgraph.nlp.linking.LinkIndex;
import org.ipgraph.nlp.linking.GraphNames;
import org.ipgraph.nlp.linking.EntityLinker;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * The text pipeline as the application uses it: models loaded once, on first use; names
 * of the graph and the reference lists in a {@link LinkIndex} reloaded when it grows old.
 */
@Service
public class NlpService implements DisposableBean {

	private static final Log logger = LogFactory.getLog(NlpService.class);

	private final NlpProperties properties;

	private final Driver driver;

	private volatile NlpPipeline pipeline;

	private volatile LinkIndex index;

	private volatile Instant indexLoadedAt = Instant.EPOCH;

	NlpService(NlpProperties properties, Driver driver) {
		this.properties = properties;
		this.driver = driver;
	}

	public NlpProperties properties() {
		return this.properties;
	}

	/**
	 * An analyzer over the current index. Analyzers are cheap; the pipeline and index are
	 * shared.
	 */
	public TextAnalyzer analyzer() {
		return new TextAnalyzer(pipeline(), new EntityLinker(index(), this.properties.linkerSettings()));
	}

	public NlpPipeline pipeline() {
		NlpPipeline p = this.pipeline;
		if (p == null) {
			synchronized (this) {
				if (this.pipeline == null) {
					long start = System.nanoTime();
					this.pipeline = new NlpPipeline(NlpModels.load(this.properties.modelFiles()),
							this.properties.effectiveThreads(), this.properties.minConfidence());
					logger.info("NLP models loaded in " + (System.nanoTime() - start) / 1_000_000 + " ms ("
							+ this.pipeline.models().nerVersion() + ")");
				}
				p = this.pipeline;
			}
		}
		return p;
	}

	/**
	 * The names to link to: reference lists, then the graph's own nodes.
	 */
	public synchronized LinkIndex index() {
		Duration age = Duration.between(this.indexLoadedAt, Instant.now());
		if (this.index == null || age.compareTo(this.properties.indexRefresh()) > 0) {
			LinkIndex fresh = new LinkIndex();
			ReferenceData.load(this.properties.modelFiles()).forEach(fresh::add);
			GraphNames.load(this.driver, fresh);
			this.index = fresh;
			this.indexLoadedAt = Instant.now();
			logger.debug("Link index: " + fresh.size() + " names, gazetteer " + fresh.gazetteer().size());
		}
		return this.index;
	}

	/**
	 * Drops the index so that the next document reloads it, e.g. after the graph was
	 * cleared.
	 */
	public synchronized void forgetIndex() {
		this.index = null;
	}

	@Override
	public void destroy() {
		if (this.pipeline != null) {
			this.pipeline.close();
		}
	}

}
