package org.ipgraph.db;

import java.nio.file.Path;

/**
 * Another process holds the data directory. Two processes must never open one store.
 */
public class StoreInUseException extends DatabaseStartException {

	StoreInUseException(Path dataDir, String holderPid) {
		super("The data directory " + dataDir.toAbsolutePath() + " is in use by another ipgraph process"
				+ (holderPid.isBlank() ? "" : " (pid " + holderPid + ")")
				+ ". Stop it, or run this command while `ipgraph serve` is up so that it connects to that server.",
				null);
	}

}
