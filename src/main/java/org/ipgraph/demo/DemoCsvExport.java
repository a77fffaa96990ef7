package org.ipgraph.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.ipgraph.db.CsvFiles;
import org.ipgraph.db.ImportRows;

/**
 * Writes a generated ecosystem as CSV files for {@code neo4j-admin database import full},
 * plus {@code import.sh} with the exact command. Streams: memory grows with organizations
 * and people, not with patents.
 */
public final class DemoCsvExport {

	private DemoCsvExport() {
	}

	public static DemoCsvReport write(DemoParameters parameters, Path directory, DemoProgress progress) {
		long start = System.nanoTime();
		DemoTruth truth;
		List<CsvFiles.File> files;
		List<String> arguments;
		try (CsvFiles csv = new CsvFiles(directory)) {
			GraphRows rows = new GraphRows(parameters.documentId(), csv);
			truth = DemoGenerator.generate(parameters, new ProgressSink(rows, progress, parameters.patents()));
			files = csv.files();
			arguments = csv.importArguments();
		}
		Map<String, Long> byFile = new TreeMap<>();
		Map<String, Long> labels = new TreeMap<>();
		Map<String, Long> types = new TreeMap<>();
		long bytes = 0;
		for (CsvFiles.File file : files) {
			byFile.put(file.path, file.rows());
			(file.from == null ? labels : types).merge(file.element, file.rows(), Long::sum);
			bytes += size(directory.resolve(file.path));
		}
		writeScript(directory, files);
		return new DemoCsvReport(directory, byFile, labels, types, bytes, (System.nanoTime() - start) / 1e9, arguments,
				truth);
	}

	/**
	 * Counts the nodes and relationships an ecosystem gives, by label and type, without
	 * writing anything: what the graph holds after loading it into an empty database.
	 */
	public static Map<String, Long> count(DemoParameters parameters) {
		Map<String, Long> counts = new TreeMap<>();
		GraphRows rows = new GraphRows(parameters.documentId(), new ImportRows() {

			@Override
			public void node(String label, String key, Map<String, Object> properties) {
				counts.merge(label, 1L, Long::sum);
			}

			@Override
			public void relationship(String type, String fromLabel, String from, String toLabel, String to,
					Map<String, Object> properties) {
				counts.merge(type, 1L, Long::sum);
			}

		});
		DemoGenerator.generate(parameters, rows);
		return counts;
	}

	private static void writeScript(Path directory, List<CsvFiles.File> files) {
		StringBuilder script = new StringBuilder("""
				#!/usr/bin/env bash
				# Imports this synthetic ipgraph demo ecosystem into a new, stopped database "neo4j":
				#   NEO4J_HOME=/path/to/neo4j ./import.sh
				# Then start Neo4j (or ipgraph with --data-dir on that home): the ipgraph schema
				# migrations create the constraints and indexes on first start.
				set -euo pipefail
				DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
				"${NEO4J_HOME:?set NEO4J_HOME}/bin/neo4j-admin" database import full neo4j --overwrite-destination \\
				""");
		for (CsvFiles.File file : files) {
			script.append("  ")
				.append(file.from == null ? "--nodes=" : "--relationships=")
				.append(file.element)
				.append("=\"$DIR/")
				.append(file.path)
				.append("\" \\\n");
		}
		script.append("  \"$@\"\n");
		try {
			Path target = directory.resolve("import.sh");
			Files.writeString(target, script, StandardCharsets.UTF_8);
			target.toFile().setExecutable(true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + directory.resolve("import.sh"), ex);
		}
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			return 0;
		}
	}

}
