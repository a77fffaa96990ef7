package org.ipgraph.evaluation.risk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ipgraph.graph.OrganizationNames;
import org.ipgraph.ingest.RecordSink;
import org.ipgraph.ingest.csv.BadRecordException;
import org.ipgraph.ingest.csv.CsvTable;

/**
 * The curated labels: well-known NPEs and operating companies as public facts, each with its
 * source and reason ({@code org/ipgraph/risk/npe-labels.csv}). Names match organizations by
 * their normalized keys, aliases included.
 */
public final class NpeLabels {

	public static final String RESOURCE = "/org/ipgraph/risk/npe-labels.csv";

	private final List<Label> labels;

	private NpeLabels(List<Label> labels) {
		this.labels = List.copyOf(labels);
	}

	/**
	 * One labelled owner.
	 *
	 * @param name its name
	 * @param npe the label
	 * @param aliases other names it holds patents or sues under
	 * @param source where the fact is published
	 * @param reason the fact
	 */
	public record Label(String name, boolean npe, List<String> aliases, String source, String reason) {

		/**
		 * The organization keys of the name and its aliases.
		 */
		public Set<String> keys() {
			Set<String> keys = new LinkedHashSet<>();
			keys.add(OrganizationNames.key(this.name));
			this.aliases.forEach(a -> keys.add(OrganizationNames.key(a)));
			keys.remove("");
			return keys;
		}

	}

	public static NpeLabels load() {
		try (InputStream in = NpeLabels.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("missing " + RESOURCE);
			}
			return read(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static NpeLabels read(InputStream in) throws IOException {
		List<Label> labels = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		try (CsvTable table = CsvTable.open(in, ',')) {
			table.read(new RecordSink() {

				@Override
				public void accept(String ref, Object record) {
					labels.add((Label) record);
				}

				@Override
				public void reject(String ref, String reason) {
					problems.add(ref + ": " + reason);
				}

			}, List.of("name", "label", "aliases", "source", "reason"), row -> {
				String label = row.required("label");
				if (!label.equals("npe") && !label.equals("operating")) {
					throw new BadRecordException("label must be npe or operating, not '" + label + "'");
				}
				return new Label(row.required("name"), label.equals("npe"), row.list("aliases", ";"),
						row.required("source"), row.required("reason"));
			});
		}
		if (!problems.isEmpty()) {
			throw new IllegalStateException("bad NPE labels: " + problems);
		}
		return new NpeLabels(labels);
	}

	public List<Label> all() {
		return this.labels;
	}

	/**
	 * Organization key to its label; a key named by two labels keeps the first.
	 */
	public Map<String, Label> byKey() {
		Map<String, Label> byKey = new LinkedHashMap<>();
		for (Label label : this.labels) {
			label.keys().forEach(k -> byKey.putIfAbsent(k, label));
		}
		return byKey;
	}

}
