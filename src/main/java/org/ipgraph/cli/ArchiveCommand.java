package org.ipgraph.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * A verb that copies the in-process store between its data directory and a zip archive,
 * with the service stopped. A verb implements {@link #transfer} only.
 */
abstract class ArchiveCommand extends IpgraphCommand {

	@Option(names = "--data-dir", paramLabel = "DIR",
			description = "The store's directory (default: $IPGRAPH_DATA_DIR or ./data/neo4j).")
	Path dataDir;

	@Parameters(index = "0", paramLabel = "ARCHIVE", description = "The zip file.")
	Path archive;

	@Override
	final int execute() {
		System.out.println(transfer(DataDirs.resolve(this.dataDir), this.archive));
		return OK;
	}

	/**
	 * Copies the files.
	 * @return what was done, for people
	 */
	abstract String transfer(Path dataDir, Path archive);

}
