package org.ipgraph.ingest.patentsview;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.ipgraph.ingest.RecordSink;
import org.ipgraph.ingest.NamedFormat;

import org.springframework.stereotype.Component;

/**
 * PatentsView bulk tables, {@code .tsv} or {@code .tsv.zip} as downloaded. Each row adds
 * to its patent: the patent table gives title and dates, the others owners, inventors
 * (keyed by PatentsView's disambiguated inventor id), CPC and citations; the writer never
 * blanks what another table stored.
 */
@Component
class PatentsViewFormat extends NamedFormat {

	PatentsViewFormat() {
		super("patentsview", "PatentsView bulk tables (.tsv, .tsv.zip): g_patent, g_assignee_disambiguated,"
				+ " g_inventor_disambiguated, g_cpc_current, g_us_patent_citation");
	}

	@Override
	public boolean accepts(Path file, byte[] head) {
		String name = file.getFileName().toString();
		if (PatentsViewTable.byFileName(name).isPresent()) {
			return true;
		}
		if (isZip(head)) {
			return PatentsViewTable.byFileName(firstZipEntry(head)).isPresent();
		}
		return PatentsViewTable.byHeader(firstLine(head)).isPresent();
	}

	@Override
	public void read(Path file, InputStream in, RecordSink sink) throws IOException {
		String name = file.getFileName().toString();
		if (!name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
			new TableReader(name, sink).read(in);
			return;
		}
		ZipInputStream zip = new ZipInputStream(in);
		for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
			String entryName = Path.of(entry.getName()).getFileName().toString();
			if (!entry.isDirectory() && entryName.toLowerCase(Locale.ROOT).endsWith(".tsv")) {
				new TableReader(entryName, sink).read(zip);
				return;
			}
		}
		sink.reject("file", "the zip holds no .tsv table");
	}

	private static boolean isZip(byte[] head) {
		return head.length >= 30 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
	}

	/**
	 * The name in a zip's first local file header, which the first bytes hold
	 * uncompressed.
	 */
	private static String firstZipEntry(byte[] head) {
		int length = (head[26] & 0xFF) | (head[27] & 0xFF) << 8;
		if (30 + length > head.length) {
			return "";
		}
		String name = new String(head, 30, length, StandardCharsets.UTF_8);
		return name.substring(name.lastIndexOf('/') + 1);
	}

	private static List<String> firstLine(byte[] head) {
		String text = new String(head, StandardCharsets.UTF_8);
		int end = text.indexOf('\n');
		if (end < 0) {
			return List.of();
		}
		List<String> columns = new ArrayList<>();
		for (String column : text.substring(0, end).split("\t", -1)) {
			columns.add(column.replace("\uFEFF", "").replace("\"", "").strip().toLowerCase(Locale.ROOT));
		}
		return columns;
	}

}
