package org.ipgraph.nlp.training;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the real data the training and evaluation derive from ({@code ../shared/data}, see each
 * folder's SOURCE.md). It is read, never copied into the project.
 */
public final class SharedDataSources {

	private SharedDataSources() {
	}

	/**
	 * @param explicit a directory named on the command line, or null
	 * @return the data root
	 * @throws IllegalArgumentException when there is none
	 */
	public static Path locate(Path explicit) {
		if (explicit != null) {
			if (!Files.isDirectory(explicit)) {
				throw new IllegalArgumentException("--data " + explicit + " is not a directory");
			}
			return explicit.toAbsolutePath().normalize();
		}
		String configured = System.getProperty("ipgraph.shared-data", System.getenv("IPGRAPH_SHARED_DATA"));
		String home = System.getProperty("ipgraph.home");
		for (String candidate : new String[] { configured, home != null ? home + "/../shared/data" : null,
				"../shared/data", "/work/shared/data" }) {
			if (candidate != null && Files.isDirectory(Path.of(candidate, "patentsview-gov-interest"))) {
				return Path.of(candidate).toAbsolutePath().normalize();
			}
		}
		throw new IllegalArgumentException("The shared data (../shared/data with patentsview-gov-interest/, "
				+ "us-law-ip-texts/, uspto-ipg-fixtures/...) was not found. Name it with --data DIR or "
				+ "IPGRAPH_SHARED_DATA.");
	}

}
