package org.ipgraph.experts;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A person's tie to an organization (AFFILIATED_WITH).
 *
 * @param organization the organization id
 * @param name its display name
 * @param role e.g. inventor, professor
 * @param source patents, or the document source
 * @param from first seen (first patent), if known
 * @param to last seen (latest patent), if known; a stated role has neither date
 */
public record Affiliation(String organization, String name, String role, String source, LocalDate from,
		LocalDate to) implements Serializable {

	/**
	 * Latest first: stated roles (no dates, said to be current) before dated ones, then
	 * by last date, then by organization id.
	 */
	static int latestFirst(Affiliation a, Affiliation b) {
		boolean aStated = a.to == null && a.from == null;
		boolean bStated = b.to == null && b.from == null;
		if (aStated != bStated) {
			return aStated ? -1 : 1;
		}
		LocalDate aLast = a.to != null ? a.to : a.from;
		LocalDate bLast = b.to != null ? b.to : b.from;
		if (aLast != null && bLast != null && !aLast.equals(bLast)) {
			return bLast.compareTo(aLast);
		}
		return a.organization.compareTo(b.organization);
	}

}
