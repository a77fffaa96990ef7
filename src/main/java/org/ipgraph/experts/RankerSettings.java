package org.ipgraph.experts;

import java.io.Serializable;

/**
 * The ranker's parameters. The defaults were chosen on the Google Patents wearables set
 * (see docs/experts.md); CPC, expertise and recency weights could not be tuned there (no
 * CPC codes, no documents, one filing year) and are set by judgement.
 *
 * @param neighbours how many best-matching items give evidence
 * @param sharpness exponent on an item's relative match: higher favours close matches
 * @param organizationNeighbours how many best items suggest the owners to draw people
 * from
 * @param textWeight weight of the evidence from matching items
 * @param organizationWeight weight of the people of the owners of matching items
 * @param profileWeight weight of the TF-IDF cosine of the person's whole body of work
 * @param cpcWeight weight of the CPC overlap with the query
 * @param expertiseWeight weight of expertise stated in documents (EXPERT_IN)
 * @param documentWeight an item that is a document rather than a patent counts this much
 * @param recencyHalfLife years after which an item's evidence counts three quarters
 * @param k1 BM25 term saturation
 * @param b BM25 length normalization
 */
public record RankerSettings(int neighbours, double sharpness, int organizationNeighbours, double textWeight,
		double organizationWeight, double profileWeight, double cpcWeight, double expertiseWeight,
		double documentWeight, double recencyHalfLife, double k1, double b) implements Serializable {

	public static final RankerSettings DEFAULTS = new RankerSettings(100, 3, 10, 1.0, 0.3, 0.3, 0.3, 0.3, 0.5, 10, 1.2,
			0.75);

	/**
	 * Evidence from matching items only (the document-centric part alone).
	 */
	public RankerSettings textOnly() {
		return new RankerSettings(this.neighbours, this.sharpness, this.organizationNeighbours, 1, 0, 0, 0, 0,
				this.documentWeight, this.recencyHalfLife, this.k1, this.b);
	}

}
