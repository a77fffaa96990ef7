package org.ipgraph.demo;

import java.util.Locale;

/**
 * What to generate. The same parameters always give the same ecosystem.
 *
 * @param patents how many patents (300 to 20,000,000); every other count scales with it
 * @param seed the random seed
 * @param noise 0 (clean planted signals) to 1 (planted signals blurred by random
 * citations, co-inventions and co-ownership, and fewer cross-citations)
 * @param cutYear partner pairs planted for temporal link prediction first co-apply in or
 * after this priority year, and never before it (2008 to 2020)
 */
public record DemoParameters(int patents, long seed, double noise, int cutYear) {

	public static final int DEFAULT_PATENTS = 3000;

	public static final long DEFAULT_SEED = 42;

	public static final double DEFAULT_NOISE = 0.1;

	public static final int DEFAULT_CUT_YEAR = 2016;

	public static final int MIN_PATENTS = 300;

	public static final int MAX_PATENTS = 20_000_000;

	public DemoParameters {
		if (patents < MIN_PATENTS || patents > MAX_PATENTS) {
			throw new IllegalArgumentException(
					"patents must be between " + MIN_PATENTS + " and " + MAX_PATENTS + ", not " + patents);
		}
		if (!(noise >= 0 && noise <= 1)) {
			throw new IllegalArgumentException("noise must be between 0 and 1, not " + noise);
		}
		if (cutYear < 2008 || cutYear > 2020) {
			throw new IllegalArgumentException("cut year must be between 2008 and 2020, not " + cutYear);
		}
	}

	public DemoParameters(int patents, long seed, double noise) {
		this(patents, seed, noise, DEFAULT_CUT_YEAR);
	}

	/**
	 * The default demo: 3,000 patents, seed 42, noise 0.1, cut year 2016.
	 */
	public static DemoParameters defaults() {
		return new DemoParameters(DEFAULT_PATENTS, DEFAULT_SEED, DEFAULT_NOISE, DEFAULT_CUT_YEAR);
	}

	public DemoParameters withPatents(int patents) {
		return new DemoParameters(patents, this.seed, this.noise, this.cutYear);
	}

	public DemoParameters withSeed(long seed) {
		return new DemoParameters(this.patents, seed, this.noise, this.cutYear);
	}

	public DemoParameters withNoise(double noise) {
		return new DemoParameters(this.patents, this.seed, noise, this.cutYear);
	}

	/**
	 * The key of the demo's Document node, which every demo patent is RECORDED_IN.
	 */
	public String documentId() {
		return "demo:seed-" + this.seed + "-" + this.patents;
	}

	public String describe() {
		return String.format(Locale.ROOT, "seed %d, %,d patents, noise %.2f, cut year %d", this.seed, this.patents,
				this.noise, this.cutYear);
	}

}
