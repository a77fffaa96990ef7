package org.ipgraph.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Paging parameters of list endpoints.
 *
 * @param page zero-based page
 * @param size items per page, at most {@value #MAX_SIZE}
 */
public record PageRequest(@Min(0) @Max(100_000) Integer page, @Min(1) @Max(MAX_SIZE) Integer size) {

	public static final int MAX_SIZE = 100;

	public static final int DEFAULT_SIZE = 20;

	public PageRequest {
		page = page == null ? 0 : page;
		size = size == null ? DEFAULT_SIZE : size;
	}

	public static PageRequest of(int page, int size) {
		return new PageRequest(page, size);
	}

	public long skip() {
		return (long) this.page * this.size;
	}

}
