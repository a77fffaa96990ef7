package org.ipgraph.ingest.csv;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The column names of a CSV file, looked up by name. Names are stripped of a byte-order
 * mark and surrounding spaces, as exports write {@code "a, b"} as often as {@code "a,b"}.
 */
public final class CsvHeader {

	private final List<String> names;

	private final Map<String, Integer> index = new HashMap<>();

	private CsvHeader(List<String> names) {
		this.names = List.copyOf(names);
		for (int i = 0; i < this.names.size(); i++) {
			this.index.putIfAbsent(this.names.get(i), i);
		}
	}

	public static CsvHeader of(List<String> fields) {
		List<String> names = new ArrayList<>(fields.size());
		for (String field : fields) {
			names.add(clean(field));
		}
		return new CsvHeader(names);
	}

	static String clean(String name) {
		return name.replace("\uFEFF", "").strip();
	}

	public List<String> names() {
		return this.names;
	}

	public int size() {
		return this.names.size();
	}

	public boolean has(String... columns) {
		return missing(List.of(columns)).isEmpty();
	}

	public List<String> missing(Collection<String> required) {
		return required.stream().filter(column -> !this.index.containsKey(column)).toList();
	}

	int index(String column) {
		Integer i = this.index.get(column);
		if (i == null) {
			throw new IllegalArgumentException("No column '" + column + "' in " + this.names);
		}
		return i;
	}

}
