package org.ipgraph.ingest.cpc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.ipgraph.ingest.RecordSink;
import org.ipgraph.ingest.NamedFormat;
import org.ipgraph.ingest.csv.CsvHead;

import org.springframework.stereotype.Component;

/**
 * The CPC title list ({@code cpc-section-H_20220801.txt}): one symbol per line,
 * tab-separated symbol, dot level (empty above main groups) and title, without a header
 * and without quoting. A subgroup's parent is the nearest preceding entry one dot level
 * up, which the symbol alone does not tell.
 */
@Component
class CpcTitleListFormat extends NamedFormat {

	static final Pattern LINE = Pattern.compile("^[A-HY][0-9A-Z/]*\\t[0-9]*\\t[^\\t]*$");

	CpcTitleListFormat() {
		super("cpc", "CPC title list (symbol TAB dot level TAB title)");
	}

	@Override
	public boolean accepts(Path file, byte[] head) {
		CsvHead lines = CsvHead.of(head);
		return LINE.matcher(lines.line(0)).matches()
				&& (lines.line(1).isEmpty() || LINE.matcher(lines.line(1)).matches());
	}

	@Override
	public void read(Path file, InputStream in, RecordSink sink) throws IOException {
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		CpcHierarchy hierarchy = new CpcHierarchy();
		String line;
		long number = 0;
		while ((line = reader.readLine()) != null) {
			number++;
			if (line.isBlank()) {
				continue;
			}
			String ref = "line " + number;
			try {
				sink.accept(ref, hierarchy.next(line));
			}
			catch (IllegalArgumentException ex) {
				sink.reject(ref, ex.getMessage());
			}
		}
	}

}
