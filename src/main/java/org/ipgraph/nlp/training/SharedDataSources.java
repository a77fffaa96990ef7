package org.ipgraph.nlp.training;

import java.nio.file.Files;
import java.nio.file.Path;

import org.ipgraph.ingest.SharedData;

/**
 * The real data the NER training and evaluation derive from, found by {@link SharedData}: the
 * root that holds {@code patentsview-gov-interest/}, or the directory named with {@code --data}.
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
		return SharedData.root(null, "patentsview-gov-interest")
			.orElseThrow(() -> new IllegalArgumentException("The shared data (../shared/data with patentsview-gov-interest/, "
				+ "us-law-ip-texts/, uspto-ipg-fixtures/...) was not found. Name it with --data DIR or "
				+ "IPGRAPH_SHARED_DATA."));
	}

}
