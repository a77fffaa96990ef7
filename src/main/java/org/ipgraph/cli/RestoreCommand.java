package org.ipgraph.cli;

import java.nio.file.Path;

import org.ipgraph.db.StoreBackup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "restore", mixinStandardHelpOptions = true,
		description = "Restore a backup into an empty data directory (with the service stopped).")
class RestoreCommand extends IpgraphCommand {

	@Option(names = "--data-dir", paramLabel = "DIR", description = "Empty directory to restore into (default: $IPGRAPH_DATA_DIR or ./data/neo4j).")
	Path dataDir;

	@Parameters(index = "0", paramLabel = "ARCHIVE", description = "A zip written by `ipgraph backup`.")
	Path archive;

	@Override
	int execute() {
		Path dir = DataDirs.resolve(this.dataDir);
		int files = StoreBackup.restore(this.archive, dir);
		System.out.println("Restored " + files + " files into " + dir);
		return 0;
	}

}
