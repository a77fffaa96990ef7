package org.ipgraph.hostile;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, item 3: Lucene operator words anywhere in user text are words, on every
 * full-text search and in text ingest, and no rejection quotes the query parser.
 */
class FullTextQueryTest extends HostileInputTest {

	static final String TEXT = "Acme Video Coding Corporation works on OR gates and AND gates with Beta Networks. "
			+ "Acme Video Coding Corporation licensed its video coding patents to Gamma Systems.";

	@Test
	void operatorWordsInQueriesAreWords() throws Exception {
		HttpResponse<String> ingested = upload("anna", "text",
				Map.of("gates.txt", TEXT.getBytes(StandardCharsets.UTF_8)));
		assertThat(ingested.statusCode()).isEqualTo(200);
		Map<String, Long> before = counts();
		long peak = peakHeapMb(() -> {
			for (String path : List.of("/api/v1/organizations?q=", "/api/v1/pools?topic=",
					"/api/v1/evidence?entity=")) {
				for (String text : List.of("a AND", "AND b", "video NOT", "video AND", "OR coding", "NOT", "a AND OR b",
						"x && y || !z", "(((", "*", " ", "TO")) {
					HttpResponse<String> response = get("root", path + URLEncoder.encode(text, StandardCharsets.UTF_8));
					assertThat(response.statusCode()).as(path + text + " -> " + response.body()).isLessThan(500);
					if (response.statusCode() >= 400) {
						assertProblem(response, response.statusCode(), "");
					}
					assertThat(response.body()).doesNotContain("lucene").doesNotContain("ParseException");
				}
			}
		});
		HttpResponse<String> found = get("root",
				"/api/v1/organizations?q=" + URLEncoder.encode("video AND", StandardCharsets.UTF_8));
		assertThat(found.body()).containsIgnoringCase("acme video coding");
		assertThat(counts()).isEqualTo(before);
		assertThat(peak).as("peak heap MB").isLessThan(2500);
	}

	@Test
	void aTextThatSaysOrGatesIsStored() throws Exception {
		HttpResponse<String> response = upload("anna", "text",
				Map.of("gates.txt", TEXT.getBytes(StandardCharsets.UTF_8)));

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode result = JSON.readTree(response.body());
		assertThat(result.path("rejected").asLong()).as(response.body()).isZero();
		assertThat(response.body()).doesNotContain("lucene").doesNotContain("ParseException");
		assertThat(count("MATCH (d:Document) WHERE d.name ENDS WITH 'gates.txt' RETURN count(d)")).isEqualTo(1);
		assertThat(count(
				"MATCH (o:Organization)-[:MENTIONED_IN]->(d:Document) WHERE d.name ENDS WITH 'gates.txt' RETURN count(o)"))
			.isPositive();
	}

}
