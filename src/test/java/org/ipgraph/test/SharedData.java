package org.ipgraph.test;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/**
 * The real public data, found as the application finds it ({@link org.ipgraph.ingest.SharedData}).
 * Tests that need it are skipped, with a reason, on machines without it.
 */
public final class SharedData {

	private SharedData() {
	}

	public static Path root() {
		return org.ipgraph.ingest.SharedData.root().orElse(null);
	}

	/**
	 * A path under the shared data; skips the test when it is not there.
	 */
	public static Path path(String relative) {
		Path root = root();
		Assumptions.assumeTrue(root != null, "shared data not found; set IPGRAPH_SHARED_DATA");
		Path path = root.resolve(relative);
		Assumptions.assumeTrue(Files.exists(path), "shared data file missing: " + path);
		return path;
	}

}
