package org.ipgraph.cli;

import java.nio.file.Path;

import org.ipgraph.db.StoreBackup;
import picocli.CommandLine.Command;

@Command(name = "backup", mixinStandardHelpOptions = true,
		description = "Copy the in-process store (stop `ipgraph serve` first) into ARCHIVE, a zip file that must not "
				+ "exist.")
class BackupCommand extends ArchiveCommand {

	@Override
	String transfer(Path dataDir, Path archive) {
		return "Backed up " + StoreBackup.backup(dataDir, archive) + " files of " + dataDir + " to " + archive;
	}

}
