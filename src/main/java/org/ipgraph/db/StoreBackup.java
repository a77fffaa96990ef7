package org.ipgraph.db;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Cold backup and restore of the in-process store: the whole data directory (databases,
 * transaction logs, password file) in one zip, taken while no process has the store open.
 */
public final class StoreBackup {

	// snapshots: the services' precomputations (org.ipgraph.snapshot), rebuilt when
	// missing
	private static final List<String> SKIPPED = List.of("ipgraph.lock", RunningServer.FILE_NAME, "logs", "plugins",
			"snapshots");

	private StoreBackup() {
	}

	/**
	 * @return the number of files written
	 */
	public static int backup(Path dataDir, Path archive) {
		Path home = dataDir.toAbsolutePath().normalize();
		if (!Files.isDirectory(home.resolve("data"))) {
			throw new IllegalArgumentException("No ipgraph store in " + home);
		}
		if (Files.exists(archive)) {
			throw new IllegalArgumentException(archive + " exists; choose a new file");
		}
		try (StoreLock lock = StoreLock.acquire(home)) {
			Path partial = archive.resolveSibling(archive.getFileName() + ".partial");
			int files = 0;
			try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(partial)));
					Stream<Path> walk = Files.walk(home)) {
				for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
					Path relative = home.relativize(file);
					if (SKIPPED.contains(relative.getName(0).toString())) {
						continue;
					}
					zip.putNextEntry(new ZipEntry(relative.toString().replace('\\', '/')));
					Files.copy(file, zip);
					zip.closeEntry();
					files++;
				}
			}
			Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE);
			return files;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Backup of " + home + " failed: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Restores into an empty (or absent) data directory.
	 * @return the number of files restored
	 */
	public static int restore(Path archive, Path dataDir) {
		Path home = dataDir.toAbsolutePath().normalize();
		try {
			if (Files.exists(home.resolve("data"))) {
				throw new IllegalArgumentException(home + " already holds a store; restore into an empty directory");
			}
			Files.createDirectories(home);
			try (StoreLock lock = StoreLock.acquire(home);
					ZipInputStream zip = new ZipInputStream(new BufferedInputStream(Files.newInputStream(archive)))) {
				int files = 0;
				ZipEntry entry;
				while ((entry = zip.getNextEntry()) != null) {
					Path target = home.resolve(entry.getName()).normalize();
					if (!target.startsWith(home)) {
						throw new IllegalArgumentException(
								"Refusing entry outside the data directory: " + entry.getName());
					}
					Files.createDirectories(target.getParent());
					copy(zip, target);
					files++;
				}
				if (!Files.exists(home.resolve(InitialPassword.FILE_NAME))) {
					throw new IllegalArgumentException(archive + " is not an ipgraph backup (no password file)");
				}
				return files;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Restore from " + archive + " failed: " + ex.getMessage(), ex);
		}
	}

	private static void copy(InputStream in, Path target) throws IOException {
		try (OutputStream out = Files.newOutputStream(target)) {
			in.transferTo(out);
		}
	}

}
