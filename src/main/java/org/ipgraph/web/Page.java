package org.ipgraph.web;

import java.util.List;

/**
 * One page of results.
 *
 * @param items the results on this page
 * @param page zero-based page number
 * @param size page size asked for
 * @param hasMore whether a further page exists
 * @param <T> item type
 */
public record Page<T>(List<T> items, int page, int size, boolean hasMore) {

	/**
	 * A page from a query that fetched {@code size + 1} rows to learn whether more exist.
	 */
	public static <T> Page<T> of(List<T> fetched, PageRequest request) {
		boolean more = fetched.size() > request.size();
		return new Page<>(more ? fetched.subList(0, request.size()) : fetched, request.page(), request.size(), more);
	}

}
