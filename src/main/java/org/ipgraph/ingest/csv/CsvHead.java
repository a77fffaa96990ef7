package org.ipgraph.ingest.csv;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import de.siegmar.fastcsv.reader.CsvReader;

/**
 * The first lines of a file, for {@link org.ipgraph.ingest.SourceFormat#accepts}.
 */
public final class CsvHead {

	private final List<String> lines;

	private CsvHead(List<String> lines) {
		this.lines = lines;
	}

	public static CsvHead of(byte[] head) {
		String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "");
		return new CsvHead(new ArrayList<>(Arrays.asList(text.split("\r?\n", -1))));
	}

	/**
	 * A line, counted from 0, or an empty string.
	 */
	public String line(int index) {
		return index < this.lines.size() ? this.lines.get(index) : "";
	}

	/**
	 * The column names on a line, stripped; empty when the line is not a CSV record.
	 */
	public List<String> columns(int index, char separator) {
		String line = line(index);
		if (line.isBlank()) {
			return List.of();
		}
		try {
			return CsvReader.builder()
				.fieldSeparator(separator)
				.allowExtraCharsAfterClosingQuote(true)
				.ofSingleCsvRecord(line)
				.getFields()
				.stream()
				.map(CsvHeader::clean)
				.toList();
		}
		catch (RuntimeException ex) {
			return List.of();
		}
	}

	/**
	 * Whether a line holds all the given column names.
	 */
	public boolean hasColumns(int index, char separator, String... names) {
		return columns(index, separator).containsAll(List.of(names));
	}

}
