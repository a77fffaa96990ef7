package org.ipgraph.risk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The NPE classifier in use: the file {@code ipgraph.risk.model-file} names, else the one
 * shipped with the application ({@code org/ipgraph/risk/npe-model.json}, trained by
 * {@code ipgraph risk train}); without either, the rules.
 */
@Component
@EnableConfigurationProperties(RiskProperties.class)
public class NpeModels {

	public static final String RESOURCE = "/org/ipgraph/risk/npe-model.json";

	private static final Log logger = LogFactory.getLog(NpeModels.class);

	private final NpeRiskScorer scorer;

	NpeModels(RiskProperties properties) {
		this.scorer = new NpeRiskScorer(load(properties));
	}

	static NpeModel load(RiskProperties properties) {
		if (properties.modelFile() != null && !properties.modelFile().toString().isBlank()) {
			if (!Files.isRegularFile(properties.modelFile())) {
				throw new IllegalStateException(
						"ipgraph.risk.model-file " + properties.modelFile() + " does not exist");
			}
			return NpeModel.read(properties.modelFile());
		}
		return shipped();
	}

	/**
	 * The model shipped with the application, or null.
	 */
	public static NpeModel shipped() {
		try (InputStream in = NpeModels.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				logger.warn("No NPE model found (" + RESOURCE + "); NPE scores come from the rules");
				return null;
			}
			return NpeModel.read(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public NpeRiskScorer scorer() {
		return this.scorer;
	}

}
