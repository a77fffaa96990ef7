package org.ipgraph.pools;

import java.util.List;

/**
 * One page of candidate pools with what the search looked at.
 *
 * @param query the query in words
 * @param scope the patents considered and how they were clustered
 * @param items candidates on this page, best first
 * @param page zero-based page
 * @param size page size
 * @param total candidates found
 * @param hasMore whether a further page exists
 */
public record PoolResults(String query, Scope scope, List<PoolCandidate> items, int page, int size, int total,
		boolean hasMore) {

	/**
	 * What was clustered.
	 *
	 * @param patents patents in scope
	 * @param seeds patents the query named or that are declared to the standard
	 * @param substitutes patents set apart as near-duplicates of another by the same
	 * owner
	 * @param edges weighted edges of the projected graph
	 * @param communities communities found
	 * @param method algorithm and edge kinds
	 * @param includeExpired whether patents that have ended (expired, lapsed, withdrawn)
	 * were in scope; by default only those in force, pending or of unknown status are
	 * @param ended patents in scope that have ended (flagged; 0 unless
	 * {@code includeExpired})
	 * @param notes what was capped, missing or rejected
	 */
	public record Scope(int patents, int seeds, int substitutes, int edges, int communities, String method,
			boolean includeExpired, int ended, List<String> notes) {
	}

}
