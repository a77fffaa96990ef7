package org.ipgraph.test;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/**
 * The real public data in {@code ../shared/data} (see each folder's SOURCE.md). Tests that need
 * it are skipped, with a reason, on machines without it.
 */
public final class SharedData {

	private SharedData() {
	}

	public static Path root() {
		String configured = System.getProperty("ipgraph.shared-data", System.getenv("IPGRAPH_SHARED_DATA"));
		for (String candidate : new String[] { configured, "../shared/data", "/work/shared/data" }) {
			if (candidate != null && Files.isDirectory(Path.of(candidate))) {
				return Path.of(candidate).toAbsolutePath().normalize();
			}
		}
		return null;
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
