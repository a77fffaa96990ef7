package org.ipgraph.valuation;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Every patent valued at once: the model fitted on the graph's past (features as of the
 * cut, value events after it) or the prior when the past has too few events, and each
 * patent's value as of now. Pure: built from plain facts.
 */
public final class ValueIndex implements Serializable {

	/** Fewer valuable (or other) patents than this in the past and the prior is used. */
	static final int MIN_EXAMPLES = 20;

	/** At most this many patents without value events are fitted on (an even sample). */
	static final int MAX_NEGATIVES = 20_000;

	/** Seconds spent reading the graph, fitting and valuing, for reports. */
	final Map<String, Double> timings = new java.util.LinkedHashMap<>();

	private final ValueModel model;

	private final LocalDate asOf;

	private final List<PatentFacts> patents;

	private final Cohorts cohorts;

	private final double[] values;

	private final double[] percentiles;

	private final Map<String, Integer> positions = new HashMap<>();

	private final long[] nodes;

	// increments since the model was fitted (0: built whole)
	private final int increments;

	private ValueIndex(ValueModel model, LocalDate asOf, List<PatentFacts> patents, long[] nodes) {
		this(model, asOf, patents, nodes, 0);
	}

	private ValueIndex(ValueModel model, LocalDate asOf, List<PatentFacts> patents, long[] nodes, int increments) {
		this.increments = increments;
		this.model = model;
		this.asOf = asOf;
		this.patents = List.copyOf(patents);
		this.nodes = nodes;
		this.cohorts = Cohorts.of(patents);
		this.values = new double[patents.size()];
		// scored in parallel: each patent on its own
		IntStream.range(0, patents.size()).parallel().forEach(i -> {
			PatentFacts p = this.patents.get(i);
			this.values[i] = model.probability(p.features(this.cohorts.mean(p.cohort())));
		});
		for (int i = 0; i < patents.size(); i++) {
			this.positions.put(patents.get(i).number(), i);
		}
		this.percentiles = percentiles(this.values);
	}

	/**
	 * The model fitted on facts with outcomes, or the prior when there are fewer than
	 * {@link #MIN_EXAMPLES} valuable or other patents.
	 */
	public static ValueModel fit(List<PatentFacts> past, LocalDate cut, double lambda) {
		return fit(past, cut, lambda, MAX_NEGATIVES);
	}

	static ValueModel fit(List<PatentFacts> past, LocalDate cut, double lambda, int maxNegatives) {
		Cohorts cohorts = Cohorts.of(past);
		long positives = past.stream().filter(ValueIndex::valuable).count();
		long negatives = past.size() - positives;
		if (positives < MIN_EXAMPLES || negatives < MIN_EXAMPLES) {
			return ValueModel.PRIOR;
		}
		// every valuable patent and an even sample of the others; the intercept is
		// corrected
		// for the sampling rate (case-control sampling leaves the weights unbiased)
		long stride = (negatives + maxNegatives - 1) / maxNegatives;
		List<double[]> x = new ArrayList<>();
		List<Boolean> y = new ArrayList<>();
		long seen = 0;
		for (PatentFacts p : past) {
			boolean valuable = valuable(p);
			if (valuable || seen++ % stride == 0) {
				x.add(p.features(cohorts.mean(p.cohort())));
				y.add(valuable);
			}
		}
		boolean[] labels = new boolean[y.size()];
		for (int i = 0; i < labels.length; i++) {
			labels[i] = y.get(i);
		}
		long kept = x.size() - positives;
		ValueModel model = ValueModel.fit(x, labels, lambda, "features as of " + cut + ", value events from " + cut
				+ " on" + (stride > 1 ? " (" + kept + " of " + negatives + " patents without events sampled)" : ""));
		return stride > 1 ? model.withIntercept(model.intercept() + Math.log((double) kept / negatives)) : model;
	}

	private static boolean valuable(PatentFacts p) {
		return p.later() != null && p.later().any();
	}

	public static ValueIndex of(ValueModel model, LocalDate asOf, List<PatentFacts> now) {
		long[] nodes = new long[now.size()];
		Arrays.fill(nodes, -1);
		return new ValueIndex(model, asOf, now, nodes);
	}

	/**
	 * The values of patents read from the graph.
	 * @param nodes the graph node of each patent, in the order of {@code now}
	 */
	static ValueIndex of(ValueModel model, LocalDate asOf, List<PatentFacts> now, long[] nodes) {
		if (nodes.length != now.size()) {
			throw new IllegalArgumentException("a node for each patent: " + nodes.length + " for " + now.size());
		}
		return new ValueIndex(model, asOf, now, nodes);
	}

	/**
	 * This index with the facts of some patents read again: each patent read whose facts
	 * are given replaces its old facts (or is added), a patent read without facts (no
	 * longer valued) is dropped, every other patent keeps its facts; the model is kept
	 * (it is refitted at the next whole build), the cohort means, values and percentiles
	 * are computed again over all patents, as a whole build with this model would.
	 * @param read the numbers of the patents read again
	 * @param facts the facts of those of them valued now
	 * @param nodes the graph node of each, in the order of {@code facts}
	 */
	ValueIndex updated(java.util.Set<String> read, List<PatentFacts> facts, long[] nodes) {
		Map<String, Integer> fresh = new HashMap<>();
		for (int f = 0; f < facts.size(); f++) {
			fresh.put(facts.get(f).number(), f);
		}
		List<PatentFacts> merged = new ArrayList<>(this.patents.size() + facts.size());
		long[] mergedNodes = new long[this.patents.size() + facts.size()];
		int n = 0;
		for (int i = 0; i < this.patents.size(); i++) {
			String number = this.patents.get(i).number();
			Integer f = fresh.remove(number);
			if (f != null) {
				merged.add(facts.get(f));
				mergedNodes[n++] = nodes[f];
			}
			else if (!read.contains(number)) {
				merged.add(this.patents.get(i));
				mergedNodes[n++] = this.nodes[i];
			}
		}
		for (int f = 0; f < facts.size(); f++) {
			if (fresh.containsKey(facts.get(f).number())) {
				merged.add(facts.get(f));
				mergedNodes[n++] = nodes[f];
			}
		}
		return new ValueIndex(this.model, this.asOf, merged, Arrays.copyOf(mergedNodes, n), this.increments + 1);
	}

	/**
	 * The day the patents were valued as of.
	 */
	LocalDate asOf() {
		return this.asOf;
	}

	/**
	 * Increments since the model was fitted: 0 when built whole.
	 */
	int increments() {
		return this.increments;
	}

	public ValueModel model() {
		return this.model;
	}

	public int size() {
		return this.patents.size();
	}

	public String number(int i) {
		return this.patents.get(i).number();
	}

	/**
	 * The graph node of patent {@code i}, -1 when it was not read from the graph.
	 */
	long node(int i) {
		return this.nodes[i];
	}

	public double value(int i) {
		return this.values[i];
	}

	/**
	 * The share of patents valued lower than patent {@code i}, 0 to 100.
	 */
	public double percentile(int i) {
		return this.percentiles[i];
	}

	// ranks the values; equal values share the share of those below them
	private static double[] percentiles(double[] values) {
		Integer[] order = new Integer[values.length];
		Arrays.setAll(order, i -> i);
		Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
		double[] percentiles = new double[values.length];
		int below = 0;
		for (int r = 0; r < order.length; r++) {
			if (r > 0 && values[order[r]] > values[order[r - 1]]) {
				below = r;
			}
			percentiles[order[r]] = Math.round(1000.0 * below / values.length) / 10.0;
		}
		return percentiles;
	}

	/**
	 * A patent's value, explained; empty when the patent is not valued (unknown, a stub,
	 * or published after the graph's facts were read).
	 */
	public Optional<PatentValue> explain(String number) {
		Integer i = this.positions.get(number);
		if (i == null) {
			return Optional.empty();
		}
		PatentFacts p = this.patents.get(i);
		double mean = this.cohorts.mean(p.cohort());
		double[] x = p.features(mean);
		double[] c = this.model.contributions(x);
		List<PatentValue.Component> components = new ArrayList<>();
		for (ValueSignal s : ValueSignal.values()) {
			components
				.add(new PatentValue.Component(s.key(), s.description(), p.shown(s, mean), round(c[s.ordinal()])));
		}
		String training = this.increments == 0 ? this.model.training()
				: this.model.training() + "; fitted at the last whole build and kept by " + this.increments
						+ " incremental update(s) since, which read the changed patents' facts again "
						+ "(the model is refitted at the next whole build)";
		return Optional
			.of(new PatentValue(number, round(this.values[i]), this.percentiles[i], round(this.model.logit(x)),
					round(this.model.intercept()), components, this.model.kind(), training, this.asOf));
	}

	static double round(double v) {
		return Math.round(v * 10_000) / 10_000.0;
	}

}
