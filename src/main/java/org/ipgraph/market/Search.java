package org.ipgraph.market;

import jakarta.validation.constraints.Size;

/**
 * What to browse or search for, from the query parameters.
 *
 * @param q words to find (a literal: Lucene syntax is escaped)
 * @param cpc a CPC prefix the fields must have
 * @param kind an offer kind (licence, sale, pledge) or a demand kind (licence, purchase,
 * rd, expert)
 * @param status active, withdrawn, expired for offers; open, closed, expired for demands;
 * all for any
 */
public record Search(@Size(max = 400) String q, @Size(max = 30) String cpc, @Size(max = 20) String kind,
		@Size(max = 20) String status) {

	static final Search ALL = new Search(null, null, null, "all");

	void check(String kinds, String statuses) {
		if (this.kind != null && !this.kind.matches(kinds)) {
			throw new IllegalArgumentException("kind must be one of " + kinds.replace("|", ", "));
		}
		if (this.status != null && !this.status.matches(statuses + "|all")) {
			throw new IllegalArgumentException("status must be one of " + statuses.replace("|", ", ") + ", all");
		}
	}

}
