package org.ipgraph.pools;

/**
 * How candidates are found: which edges the projected graph gets and with what weight,
 * the community algorithm, and the thresholds of pool assembly. The defaults are the
 * variant the {@code pools} evaluation measured best (see docs/pools.md).
 *
 * @param algorithm LEIDEN or LOUVAIN (GDS)
 * @param resolution Leiden's gamma: higher gives smaller communities
 * @param citationWeight weight of a citation between patents of different owner groups
 * @param sameOwnerCitationWeight weight of a citation within one owner group (mostly
 * portfolio continuations, weak complement evidence)
 * @param text which text similarity makes edges: NONE, RAW (TF-IDF cosine) or RESIDUAL
 * (cosine after removing what the patents' CPC subgroup explains)
 * @param textWeight weight of a text edge per unit of cosine
 * @param textNeighbours text edges per patent (nearest neighbours)
 * @param minTextSimilarity least cosine for a text edge or text evidence
 * @param declarationWeight weight of the edge between a declared patent and its standard
 * @param substituteSimilarity least TF-IDF cosine for two patents of one owner group to
 * be near-duplicates (the same family always is)
 * @param minMemberScore least member score (0.4 declared + 0.35 citations + 0.25 text); 0
 * keeps every clustered patent
 * @param completeFromScope whether a standard's pool considers every scope patent of the
 * standard's declarants, not only those clustered with its declared patents
 * @param minHolderScore least score of a missing holder
 * @param maxHolders missing holders listed per candidate
 */
public record PoolParameters(Algorithm algorithm, double resolution, double citationWeight,
		double sameOwnerCitationWeight, TextMode text, double textWeight, int textNeighbours, double minTextSimilarity,
		double declarationWeight, double substituteSimilarity, double minMemberScore, boolean completeFromScope,
		double minHolderScore, int maxHolders) {

	public PoolParameters {
		if (resolution <= 0 || textNeighbours < 0 || maxHolders < 0) {
			throw new IllegalArgumentException("resolution must be positive, counts not negative");
		}
	}

	public static PoolParameters defaults() {
		return new PoolParameters(Algorithm.LEIDEN, 1.0, 1.0, 0.3, TextMode.RESIDUAL, 1.0, 5, 0.3, 3.0, 0.9, 0.4, false,
				0.35, 5);
	}

	public PoolParameters withAlgorithm(Algorithm algorithm) {
		return new PoolParameters(algorithm, this.resolution, this.citationWeight, this.sameOwnerCitationWeight,
				this.text, this.textWeight, this.textNeighbours, this.minTextSimilarity, this.declarationWeight,
				this.substituteSimilarity, this.minMemberScore, this.completeFromScope, this.minHolderScore,
				this.maxHolders);
	}

	public PoolParameters withResolution(double resolution) {
		return new PoolParameters(this.algorithm, resolution, this.citationWeight, this.sameOwnerCitationWeight,
				this.text, this.textWeight, this.textNeighbours, this.minTextSimilarity, this.declarationWeight,
				this.substituteSimilarity, this.minMemberScore, this.completeFromScope, this.minHolderScore,
				this.maxHolders);
	}

	public PoolParameters withText(TextMode text) {
		return new PoolParameters(this.algorithm, this.resolution, this.citationWeight, this.sameOwnerCitationWeight,
				text, this.textWeight, this.textNeighbours, this.minTextSimilarity, this.declarationWeight,
				this.substituteSimilarity, this.minMemberScore, this.completeFromScope, this.minHolderScore,
				this.maxHolders);
	}

	public PoolParameters withDeclarationWeight(double declarationWeight) {
		return new PoolParameters(this.algorithm, this.resolution, this.citationWeight, this.sameOwnerCitationWeight,
				this.text, this.textWeight, this.textNeighbours, this.minTextSimilarity, declarationWeight,
				this.substituteSimilarity, this.minMemberScore, this.completeFromScope, this.minHolderScore,
				this.maxHolders);
	}

	public PoolParameters withMinMemberScore(double minMemberScore) {
		return new PoolParameters(this.algorithm, this.resolution, this.citationWeight, this.sameOwnerCitationWeight,
				this.text, this.textWeight, this.textNeighbours, this.minTextSimilarity, this.declarationWeight,
				this.substituteSimilarity, minMemberScore, this.completeFromScope, this.minHolderScore,
				this.maxHolders);
	}

	public PoolParameters withCompleteFromScope(boolean completeFromScope) {
		return new PoolParameters(this.algorithm, this.resolution, this.citationWeight, this.sameOwnerCitationWeight,
				this.text, this.textWeight, this.textNeighbours, this.minTextSimilarity, this.declarationWeight,
				this.substituteSimilarity, this.minMemberScore, completeFromScope, this.minHolderScore,
				this.maxHolders);
	}

	public PoolParameters withSameOwnerCitationWeight(double weight) {
		return new PoolParameters(this.algorithm, this.resolution, this.citationWeight, weight, this.text,
				this.textWeight, this.textNeighbours, this.minTextSimilarity, this.declarationWeight,
				this.substituteSimilarity, this.minMemberScore, this.completeFromScope, this.minHolderScore,
				this.maxHolders);
	}

	public String describe() {
		return this.algorithm.name().toLowerCase(java.util.Locale.ROOT)
				+ (this.algorithm == Algorithm.LEIDEN ? " (gamma " + this.resolution + ")" : "") + " on citations"
				+ (this.text == TextMode.NONE ? ""
						: " + " + this.text.name().toLowerCase(java.util.Locale.ROOT) + " text")
				+ (this.declarationWeight > 0 ? " + declarations" : "");
	}

	/**
	 * GDS community detection algorithms.
	 */
	public enum Algorithm {

		LEIDEN, LOUVAIN

	}

	/**
	 * Which text similarity makes edges.
	 */
	public enum TextMode {

		NONE, RAW, RESIDUAL

	}

}
