package org.ipgraph.patents;

import java.util.Map;

/**
 * How much of the graph's patents have a known legal status and term.
 *
 * @param patents patents described by a source (not stubs)
 * @param granted of those, grants: a type known and not {@code application}
 * @param withExpiry grants with a known expiry
 * @param inForce patents in force
 * @param expired patents whose term has ended
 * @param lapsed patents lapsed (maintenance fees not paid, or as a source states)
 * @param withdrawn patents withdrawn
 * @param pending applications
 * @param unknown patents with no status
 * @param expirySources grants with a known expiry by how it was found
 * ({@code us-term-of-grant}, {@code estimate})
 * @param statusSources patents with a status by its source
 */
public record LegalStatusReport(long patents, long granted, long withExpiry, long inForce, long expired, long lapsed,
		long withdrawn, long pending, long unknown, Map<String, Long> expirySources, Map<String, Long> statusSources) {

	/** Share of a count over the grants, 0 when there are none. */
	public double shareOfGranted(long count) {
		return this.granted == 0 ? 0 : (double) count / this.granted;
	}

}
