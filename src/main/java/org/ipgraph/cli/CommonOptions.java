package org.ipgraph.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine.Option;

/**
 * Options every command takes.
 */
public class CommonOptions {

	@Option(names = "--data-dir", paramLabel = "DIR",
			description = "Directory of the in-process Neo4j store (default: $IPGRAPH_DATA_DIR or ./data/neo4j).")
	Path dataDir;

	@Option(names = { "-v", "--verbose" }, description = "Log what the application does.")
	boolean verbose;

	/**
	 * Spring properties these options stand for.
	 */
	Map<String, Object> properties() {
		Map<String, Object> properties = new LinkedHashMap<>();
		if (this.dataDir != null) {
			properties.put("ipgraph.neo4j.data-dir", this.dataDir.toAbsolutePath().toString());
		}
		if (this.verbose) {
			properties.put("logging.level.org.ipgraph", "DEBUG");
		}
		return properties;
	}

}
