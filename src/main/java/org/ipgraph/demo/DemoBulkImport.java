package org.ipgraph.demo;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.ipgraph.db.BulkImport;

/**
 * Builds a fresh store from a generated ecosystem with Neo4j's bulk importer, in this
 * process ({@link BulkImport}): CSV files first, then {@code neo4j-admin database import
 * full}. The ipgraph schema migrations create constraints and indexes when the
 * application next opens the store.
 */
public final class DemoBulkImport {

	private DemoBulkImport() {
	}

	/**
	 * What a bulk import did.
	 *
	 * @param dataDir the Neo4j home that now holds the store
	 * @param csv the CSV export the store was built from
	 * @param importSeconds time spent in the import tool
	 * @param seconds total time, generation and CSV included
	 */
	public record Report(Path dataDir, DemoCsvReport csv, double importSeconds, double seconds) {
	}

	/**
	 * @param dataDir the Neo4j home (ipgraph's data directory)
	 * @param csvDir where to write the CSV files; null for a temporary directory removed
	 * afterwards
	 * @param overwrite replace an existing store
	 * @param out where the import tool reports
	 */
	public static Report run(DemoParameters parameters, Path dataDir, Path csvDir, boolean overwrite, PrintStream out,
			DemoProgress progress) {
		BulkImport.Imported<DemoCsvReport> imported = BulkImport.build(dataDir, csvDir, overwrite, out,
				new BulkImport.CsvStep<>() {

					@Override
					public DemoCsvReport write(Path directory) {
						return DemoCsvExport.write(parameters, directory, progress);
					}

					@Override
					public List<String> arguments(DemoCsvReport written) {
						return written.importArguments();
					}

				}, () -> progress.stage("import"));
		return new Report(imported.home(), imported.csv(), imported.importSeconds(), imported.seconds());
	}

	/**
	 * Whether this JVM lets the importer at direct buffers.
	 */
	public static boolean available() {
		return BulkImport.available();
	}

}
