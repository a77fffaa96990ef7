package org.ipgraph.db;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

import org.neo4j.cli.ExecutionContext;
import org.neo4j.commandline.admin.security.SetInitialPasswordCommand;
import picocli.CommandLine;

/**
 * The embedded database's password: generated on first start, set as the initial password
 * of the {@code neo4j} user before any connector opens, and kept in the data directory
 * readable by its owner only. There is no default password.
 */
final class InitialPassword {

	static final String FILE_NAME = "neo4j-password";

	private InitialPassword() {
	}

	/**
	 * Returns the stored password, creating and installing one if the store is new.
	 * @return the password and whether it was generated now
	 */
	static Result ensure(Path home) {
		Path file = home.resolve(FILE_NAME);
		try {
			if (Files.exists(file)) {
				return new Result(Files.readString(file, StandardCharsets.UTF_8).strip(), false);
			}
			// Users live in the system database; a store without one (fresh from a bulk
			// import)
			// still takes an initial password
			if (Files.exists(home.resolve("data").resolve("databases").resolve("system"))) {
				throw new DatabaseStartException("The store in " + home + " exists but its password file " + file
						+ " is missing. Restore the file, or start with an empty data directory.", null);
			}
			String password = generate();
			install(home, password);
			Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
			restrict(file);
			return new Result(password, true);
		}
		catch (IOException ex) {
			throw new DatabaseStartException("Cannot read or write " + file + ": " + ex.getMessage(), ex);
		}
	}

	static String read(Path home) throws IOException {
		return Files.readString(home.resolve(FILE_NAME), StandardCharsets.UTF_8).strip();
	}

	// Letters and digits only: easy to paste, and never read as a command-line option
	private static String generate() {
		String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder(24);
		for (int i = 0; i < 24; i++) {
			password.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return password.toString();
	}

	private static void install(Path home, String password) throws IOException {
		Path conf = Files.createDirectories(home.resolve("conf"));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PrintStream sink = new PrintStream(out, true, StandardCharsets.UTF_8);
		ExecutionContext context = new ExecutionContext(home, conf, sink, sink,
				new org.neo4j.io.fs.DefaultFileSystemAbstraction());
		CommandLine command = new CommandLine(new SetInitialPasswordCommand(context));
		Exception[] failure = new Exception[1];
		command.setExecutionExceptionHandler((ex, cli, parsed) -> {
			failure[0] = ex;
			return 1;
		});
		int rc = command.execute("--", password);
		if (rc != 0) {
			throw new DatabaseStartException("Setting the initial Neo4j password failed (" + rc + "): " + out,
					failure[0]);
		}
	}

	private static void restrict(Path file) {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException | IOException ex) {
			// not a POSIX file system: rely on the directory's permissions
		}
	}

	record Result(String password, boolean generated) {
	}

}
