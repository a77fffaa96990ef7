package org.ipgraph.cli;

import java.nio.file.Path;

import org.ipgraph.db.StoreBackup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "backup", mixinStandardHelpOptions = true,
		description = "Copy the in-process store (stop `ipgraph serve` first) into a zip file.")
class BackupCommand extends IpgraphCommand {

	@Option(names = "--data-dir", paramLabel = "DIR", description = "Store to back up (default: $IPGRAPH_DATA_DIR or ./data/neo4j).")
	Path dataDir;

	@Parameters(index = "0", paramLabel = "ARCHIVE", description = "The zip file to write; must not exist.")
	Path archive;

	@Override
	int execute() {
		Path dir = DataDirs.resolve(this.dataDir);
		int files = StoreBackup.backup(dir, this.archive);
		System.out.println("Backed up " + files + " files of " + dir + " to " + this.archive);
		return 0;
	}

}
