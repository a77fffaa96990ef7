package org.ipgraph.providers;

import java.time.LocalDate;

/**
 * What is asked.
 *
 * @param need the need
 * @param cpc a CPC prefix (subclass or finer), upper case without spaces, or null
 * @param region a court code ({@code txed}, {@code ptab}) or country code, lower case, or
 * null
 * @param asOf count matters up to this day
 * @param pastOnly count only dated matters strictly before {@code asOf} (held-out
 * evaluation); otherwise undated matters count too
 * @param limit how many to return
 */
record ProviderQuery(Need need, String cpc, String region, LocalDate asOf, boolean pastOnly, int limit) {

	boolean visible(Matter m) {
		if (m.on() == null) {
			return !this.pastOnly;
		}
		return this.pastOnly ? m.on().isBefore(this.asOf) : !m.on().isAfter(this.asOf);
	}

}
