package org.ipgraph.risk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A logistic model over the NPE features: each feature is standardized
 * ({@code (x - mean) / scale}) and weighted; the sum plus the intercept is the log-odds
 * of being an NPE. The fitted classifier and the hand-set rules share this form, so both
 * explain a score the same way: each signal's contribution to the log-odds.
 *
 * @param kind {@code model} (fitted) or {@code rules} (hand-set)
 * @param version a name for reports
 * @param features the feature keys, in {@link NpeSignal} order
 * @param means the value each feature is centred on
 * @param scales the value each feature is divided by
 * @param weights the weight of each standardized feature
 * @param intercept the log-odds of a feature vector at the means
 * @param threshold the probability from which an owner is called an NPE
 * @param training how the model was trained: data, sizes, options
 */
public record NpeModel(String kind, String version, List<String> features, double[] means, double[] scales,
		double[] weights, double intercept, double threshold, String training) {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	public NpeModel {
		if (features.size() != NpeFeatures.SIZE || means.length != NpeFeatures.SIZE || scales.length != NpeFeatures.SIZE
				|| weights.length != NpeFeatures.SIZE) {
			throw new IllegalArgumentException("an NPE model needs " + NpeFeatures.SIZE + " features, in the order "
					+ Arrays.stream(NpeSignal.values()).map(NpeSignal::key).toList());
		}
		for (int i = 0; i < NpeFeatures.SIZE; i++) {
			if (!features.get(i).equals(NpeSignal.values()[i].key())) {
				throw new IllegalArgumentException("feature " + i + " is '" + features.get(i) + "', expected '"
						+ NpeSignal.values()[i].key() + "'");
			}
		}
	}

	/**
	 * The hand-set rules: the explainable fallback when no classifier is available or an
	 * owner has too few observed signals. Litigation alone is not enough; acquired
	 * portfolios without own inventors weigh most.
	 */
	public static final NpeModel RULES = rules();

	private static NpeModel rules() {
		double[] w = new double[NpeFeatures.SIZE];
		w[NpeSignal.PLAINTIFF_SUITS.ordinal()] = 0.8;
		w[NpeSignal.DEFENDANT_SPREAD.ordinal()] = 0.6;
		w[NpeSignal.ACQUIRED_SHARE.ordinal()] = 3.0;
		w[NpeSignal.INVENTOR_GAP.ordinal()] = 2.0;
		w[NpeSignal.PATENTS_PER_INVENTOR.ordinal()] = 0.2;
		w[NpeSignal.HOLDING_NAME.ordinal()] = 1.0;
		w[NpeSignal.SHELL_NETWORK.ordinal()] = 0.8;
		w[NpeSignal.ASSERTED_PATENT_AGE.ordinal()] = 0.5;
		w[NpeSignal.PTAB_CHALLENGES.ordinal()] = 0.3;
		w[NpeSignal.TEXT_DESCRIPTION.ordinal()] = 1.5;
		double[] zeros = new double[NpeFeatures.SIZE];
		double[] ones = new double[NpeFeatures.SIZE];
		Arrays.fill(ones, 1);
		return new NpeModel("rules", "rules-1", keys(), zeros, ones, w, -4.0, 0.5,
				"hand-set weights (not fitted); see docs/risk.md");
	}

	public static List<String> keys() {
		return Arrays.stream(NpeSignal.values()).map(NpeSignal::key).toList();
	}

	/**
	 * Each feature's contribution to the log-odds.
	 */
	public double[] contributions(double[] x) {
		double[] c = new double[NpeFeatures.SIZE];
		for (int i = 0; i < c.length; i++) {
			c[i] = this.weights[i] * (x[i] - this.means[i]) / this.scales[i];
		}
		return c;
	}

	public double logit(double[] x) {
		double z = this.intercept;
		for (double c : contributions(x)) {
			z += c;
		}
		return z;
	}

	public double probability(double[] x) {
		return 1 / (1 + Math.exp(-logit(x)));
	}

	@JsonIgnore
	public boolean isRules() {
		return "rules".equals(this.kind);
	}

	public static NpeModel read(InputStream in) {
		return JSON.readValue(in, NpeModel.class);
	}

	public static NpeModel read(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return read(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public void write(Path file) {
		try {
			Path parent = file.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			Files.writeString(file, JSON.writeValueAsString(this) + "\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof NpeModel m && m.kind.equals(this.kind) && m.version.equals(this.version)
				&& Arrays.equals(m.means, this.means) && Arrays.equals(m.scales, this.scales)
				&& Arrays.equals(m.weights, this.weights) && m.intercept == this.intercept;
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(this.weights) * 31 + Double.hashCode(this.intercept);
	}

	@Override
	public String toString() {
		return this.kind + " " + this.version + " " + Arrays.toString(this.weights);
	}

}
