package org.ipgraph.ingest.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTableTest {

	@Test
	void rejectsRecordsWithTheWrongFieldCountOrBadBytesAndReadsTheRest() throws IOException {
		byte[] bad = "a,b\n1,2\n3\n\"multi\nline\",4\n5,x\u00ff\n6,7\n".getBytes(StandardCharsets.ISO_8859_1);
		CollectingSink sink = read(bad, List.of("a", "b"));
		assertThat(sink.records).containsOnlyKeys("line 2", "line 4", "line 7");
		assertThat(sink.rejections).containsExactly("line 3: has 1 fields where the header has 2",
				"line 6: invalid UTF-8 or a lost character (U+FFFD) in column 'b'");
	}

	@Test
	void aFileWithoutTheRequiredColumnsIsRejectedWithExpectedAndFoundColumns() throws IOException {
		CollectingSink sink = read("\uFEFFa, c\n1,2\n".getBytes(StandardCharsets.UTF_8), List.of("a", "b"));
		assertThat(sink.records).isEmpty();
		assertThat(sink.rejections).containsExactly("file: header lacks column(s) [b]; found columns [a, c]");
	}

	@Test
	void anUnclosedQuoteSwallowsTheRestAndIsRejectedWithAHint() throws IOException {
		CollectingSink sink = read("a,b\n1,2\n\"3,4\n5,6\n".getBytes(StandardCharsets.UTF_8), List.of("a", "b"));
		assertThat(sink.records).containsOnlyKeys("line 2");
		assertThat(sink.rejections).singleElement().asString().startsWith("line 3: has 1 fields").contains("quote");
	}

	@Test
	void parsesDatesWithOrWithoutPaddingAndNamesBadValues() throws IOException {
		CollectingSink sink = read("d\n2002-8-7\n20140806\n2014-13-01\n".getBytes(StandardCharsets.UTF_8), List.of("d"),
				row -> row.date("d"));
		assertThat(sink.records.values()).map(String::valueOf).containsExactly("2002-08-07", "2014-08-06");
		assertThat(sink.rejections).containsExactly("line 4: unparseable date '2014-13-01' in column 'd'");
	}

	private static CollectingSink read(byte[] content, List<String> required) throws IOException {
		return read(content, required, row -> row.get(required.get(0)));
	}

	private static CollectingSink read(byte[] content, List<String> required, CsvTable.RowParser parser)
			throws IOException {
		CollectingSink sink = new CollectingSink();
		try (CsvTable table = CsvTable.open(new ByteArrayInputStream(content), ',')) {
			table.read(sink, required, parser);
		}
		return sink;
	}

}
