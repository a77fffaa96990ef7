package org.ipgraph.ingest.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.ipgraph.ingest.IngestLimits;
import org.ipgraph.ingest.RecordSink;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link CsvTable} under small limits: an oversized record is rejected with its line and
 * reason, reading picks up at the next record, and the lines of later records stay right.
 */
class CsvTableLimitsTest {

	static final IngestLimits LIMITS = new IngestLimits(10, 4, DataSize.ofBytes(20), DataSize.ofBytes(40),
			DataSize.ofMegabytes(1));

	@Test
	void tooManyFieldsALongFieldAndALongRecordAreEachRejectedAlone() throws IOException {
		List<String> seen = read("""
				a,b,c
				1,2,3
				1,2,3,4,5,6,7
				4,"x
				%s",6
				7,8,9
				%s,%s,y
				10,11,12
				""".formatted("z".repeat(30), "q".repeat(19), "r".repeat(19)));
		assertThat(seen).containsExactly("line 2: [1, 2, 3]",
				"line 3 rejected: more than 4 fields (ipgraph.ingest.max-csv-fields); record skipped",
				"line 4 rejected: field 2 is over 20 bytes (ipgraph.ingest.max-field-bytes); record skipped",
				"line 6: [7, 8, 9]",
				"line 7 rejected: record (line) over 40 bytes (ipgraph.ingest.max-record-bytes); record skipped",
				"line 8: [10, 11, 12]");
	}

	@Test
	void anUnclosedQuoteCostsOnlyTheLinesUpToTheLimit() throws IOException {
		StringBuilder csv = new StringBuilder("a,b,c\n1,\"never closed,3\n");
		for (int i = 0; i < 10; i++) {
			csv.append("x,y,z\n");
		}
		List<String> seen = read(csv.toString());
		assertThat(seen.get(0)).startsWith("line 2 rejected: ");
		assertThat(seen).contains("line 12: [x, y, z]").hasSizeGreaterThan(2);
	}

	@Test
	void quotedLineBreaksAndCrLfKeepTheirLines() throws IOException {
		assertThat(read("a,b\r\n\"one\r\ntwo\",2\r\n3,4\r\n")).containsExactly("line 2: [one\r\ntwo, 2]",
				"line 4: [3, 4]");
	}

	private static List<String> read(String csv) throws IOException {
		List<String> seen = new ArrayList<>();
		try (CsvTable table = CsvTable.open(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), ',',
				LIMITS)) {
			table.read(new RecordSink() {

				@Override
				public void accept(String ref, Object record) {
					seen.add(ref + ": " + record);
				}

				@Override
				public void reject(String ref, String reason) {
					seen.add(ref + " rejected: " + reason);
				}

			}, List.of("a"), row -> row.fields());
		}
		return seen;
	}

}
