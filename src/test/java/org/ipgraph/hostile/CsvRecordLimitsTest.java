package org.ipgraph.hostile;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import org.ipgraph.ingest.lens.LensExport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, item 5: a Lens CSV with a valid row, an oversized one, and a valid row. The
 * oversized record is rejected with what was wrong and the limit, the reader picks up at
 * the next record, and both valid rows are stored.
 */
class CsvRecordLimitsTest extends HostileInputTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			10 million fields          | more than 2048 fields (ipgraph.ingest.max-csv-fields)
			a field of 9 MB            | field 5 is over 8388608 bytes (ipgraph.ingest.max-field-bytes)
			a line of 18 MB            | record (line) over 16777216 bytes (ipgraph.ingest.max-record-bytes)
			""")
	void anOversizedRecordIsRejectedAndTheNextOneStored(String kind, String reason) throws Exception {
		ByteArrayOutputStream csv = new ByteArrayOutputStream();
		csv.writeBytes((LensExport.HEADER + "\n" + row(1) + "\n").getBytes(StandardCharsets.UTF_8));
		csv.writeBytes(oversized(kind));
		csv.writeBytes(("\n" + row(3) + "\n").getBytes(StandardCharsets.UTF_8));
		Map<String, Long> before = counts();

		HttpResponse<String>[] response = new HttpResponse[1];
		long peak = peakHeapMb(() -> response[0] = upload("anna", "lens-csv", Map.of("lens.csv", csv.toByteArray())));

		assertThat(response[0].statusCode()).as(response[0].body()).isEqualTo(200);
		JsonNode result = JSON.readTree(response[0].body());
		assertThat(result.path("recordsStored").asLong()).isEqualTo(2);
		assertThat(result.path("rejected").asLong()).isEqualTo(1);
		JsonNode rejection = result.path("rejections").get(0);
		assertThat(rejection.path("record").asString()).isEqualTo("line 3");
		assertThat(rejection.path("reason").asString()).startsWith(reason).endsWith("record skipped");
		assertThat(count("MATCH (p:Patent) WHERE p.number IN ['US39000001', 'US39000003'] RETURN count(p)"))
			.isEqualTo(2);
		assertThat(count("MATCH (p:Patent {number: 'US39000002'}) RETURN count(p)")).isZero();
		assertThat(counts().get("Patent") - before.getOrDefault("Patent", 0L)).isEqualTo(2);
		assertThat(peak).as("peak heap MB").isLessThan(2500);
	}

	private static String row(int i) {
		return LensExport.grantedUs(i, 39_000_000 + i, LocalDate.of(2020, 1, 7), "Hostile row " + i,
				"HOSTILE ORGANIZATION " + i, "HOSTILE INVENTOR " + i, "G06F16/00");
	}

	private static byte[] oversized(String kind) {
		String valid = row(2);
		return switch (kind) {
			case "10 million fields" -> ",".repeat(10_000_000).getBytes(StandardCharsets.US_ASCII);
			case "a field of 9 MB" -> {
				String[] fields = valid.split(",", 6);
				fields[4] = "\"" + "x".repeat(9 * 1024 * 1024) + "\"";
				yield String.join(",", fields).getBytes(StandardCharsets.UTF_8);
			}
			// three fields of 6 MB: each under the field limit, together over the
			// record's
			default ->
				(valid + (",\"" + "y".repeat(6 * 1024 * 1024) + "\"").repeat(3)).getBytes(StandardCharsets.UTF_8);
		};
	}

}
