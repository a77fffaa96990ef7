package org.ipgraph.test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	/** Started here and maybe still running: a failed test leaves none behind. */
	private static final List<Process> STARTED = Collections.synchronizedList(new ArrayList<>());

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			synchronized (STARTED) {
				STARTED.forEach(Process::destroyForcibly);
			}
		}, "forked-cli-cleanup"));
	}

	private ForkedCli() {
	}

	/**
	 * Starts the command; its output is read as it comes and kept.
	 */
	public static Forked start(String... args) throws IOException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
						"--enable-native-access=ALL-UNNAMED", "-Xmx1g", "-cp", System.getProperty("java.class.path"),
						"org.ipgraph.IpgraphApplication"));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		STARTED.add(process);
		List<String> lines = Collections.synchronizedList(new ArrayList<>());
		Thread reader = new Thread(() -> {
			try (BufferedReader out = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = out.readLine()) != null) {
					synchronized (lines) {
						lines.add(line);
						lines.notifyAll();
					}
				}
			}
			catch (IOException ex) {
				// the process is gone
			}
			finally {
				synchronized (lines) {
					lines.notifyAll();
				}
			}
		}, "forked-cli-output");
		reader.setDaemon(true);
		reader.start();
		return new Forked(process, lines, reader);
	}

	/**
	 * Runs the command to its end.
	 * @return the exit code
	 */
	public static int run(String... args) throws Exception {
		Forked forked = start(args);
		assertThat(forked.process().waitFor(10, TimeUnit.MINUTES)).as(() -> "the command ended: " + forked.output())
			.isTrue();
		return forked.process().exitValue();
	}

	/**
	 * A command running in a JVM of its own, and the lines it printed so far.
	 */
	public record Forked(Process process, List<String> lines, Thread reader) {

		public String output() {
			synchronized (this.lines) {
				return String.join("\n", this.lines);
			}
		}

		/**
		 * Waits until a line printed matches the pattern.
		 * @return the pattern's first group
		 */
		public String waitFor(Pattern pattern, Duration timeout) throws InterruptedException {
			long deadline = System.nanoTime() + timeout.toNanos();
			int seen = 0;
			synchronized (this.lines) {
				while (true) {
					for (; seen < this.lines.size(); seen++) {
						Matcher m = pattern.matcher(this.lines.get(seen));
						if (m.find()) {
							return (m.groupCount() > 0) ? m.group(1) : m.group();
						}
					}
					long left = deadline - System.nanoTime();
					if (left <= 0 || !this.reader.isAlive() && seen == this.lines.size()) {
						break;
					}
					// woken by each line the reader adds, and when it has read the end
					this.lines.wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), 500)));
				}
			}
			throw new AssertionError("the command never printed " + pattern + ":\n" + output());
		}

		/**
		 * Waits until a line printed contains the text.
		 */
		public void waitForLine(String text, Duration timeout) throws InterruptedException {
			waitFor(Pattern.compile(Pattern.quote(text)), timeout);
		}

		/**
		 * Waits until a health group of the server it runs answers 200 (UP).
		 * @param path such as {@code /actuator/health/liveness}
		 */
		public void waitUntilUp(int port, String path, Duration timeout) throws InterruptedException {
			long deadline = System.nanoTime() + timeout.toNanos();
			while (System.nanoTime() < deadline && this.process.isAlive()) {
				try {
					HttpResponse<Void> response = HTTP.send(
							HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
							HttpResponse.BodyHandlers.discarding());
					if (response.statusCode() == 200) {
						return;
					}
				}
				catch (IOException ex) {
					// not listening yet
				}
				Thread.sleep(500);
			}
			throw new AssertionError("the server did not come up (" + path + "):\n" + output());
		}

		/**
		 * Kills the process with SIGKILL and waits until it is gone.
		 */
		public void kill() throws InterruptedException {
			this.process.destroyForcibly();
			assertThat(this.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		}

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
