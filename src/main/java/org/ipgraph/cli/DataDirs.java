package org.ipgraph.cli;

import java.nio.file.Path;

/**
 * The data directory for commands that work on the store's files without starting the
 * application: the option, else IPGRAPH_DATA_DIR, else ./data/neo4j (as
 * application.properties).
 */
final class DataDirs {

	private DataDirs() {
	}

	static Path resolve(Path option) {
		if (option != null) {
			return option;
		}
		String env = System.getenv("IPGRAPH_DATA_DIR");
		return Path.of(env == null || env.isBlank() ? "./data/neo4j" : env);
	}

}
