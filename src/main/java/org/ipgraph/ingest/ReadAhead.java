package org.ipgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads the next files of a plan on other threads while the current one is applied: each
 * file's reader runs into a recording, which the in-order pass then replays into the
 * file's sink as if reading, with its records, rejections, notes and a failure part way
 * at the same places. At most {@code ahead} files are held read and not yet applied. Only
 * for formats that read without the graph or shared state (all the patent formats).
 */
final class ReadAhead implements AutoCloseable {

	private final List<IngestService.Planned> plan;

	private final IngestLimits limits;

	private final int ahead;

	private final ExecutorService pool;

	private final List<Future<Recording>> recordings = new ArrayList<>();

	ReadAhead(List<IngestService.Planned> plan, IngestLimits limits, int threads) {
		this.plan = plan;
		this.limits = limits;
		this.ahead = Math.max(1, threads);
		this.pool = Executors.newFixedThreadPool(this.ahead,
				Thread.ofPlatform().daemon().name("bulk-read-", 0).factory());
	}

	/**
	 * The i-th planned file, with a format that replays what its reader read.
	 */
	IngestService.Planned get(int i) {
		while (this.recordings.size() < Math.min(this.plan.size(), i + 1 + this.ahead)) {
			IngestService.Planned next = this.plan.get(this.recordings.size());
			this.recordings.add(this.pool.submit(() -> Recording.of(next, this.limits)));
		}
		Recording recording;
		try {
			recording = this.recordings.get(i).get();
			this.recordings.set(i, null);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while reading " + this.plan.get(i).file(), ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
		return new IngestService.Planned(this.plan.get(i).file(), recording);
	}

	@Override
	public void close() {
		this.pool.shutdownNow();
	}

	/**
	 * What a reader gave, in order, and how it ended.
	 */
	private static final class Recording extends NamedFormat implements RecordSink {

		private final IngestLimits limits;

		private final List<Object[]> events = new ArrayList<>();

		private Throwable failure;

		private Recording(SourceFormat format, IngestLimits limits) {
			super(format.name(), format.description());
			this.limits = limits;
		}

		static Recording of(IngestService.Planned planned, IngestLimits limits) {
			Recording recording = new Recording(planned.format(), limits);
			Path file = planned.file();
			try (InputStream in = Files.newInputStream(file)) {
				planned.format().read(file, in, recording);
			}
			catch (IOException | RuntimeException ex) {
				recording.failure = ex;
			}
			return recording;
		}

		@Override
		public void accept(String ref, Object record) {
			this.events.add(new Object[] { ref, record });
		}

		@Override
		public void reject(String ref, String reason) {
			this.events.add(new Object[] { ref, null, reason });
		}

		@Override
		public void note(String note) {
			this.events.add(new Object[] { note });
		}

		@Override
		public IngestLimits limits() {
			return this.limits;
		}

		@Override
		public boolean accepts(Path file, byte[] head) {
			return true;
		}

		// replays into the file's sink
		@Override
		public void read(Path file, InputStream in, RecordSink sink) throws IOException {
			for (Object[] event : this.events) {
				if (event.length == 1) {
					sink.note((String) event[0]);
				}
				else if (event.length == 2) {
					sink.accept((String) event[0], event[1]);
				}
				else {
					sink.reject((String) event[0], (String) event[2]);
				}
			}
			this.events.clear();
			if (this.failure instanceof IOException io) {
				throw io;
			}
			if (this.failure instanceof RuntimeException runtime) {
				throw runtime;
			}
		}

	}

}
