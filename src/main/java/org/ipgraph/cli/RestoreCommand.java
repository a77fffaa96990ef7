package org.ipgraph.cli;

import java.nio.file.Path;

import org.ipgraph.db.StoreBackup;
import picocli.CommandLine.Command;

@Command(name = "restore", mixinStandardHelpOptions = true,
		description = "Restore ARCHIVE, a zip written by `ipgraph backup`, into an empty data directory (with the "
				+ "service stopped).")
class RestoreCommand extends ArchiveCommand {

	@Override
	String transfer(Path dataDir, Path archive) {
		return "Restored " + StoreBackup.restore(archive, dataDir) + " files into " + dataDir;
	}

}
