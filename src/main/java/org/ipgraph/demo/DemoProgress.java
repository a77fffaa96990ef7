package org.ipgraph.demo;

/**
 * Follows a long generation, load or export, e.g. to draw a progress bar.
 */
public interface DemoProgress {

	DemoProgress NONE = new DemoProgress() {
	};

	/**
	 * A new stage begins: "nodes", "patents", "relationships", "import"...
	 */
	default void stage(String name) {
	}

	/**
	 * Patents done so far out of the total.
	 */
	default void patents(long done, long total) {
	}

}
