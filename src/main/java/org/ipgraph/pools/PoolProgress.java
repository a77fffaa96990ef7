package org.ipgraph.pools;

/**
 * Where a pool search is: each phase is reported as it starts, so that a background job
 * can say how far it got.
 */
@FunctionalInterface
interface PoolProgress {

	/** Progress nobody follows. */
	PoolProgress NONE = phase -> {
	};

	void phase(Phase phase);

	/**
	 * The phases of a search, in order.
	 */
	enum Phase {

		/** Reading the scope: patents, texts, owners, declarations; TF-IDF vectors. */
		SCOPE("reading the scope"),
		/** Substitutes set apart, the weighted graph built. */
		GRAPH("substitutes and weighted graph"),
		/** GDS projection and community detection. */
		COMMUNITIES("community detection in GDS"),
		/** Candidates assembled with their evidence. */
		ASSEMBLY("assembling candidates");

		private final String description;

		Phase(String description) {
			this.description = description;
		}

		String description() {
			return this.description;
		}

	}

}
