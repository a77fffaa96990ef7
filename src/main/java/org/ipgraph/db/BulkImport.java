package org.ipgraph.db;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

import org.neo4j.cli.CommandProvider;
import org.neo4j.cli.CommandType;
import org.neo4j.cli.ContextInjectingFactory;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import picocli.CommandLine;

import org.springframework.util.FileSystemUtils;

/**
 * Builds a new store from {@link CsvFiles} with Neo4j's bulk importer, in this process:
 * {@code neo4j-admin database import full} through the import tool's own command
 * ({@code neo4j-import-tool}, found as a {@link CommandProvider} the way neo4j-admin
 * finds it). The demo's {@code --bulk} and {@code ingest --bulk} share it. The ipgraph
 * schema migrations create constraints and indexes when the application next opens the
 * store.
 * <p>
 * The importer reads direct buffers reflectively: the JVM needs
 * {@code --add-opens=java.base/java.nio=ALL-UNNAMED} (bin/ipgraph and the jar manifest
 * give it).
 */
public final class BulkImport {

	/** The database the in-process server opens by default. */
	public static final String DATABASE = "neo4j";

	private BulkImport() {
	}

	/**
	 * What was imported: the CSV step's result and the times.
	 *
	 * @param home the Neo4j home that now holds the store
	 * @param csv what the CSV step returned
	 * @param importSeconds time spent in the import tool
	 * @param seconds total time, the CSV step included
	 */
	public record Imported<R>(Path home, R csv, double importSeconds, double seconds) {
	}

	/**
	 * Writes the CSV files of a graph into a directory.
	 */
	public interface CsvStep<R> {

		/**
		 * @return what was written; {@link #arguments} gives its import arguments
		 */
		R write(Path directory);

		/**
		 * The {@code --nodes} and {@code --relationships} arguments of what was written.
		 */
		List<String> arguments(R written);

	}

	/**
	 * Builds a new store in {@code dataDir}: refuses an existing store unless
	 * {@code overwrite}, locks the directory as the application does, runs the CSV step,
	 * then the import tool (not when the step gives no import arguments: nothing to
	 * import).
	 * @param csvDir where the CSV step writes; null for a temporary directory removed
	 * afterwards
	 * @param out where the import tool reports
	 * @param importing called between the CSV step and the import, e.g. for a progress
	 * line
	 */
	public static <R> Imported<R> build(Path dataDir, Path csvDir, boolean overwrite, PrintStream out, CsvStep<R> csv,
			Runnable importing) {
		requireOpenNio();
		Path home = dataDir.toAbsolutePath().normalize();
		Path store = home.resolve("data").resolve("databases").resolve(DATABASE);
		if (Files.exists(store) && !overwrite) {
			throw new IllegalArgumentException("A store exists in " + store + ": a bulk import builds a new store. "
					+ "Choose another --data-dir, or add --overwrite to replace it.");
		}
		long start = System.nanoTime();
		try (Lock lock = Lock.acquire(home)) {
			Path directory = csvDir != null ? csvDir : Files.createTempDirectory(home, "import-csv-");
			try {
				R written = csv.write(directory);
				List<String> arguments = csv.arguments(written);
				long importStart = System.nanoTime();
				if (!arguments.isEmpty()) {
					importing.run();
					importFiles(home, arguments, out);
				}
				double importSeconds = (System.nanoTime() - importStart) / 1e9;
				return new Imported<>(home, written, importSeconds, (System.nanoTime() - start) / 1e9);
			}
			finally {
				if (csvDir == null) {
					FileSystemUtils.deleteRecursively(directory);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void importFiles(Path home, List<String> files, PrintStream out) throws IOException {
		Files.createDirectories(home.resolve("logs"));
		List<String> arguments = new ArrayList<>(List.of("full", DATABASE, "--overwrite-destination",
				"--report-file=" + home.resolve("logs").resolve("import.report")));
		arguments.addAll(files);
		try (DefaultFileSystemAbstraction fs = new DefaultFileSystemAbstraction()) {
			ExecutionContext context = new ExecutionContext(home, home.resolve("conf"), out, out, fs);
			CommandLine command = new CommandLine(importCommand(context), new ContextInjectingFactory(context));
			command.setOut(new PrintWriter(out, true));
			command.setErr(new PrintWriter(out, true));
			int code = command.execute(arguments.toArray(String[]::new));
			if (code != 0) {
				throw new IllegalStateException("neo4j-admin database import failed (exit code " + code
						+ "); see the output above and " + home.resolve("logs"));
			}
		}
	}

	private static Object importCommand(ExecutionContext context) {
		for (CommandProvider provider : ServiceLoader.load(CommandProvider.class)) {
			if (provider.commandType() == CommandType.IMPORT) {
				return provider.createCommand(context);
			}
		}
		throw new IllegalStateException("The Neo4j import tool (org.neo4j:neo4j-import-tool) is not on the classpath");
	}

	/**
	 * Whether this JVM lets the importer at direct buffers.
	 */
	public static boolean available() {
		return Object.class.getModule().isOpen("java.nio", BulkImport.class.getModule());
	}

	private static void requireOpenNio() {
		if (!available()) {
			throw new IllegalStateException("The in-process Neo4j import needs the JVM option "
					+ "--add-opens=java.base/java.nio=ALL-UNNAMED (bin/ipgraph and java -jar ipgraph.jar set it). "
					+ "Without it, write CSV files with --csv and run neo4j-admin database import yourself.");
		}
	}

	/**
	 * The lock the application takes on its data directory, so that no ipgraph server
	 * opens the store while it is being built.
	 */
	private record Lock(FileChannel channel, FileLock lock) implements AutoCloseable {

		static Lock acquire(Path home) throws IOException {
			Files.createDirectories(home);
			FileChannel channel = FileChannel.open(home.resolve("ipgraph.lock"), StandardOpenOption.CREATE,
					StandardOpenOption.READ, StandardOpenOption.WRITE);
			FileLock lock;
			try {
				lock = channel.tryLock();
			}
			catch (OverlappingFileLockException ex) {
				lock = null;
			}
			if (lock == null) {
				channel.close();
				throw new IllegalStateException("Another process uses " + home + "; stop it before a bulk import.");
			}
			return new Lock(channel, lock);
		}

		@Override
		public void close() throws IOException {
			this.lock.release();
			this.channel.close();
		}

	}

}
