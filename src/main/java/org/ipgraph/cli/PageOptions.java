package org.ipgraph.cli;

import org.ipgraph.web.PageRequest;
import picocli.CommandLine.Option;

/**
 * {@code --page} and {@code --size} of a paged answer, checked alike for every verb. A
 * verb declares {@code @Mixin PageOptions pages = new PageOptions(defaultSize)}; the
 * {@code --size} description may be worded per command in messages.properties (key
 * {@code <command path>.size}).
 */
final class PageOptions {

	@Option(names = "--page", description = "Zero-based page (default ${DEFAULT-VALUE}).")
	int page;

	@Option(names = "--size", descriptionKey = "size",
			description = "Items per page, 1 to 100 (default ${DEFAULT-VALUE}).")
	int size;

	PageOptions(int defaultSize) {
		this.size = defaultSize;
	}

	/**
	 * The page asked for.
	 * @throws IllegalArgumentException when the page or size is out of range
	 */
	PageRequest request() {
		if (this.size < 1 || this.size > PageRequest.MAX_SIZE || this.page < 0) {
			throw new IllegalArgumentException(
					"--size must be 1 to " + PageRequest.MAX_SIZE + " and --page at least 0");
		}
		return PageRequest.of(this.page, this.size);
	}

	/**
	 * Whether {@link #request} accepts the page and size.
	 */
	boolean valid() {
		return this.size >= 1 && this.size <= PageRequest.MAX_SIZE && this.page >= 0;
	}

	/**
	 * The rank of the item before the page's first.
	 */
	int skipped() {
		return this.page * this.size;
	}

}
