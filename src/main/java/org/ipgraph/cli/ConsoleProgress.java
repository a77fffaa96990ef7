package org.ipgraph.cli;

import java.io.PrintStream;
import java.nio.file.Path;

import org.ipgraph.ingest.IngestListener;
import org.ipgraph.ingest.Rejection;

/**
 * A progress bar on stderr for a terminal; one line per file otherwise, so logs stay
 * readable.
 */
final class ConsoleProgress implements IngestListener {

	private static final int WIDTH = 30;

	private final PrintStream err;

	private final boolean terminal;

	private long total;

	private long done;

	private long rejected;

	private String file = "";

	private long lastDraw;

	private final long start = System.nanoTime();

	ConsoleProgress(PrintStream err) {
		this.err = err;
		this.terminal = System.console() != null && System.console().isTerminal();
	}

	@Override
	public void started(long totalBytes, int files) {
		this.total = Math.max(1, totalBytes);
		this.err.printf("Ingesting %d file(s), %s%n", files, bytes(totalBytes));
	}

	@Override
	public void file(Path file, String format) {
		this.file = file.getFileName().toString();
		if (!this.terminal) {
			this.err.printf("  %s (%s)%n", file, format);
		}
		draw(true);
	}

	@Override
	public void progress(long bytesDone) {
		this.done = bytesDone;
		draw(false);
	}

	@Override
	public void rejected(Rejection rejection) {
		this.rejected++;
	}

	void finish() {
		if (this.terminal) {
			this.done = this.total;
			draw(true);
			this.err.println();
		}
	}

	private void draw(boolean force) {
		if (!this.terminal) {
			return;
		}
		long now = System.nanoTime();
		if (!force && now - this.lastDraw < 100_000_000L) {
			return;
		}
		this.lastDraw = now;
		int filled = (int) (WIDTH * Math.min(1.0, (double) this.done / this.total));
		double seconds = (now - this.start) / 1e9;
		String rate = seconds > 0 ? bytes((long) (this.done / seconds)) + "/s" : "";
		this.err.printf("\r[%s%s] %3d%% %s/%s %s  rejected: %d  %-30.30s", "#".repeat(filled),
				".".repeat(WIDTH - filled), (int) (100.0 * this.done / this.total), bytes(this.done), bytes(this.total),
				rate, this.rejected, this.file);
	}

	private static String bytes(long n) {
		if (n < 1024) {
			return n + " B";
		}
		if (n < 1024 * 1024) {
			return String.format("%.1f KB", n / 1024.0);
		}
		return String.format("%.1f MB", n / (1024.0 * 1024));
	}

}
