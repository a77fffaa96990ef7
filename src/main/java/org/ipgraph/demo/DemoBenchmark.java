package org.ipgraph.demo;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;

import org.springframework.util.FileSystemUtils;

/**
 * Measures the demo generator at one size: generation alone (into a sink that drops
 * everything), the CSV export (generation, row derivation and writing), and optionally
 * the bulk import of those files into a new store. Wall-clock times of one run each,
 * after a small warm-up run.
 */
public final class DemoBenchmark {

	private DemoBenchmark() {
	}

	/**
	 * Figures of one size.
	 *
	 * @param patents patents generated
	 * @param generateSeconds generation alone
	 * @param csvSeconds generation plus CSV writing
	 * @param csvBytes bytes of CSV written
	 * @param nodes nodes in the files
	 * @param relationships relationships in the files
	 * @param importSeconds the import tool alone, or -1 when not run
	 * @param peakHeapMb the largest heap in use seen during the runs (MB)
	 */
	public record Result(int patents, double generateSeconds, double csvSeconds, long csvBytes, long nodes,
			long relationships, double importSeconds, long liveHeapMb) {

		public double generatedPerSecond() {
			return this.patents / this.generateSeconds;
		}

		public double csvPatentsPerSecond() {
			return this.patents / this.csvSeconds;
		}

		public double csvMegabytesPerSecond() {
			return this.csvBytes / 1e6 / this.csvSeconds;
		}

		public double importEntitiesPerSecond() {
			return this.importSeconds > 0 ? (this.nodes + this.relationships) / this.importSeconds : -1;
		}

	}

	public static Result run(DemoParameters parameters, Path workDir, boolean bulk, PrintStream log) {
		DemoGenerator.generate(parameters.withPatents(DemoParameters.MIN_PATENTS * 10), new Discard());
		LiveHeap live = LiveHeap.start();
		long start = System.nanoTime();
		DemoGenerator.generate(parameters, new Discard());
		double generate = (System.nanoTime() - start) / 1e9;
		log.printf("  %,d patents generated in %.1f s%n", parameters.patents(), generate);
		Path csv = workDir.resolve("csv-" + parameters.patents());
		FileSystemUtils.deleteRecursively(csv.toFile());
		DemoCsvReport report = DemoCsvExport.write(parameters, csv, DemoProgress.NONE);
		log.printf("  CSV written in %.1f s (%,.0f MB)%n", report.seconds(), report.bytes() / 1e6);
		double importSeconds = -1;
		if (bulk) {
			Path store = workDir.resolve("store-" + parameters.patents());
			FileSystemUtils.deleteRecursively(store.toFile());
			Path bulkCsv = csv.resolveSibling(csv.getFileName() + "-bulk");
			DemoBulkImport.Report imported = DemoBulkImport.run(parameters, store, bulkCsv, true,
					new PrintStream(PrintStream.nullOutputStream()), DemoProgress.NONE);
			importSeconds = imported.importSeconds();
			log.printf("  imported in %.1f s%n", importSeconds);
			FileSystemUtils.deleteRecursively(store.toFile());
			FileSystemUtils.deleteRecursively(bulkCsv.toFile());
		}
		FileSystemUtils.deleteRecursively(csv.toFile());
		return new Result(parameters.patents(), generate, report.seconds(), report.bytes(), report.nodes(),
				report.relationships(), importSeconds, live.stop());
	}

	/**
	 * Samples the heap left after each collection (the live set, roughly) and keeps the
	 * largest.
	 */
	private static final class LiveHeap implements Runnable {

		private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported())
			.toList();

		private volatile boolean running = true;

		private long max;

		private Thread thread;

		static LiveHeap start() {
			LiveHeap live = new LiveHeap();
			live.thread = Thread.ofPlatform().daemon().name("demo-bench-heap").start(live);
			return live;
		}

		@Override
		public void run() {
			while (this.running) {
				long used = this.pools.stream().mapToLong(pool -> pool.getCollectionUsage().getUsed()).sum();
				synchronized (this) {
					this.max = Math.max(this.max, used);
				}
				try {
					Thread.sleep(100);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}

		long stop() {
			this.running = false;
			this.thread.interrupt();
			synchronized (this) {
				return this.max / (1024 * 1024);
			}
		}

	}

	/**
	 * Drops everything: measures generation alone.
	 */
	private static final class Discard implements DemoSink {

		private long count;

		@Override
		public void node(DemoNode node) {
			this.count++;
		}

		@Override
		public void patent(DemoPatent patent) {
			this.count += patent.record().citations().size();
		}

		@Override
		public void relationship(DemoRelationship relationship) {
			this.count++;
		}

	}

}
