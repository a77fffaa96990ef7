package org.ipgraph.evaluation.policies;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ipgraph.ingest.csv.CsvRow;
import org.ipgraph.ingest.csv.CsvTable;

/**
 * A file of labelled (organization, policy) pairs in the format of
 * {@code heldout/pairs.tsv}: one pair a row, with the shared files of its policy
 * ({@code policy_files}, separated by {@code ;}, relative to the shared data folder). The
 * old held-out pairs ({@code heldout/} to {@code heldout7/}, development since
 * 2026-12-07) and the held-out pairs ({@code heldout8/} by default) are read with it.
 * Every row is checked: a missing column, a split other than the one the file is read
 * for, a label other than {@code eligible} or {@code not-eligible}, or a policy file that
 * does not exist is an error naming the file, the line and the reason.
 *
 * @param file the pairs file
 * @param pairs the pairs, in file order
 * @param policyFiles the shared files of each policy
 */
record PairFile(Path file, List<PolicyEvaluation.Pair> pairs, Map<String, List<Path>> policyFiles) {

	static final String PAIRS = "pairs.tsv";

	private static final List<String> COLUMNS = List.of("pair_id", "split", "policy_id", "policy_files", "org_name",
			"org_file", "label", "confidence");

	/**
	 * The folder of a pairs file: {@code option} when given (absolute, or relative to the
	 * annotated set), else {@code fallback} in the set.
	 */
	static Path folder(Path set, String option, String fallback) {
		return option == null || option.isBlank() ? set.resolve(fallback) : set.resolve(option.strip());
	}

	/**
	 * The pairs of {@code folder/pairs.tsv}, or empty when that file does not exist.
	 * @param split the split every row must name
	 * @param shared the shared data folder the policy files are relative to
	 */
	static Optional<PairFile> read(Path folder, String split, Path shared) {
		Path file = folder.resolve(PAIRS);
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		List<PolicyEvaluation.Pair> pairs = new ArrayList<>();
		Map<String, List<Path>> files = new LinkedHashMap<>();
		try (InputStream in = Files.newInputStream(file); CsvTable table = CsvTable.open(in, '\t')) {
			if (table.header() == null) {
				throw new IllegalArgumentException(file + ": empty, no header");
			}
			for (String column : COLUMNS) {
				if (!table.header().has(column)) {
					throw new IllegalArgumentException(file + ": no column '" + column + "' in the header");
				}
			}
			for (CsvRow row : table.rows()) {
				String where = file + " " + row.ref();
				for (String column : COLUMNS) {
					if (row.value(column) == null) {
						throw new IllegalArgumentException(where + ": '" + column + "' is empty");
					}
				}
				if (!split.equals(row.get("split"))) {
					throw new IllegalArgumentException(
							where + ": split is '" + row.get("split") + "', this file holds '" + split + "' pairs");
				}
				String label = row.get("label");
				if (!label.equals("eligible") && !label.equals("not-eligible")) {
					throw new IllegalArgumentException(
							where + ": label is '" + label + "', not 'eligible' or 'not-eligible'");
				}
				String policy = row.get("policy_id");
				List<Path> paths = Arrays.stream(row.get("policy_files").split(";"))
					.map(String::strip)
					.filter(p -> !p.isEmpty())
					.map(shared::resolve)
					.toList();
				for (Path path : paths) {
					if (!Files.isRegularFile(path)) {
						throw new IllegalArgumentException(where + ": policy file " + path + " does not exist");
					}
				}
				List<Path> before = files.putIfAbsent(policy, paths);
				if (before != null && !before.equals(paths)) {
					throw new IllegalArgumentException(
							where + ": policy " + policy + " has other files than on an earlier row (" + before + ")");
				}
				pairs.add(new PolicyEvaluation.Pair(row.get("pair_id"), split, policy, row.get("org_name"),
						row.get("org_file"), label.equals("eligible"), row.get("confidence")));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
		return Optional.of(new PairFile(file, List.copyOf(pairs), Map.copyOf(files)));
	}

}
