package org.ipgraph.nlp.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * Reads the small CSV files of the shared data into maps by header.
 */
final class Csv {

	private Csv() {
	}

	static List<Map<String, String>> read(Path file) {
		List<Map<String, String>> rows = new ArrayList<>();
		try (CsvReader<CsvRecord> reader = CsvReader.builder()
			.allowExtraFields(true)
			.allowMissingFields(true)
			.detectBomHeader(true)
			.ofCsvRecord(file, StandardCharsets.UTF_8)) {
			List<String> header = null;
			for (CsvRecord record : reader) {
				if (header == null) {
					header = record.getFields().stream().map(String::strip).toList();
					continue;
				}
				Map<String, String> row = new java.util.LinkedHashMap<>();
				for (int i = 0; i < header.size() && i < record.getFieldCount(); i++) {
					if (!header.get(i).isEmpty()) {
						row.put(header.get(i), record.getField(i));
					}
				}
				rows.add(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
		return rows;
	}

}
