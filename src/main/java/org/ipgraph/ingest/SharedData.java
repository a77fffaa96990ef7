package org.ipgraph.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the real public data lives (each folder has a SOURCE.md): it is read where it is, never
 * copied into the project. The candidates, first first: a directory named on the command line,
 * the system property {@code ipgraph.shared-data}, the environment variable
 * {@code IPGRAPH_SHARED_DATA}, then {@code ../shared/data} beside the installation
 * ({@code bin/ipgraph} sets {@code ipgraph.home}) and beside the working directory.
 */
public final class SharedData {

	/** The environment variable naming the shared data. */
	public static final String ENVIRONMENT = "IPGRAPH_SHARED_DATA";

	/** The system property naming the shared data (the build sets it for the tests). */
	public static final String PROPERTY = "ipgraph.shared-data";

	/** Where the shared data is by default, relative to the installation or working directory. */
	public static final String DEFAULT = "../shared/data";

	private SharedData() {
	}

	/**
	 * The first candidate root holding {@code relative}.
	 * @param explicit a root named on the command line, tried first; may be null or blank
	 * @param relative a file or folder below the root, e.g. {@code lens-drones-patents}
	 * @return the root, absolute, or empty when no candidate has it
	 */
	public static Optional<Path> root(String explicit, String relative) {
		return candidates(explicit).stream().filter(root -> Files.exists(root.resolve(relative))).findFirst();
	}

	/**
	 * The first candidate root that is a directory.
	 */
	public static Optional<Path> root() {
		return candidates(null).stream().filter(Files::isDirectory).findFirst();
	}

	/**
	 * A file or folder under the first candidate root holding it.
	 * @param explicit a root named on the command line, tried first; may be null or blank
	 * @param relative the file or folder below the root
	 * @return its absolute path, or empty when no candidate has it
	 */
	public static Optional<Path> find(String explicit, String relative) {
		return root(explicit, relative).map(root -> root.resolve(relative));
	}

	/**
	 * As {@link #find(String, String)} without a root named on the command line.
	 */
	public static Optional<Path> find(String relative) {
		return find(null, relative);
	}

	static List<Path> candidates(String explicit) {
		String home = System.getProperty("ipgraph.home");
		List<String> roots = new ArrayList<>();
		roots.add(explicit);
		roots.add(System.getProperty(PROPERTY));
		roots.add(System.getenv(ENVIRONMENT));
		roots.add(home == null ? null : home + "/" + DEFAULT);
		roots.add(DEFAULT);
		return roots.stream()
			.filter(root -> root != null && !root.isBlank())
			.map(root -> Path.of(root).toAbsolutePath().normalize())
			.toList();
	}

}
