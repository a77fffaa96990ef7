package org.ipgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ipgraph.demo.DemoBenchmark;
import org.ipgraph.demo.DemoBulkImport;
import org.ipgraph.demo.DemoParameters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
		description = "Measure the demo generator: generation rate, CSV export throughput and (with --bulk) the bulk "
				+ "import, at each size. Prints a Markdown table. Needs no database.")
class DemoBenchCommand extends IpgraphCommand {

	@Option(names = "--patents", split = ",", defaultValue = "100000,1000000",
			description = "Sizes to measure (default ${DEFAULT-VALUE}).")
	List<Integer> sizes;

	@Option(names = "--seed", defaultValue = "42", description = "Seed (default ${DEFAULT-VALUE}).")
	long seed;

	@Option(names = "--noise", defaultValue = "0.1", description = "Noise (default ${DEFAULT-VALUE}).")
	double noise;

	@Option(names = "--dir", paramLabel = "DIR", description = "Work directory for files (default: a temporary one).")
	Path dir;

	@Option(names = "--bulk", description = "Also bulk-import each size into a new store (then deleted).")
	boolean bulk;

	@Override
	int execute() throws Exception {
		if (this.bulk && !DemoBulkImport.available()) {
			throw new IllegalArgumentException("--bulk needs the JVM option --add-opens=java.base/java.nio=ALL-UNNAMED");
		}
		Path work = this.dir != null ? Files.createDirectories(this.dir) : Files.createTempDirectory("ipgraph-bench-");
		List<DemoBenchmark.Result> results = new ArrayList<>();
		for (int size : this.sizes) {
			System.err.printf("%,d patents%n", size);
			results.add(DemoBenchmark.run(new DemoParameters(size, this.seed, this.noise), work, this.bulk, System.err));
		}
		System.out.printf("Java %s, %d cores, max heap %,d MB%n%n", Runtime.version(),
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024));
		System.out.println("| patents | generate (s) | patents/s | CSV (s) | CSV patents/s | CSV MB | CSV MB/s "
				+ "| nodes | relationships | import (s) | import entities/s | live heap MB |");
		System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
		for (DemoBenchmark.Result r : results) {
			System.out.println(String.format(Locale.ROOT,
					"| %,d | %.1f | %,.0f | %.1f | %,.0f | %,.0f | %.1f | %,d | %,d | %s | %s | %,d |", r.patents(),
					r.generateSeconds(), r.generatedPerSecond(), r.csvSeconds(), r.csvPatentsPerSecond(),
					r.csvBytes() / 1e6, r.csvMegabytesPerSecond(), r.nodes(), r.relationships(),
					r.importSeconds() < 0 ? "-" : String.format(Locale.ROOT, "%.1f", r.importSeconds()),
					r.importSeconds() < 0 ? "-" : String.format(Locale.ROOT, "%,.0f", r.importEntitiesPerSecond()),
					r.liveHeapMb()));
		}
		if (this.dir == null) {
			org.springframework.util.FileSystemUtils.deleteRecursively(work);
		}
		return 0;
	}

}
