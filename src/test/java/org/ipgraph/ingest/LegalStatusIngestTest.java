package org.ipgraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ipgraph.ingest.csv.Counts;
import org.ipgraph.test.GraphTest;
import org.ipgraph.test.SharedData;
import org.ipgraph.test.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Legal status and term written at ingest: expiry against 20 patents whose term was
 * computed by hand from their XML ({@code legal/hand-verified-terms.csv}), and the
 * maintenance-fee events file written by the test.
 */
@GraphTest
class LegalStatusIngestTest {

	@Autowired
	IngestService ingest;

	@Test
	void expiryMatchesTwentyHandVerifiedPatents(@TempDir Path dir) throws IOException {
		TestNeo4j.clear();
		Path folder = SharedData.path("uspto-ipg-fixtures");
		List<String[]> rows = new ArrayList<>();
		for (String line : Files.readAllLines(Path.of("src/test/resources/legal/hand-verified-terms.csv"))) {
			if (!line.startsWith("#") && !line.startsWith("number,")) {
				rows.add(line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)"));
			}
		}
		assertThat(rows).hasSize(20);
		List<Path> files = rows.stream().map(r -> folder.resolve(r[1])).distinct().toList();
		IngestReport report = this.ingest.ingest("uspto-xml", files, IngestListener.NONE);
		assertThat(report.getRejections()).isEmpty();
		for (String[] row : rows) {
			Map<String, Object> p = Counts.single("""
					MATCH (p:Patent {number: $number})
					RETURN toString(p.expiry) AS expiry, p.expirySource AS source, p.terminalDisclaimer AS disclaimer,
					       p.termAdjustmentDays AS pta, p.status AS status, p.inForce AS inForce""", "number", row[0]);
			assertThat(p).as(row[0] + ": " + row[9])
				.containsEntry("expiry", row[10])
				.containsEntry("source", "us-term-of-grant")
				.containsEntry("disclaimer", Boolean.parseBoolean(row[8]))
				.containsEntry("pta", Long.parseLong(row[6]));
			boolean inForce = !java.time.LocalDate.parse(row[10]).isBefore(java.time.LocalDate.now());
			assertThat(p).containsEntry("inForce", inForce).containsEntry("status", inForce ? "in_force" : "expired");
		}
		// an estimate from another source does not replace an expiry computed from the
		// grant
		Path lens = dir.resolve("lens.csv");
		Files.writeString(lens,
				"""
						Jurisdiction,Kind,Publication Number,Lens ID,Publication Date,Application Number,Application Date,Priority Numbers,Title,Applicants,Inventors,URL,Type,CPC Classifications,Legal Status
						US,B2,US 8090141 B2,000-000-000-000-001,2012-01-03,US 11/343311 A,2006-01-31,,T,ACME INC,,https://lens.org/x,Granted Patent,,ACTIVE
						""");
		assertThat(this.ingest.ingest("lens-csv", List.of(lens), IngestListener.NONE).getRejections()).isEmpty();
		assertThat(Counts.single("""
				MATCH (p:Patent {number: 'US8090141'})
				RETURN toString(p.expiry) AS expiry, p.legalStatusSource AS stated, p.status AS status"""))
			.containsEntry("expiry", "2030-05-15")
			.containsEntry("stated", "lens")
			.containsEntry("status", "in_force");
	}

	@Test
	void maintenanceFeeEventsLapseAndReinstatePatents(@TempDir Path dir) throws IOException {
		TestNeo4j.clear();
		try (var session = TestNeo4j.driver().session()) {
			session.run("""
					CREATE (:Patent {number: 'US8000001', type: 'utility', expiry: date() + duration('P5Y'),
					                 status: 'in_force', inForce: true}),
					       (:Patent {number: 'US8000002', type: 'utility', expiry: date() + duration('P5Y'),
					                 status: 'in_force', inForce: true}),
					       (:Patent {number: 'US8000003', type: 'utility', expiry: date() + duration('P5Y'),
					                 status: 'in_force', inForce: true})
					""").consume();
		}
		Path file = dir.resolve("MaintFeeEvents_20261130.txt");
		Files.writeString(file, String.join("\n",
				// paid, then lapsed: lapsed
				"      8000001 11234567 N 20060131 20110816 20150203 M1551",
				"      8000001 11234567 N 20060131 20110816 20190304 EXP.",
				// lapsed, then reinstated: in force again
				"      8000002 11234568 Y 20060131 20110816 20190304 EXP.",
				"      8000002 11234568 Y 20060131 20110816 20190610 EXPX",
				// a patent the graph does not know is skipped
				"      9999999 11234569 N 20060131 20110816 20190304 EXP.", "this is not an event line", ""));
		IngestReport report = this.ingest.ingest("auto", List.of(file), IngestListener.NONE);
		assertThat(report.getRejections()).singleElement()
			.satisfies(r -> assertThat(r.toString()).contains("line 6", "not an event line"));
		assertThat(status("US8000001")).containsEntry("status", "lapsed")
			.containsEntry("inForce", false)
			.containsEntry("source", "uspto-maintenance-fee")
			.containsEntry("events", List.of("M1551", "EXP."));
		assertThat(status("US8000002")).containsEntry("status", "in_force")
			.containsEntry("inForce", true)
			.containsEntry("events", List.of("EXP.", "EXPX"));
		assertThat(status("US8000003")).containsEntry("status", "in_force").containsEntry("events", List.of());
		assertThat(Counts.of("MATCH (p:Patent {number: 'US9999999'}) RETURN count(p)")).isZero();
		long nodes = Counts.nodes();
		long relationships = Counts.relationships();
		this.ingest.ingest("auto", List.of(file), IngestListener.NONE);
		assertThat(Counts.nodes()).isEqualTo(nodes);
		assertThat(Counts.relationships()).isEqualTo(relationships);
	}

	private static Map<String, Object> status(String number) {
		return Counts.single("""
				MATCH (p:Patent {number: $number})
				RETURN p.status AS status, p.inForce AS inForce, p.statusSource AS source,
				       COLLECT { MATCH (p)-[:HAS_EVENT]->(e:LegalEvent) RETURN e.code ORDER BY e.on } AS events""",
				"number", number);
	}

}
