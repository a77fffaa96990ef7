package org.ipgraph.evaluation.pools;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds a folder of the real public data ({@code ../shared/data} beside the project, or
 * {@code IPGRAPH_SHARED_DATA}) for the evaluation.
 */
final class SharedDataPath {

	private SharedDataPath() {
	}

	/**
	 * The folder, or null when the data is not on this machine.
	 */
	static Path find(String folder) {
		String home = System.getProperty("ipgraph.home");
		String[] roots = { System.getProperty("ipgraph.shared-data"), System.getenv("IPGRAPH_SHARED_DATA"),
				home == null ? null : home + "/../shared/data", "../shared/data" };
		for (String root : roots) {
			if (root != null && Files.isDirectory(Path.of(root, folder))) {
				return Path.of(root, folder).toAbsolutePath().normalize();
			}
		}
		return null;
	}

}
