package org.ipgraph.test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.ipgraph.db.EmbeddedNeo4j;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line in a JVM of its own, for tests that kill it ({@code SIGKILL}) and
 * start it again; and the store it leaves, opened in this JVM when it is gone.
 */
public final class ForkedCli {

	private ForkedCli() {
	}

	public static Process start(String... args) throws IOException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
						"--enable-native-access=ALL-UNNAMED", "-Xmx1g", "-cp", System.getProperty("java.class.path"),
						"org.ipgraph.IpgraphApplication"));
		command.addAll(List.of(args));
		return new ProcessBuilder(command).redirectErrorStream(true).start();
	}

	/**
	 * Runs the command to its end.
	 * @return the exit code
	 */
	public static int run(String... args) throws Exception {
		Process process = start(args);
		process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
		assertThat(process.waitFor(6, TimeUnit.MINUTES)).isTrue();
		return process.exitValue();
	}

	/**
	 * Reads the process's output until a line contains {@code text}.
	 */
	public static void waitForLine(Process process, String text, Duration timeout) throws IOException {
		long deadline = System.nanoTime() + timeout.toNanos();
		BufferedReader out = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		String line;
		while ((line = out.readLine()) != null) {
			if (line.contains(text)) {
				return;
			}
			if (System.nanoTime() > deadline) {
				break;
			}
		}
		throw new AssertionError("the command never printed " + text);
	}

	/**
	 * Kills the process with SIGKILL and waits until it is gone.
	 */
	public static void kill(Process process) throws InterruptedException {
		process.destroyForcibly();
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
	}

	/**
	 * Opens the store of a data directory (no command may be running on it) and works in
	 * a session.
	 */
	public static <T> T inStore(Path dataDir, Function<Session, T> work) {
		try (EmbeddedNeo4j server = EmbeddedNeo4j
			.start(new EmbeddedNeo4j.Settings(dataDir, "127.0.0.1:0", "", "64m", Duration.ofSeconds(60), Map.of()));
				var driver = GraphDatabase.driver(server.boltUri(), AuthTokens.basic("neo4j", server.password()));
				var session = driver.session()) {
			return work.apply(session);
		}
	}

}
