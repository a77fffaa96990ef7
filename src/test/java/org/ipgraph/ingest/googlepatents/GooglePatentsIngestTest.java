package org.ipgraph.ingest.googlepatents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.ipgraph.ingest.IngestListener;
import org.ipgraph.ingest.IngestReport;
import org.ipgraph.ingest.IngestService;
import org.ipgraph.ingest.Rejection;
import org.ipgraph.ingest.csv.Counts;
import org.ipgraph.test.GraphTest;
import org.ipgraph.test.SharedData;
import org.ipgraph.test.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@GraphTest
class GooglePatentsIngestTest {

	private static final String SEARCH_LINE = "search URL:,https://patents.google.com/?q=wearable";

	private static final String HEADER = "id,title,assignee,inventor/author,priority date,filing/creation date,"
			+ "publication date,grant date,result link,representative figure link";

	@Autowired
	IngestService ingest;

	@TempDir
	Path dir;

	@BeforeEach
	void clear() {
		TestNeo4j.clear();
	}

	@Test
	void ingestsTheExportAndItsAbstractsOnceAndASecondRunCreatesNothing() {
		Path folder = SharedData.path("google-patents-wearables-2024");
		IngestReport first = this.ingest.ingest("google-patents-csv", List.of(folder), IngestListener.NONE);
		assertThat(first.getRejections()).isEmpty();
		assertThat(first.getRecordsStored()).isEqualTo(2171 + 1582);
		assertThat(Counts.of("MATCH (p:Patent) RETURN count(p)")).isEqualTo(2171);
		assertThat(Counts.of("MATCH (p:Patent) WHERE p.abstract IS NOT NULL AND p.title IS NOT NULL RETURN count(p)"))
			.isEqualTo(1582);
		// 69 "Interdigital Patent Holdings, Inc." and one "Interdigital Patent Holdings
		// Inc."
		assertThat(Counts.of("""
				MATCH (o:Organization {id: 'interdigital patent hldg'})-[:OWNS]->(p:Patent) RETURN count(p)"""))
			.isEqualTo(70);
		assertThat(Counts.of("MATCH (x:Person {nameKey: 'kiomars anvari'})-[:OWNS]->(p:Patent) RETURN count(p)"))
			.isEqualTo(2);
		long nodes = Counts.nodes();
		long relationships = Counts.relationships();
		IngestReport second = this.ingest.ingest("google-patents-csv", List.of(folder), IngestListener.NONE);
		assertThat(second.getNodesCreated()).isZero();
		assertThat(second.getRelationshipsCreated()).isZero();
		assertThat(Counts.nodes()).isEqualTo(nodes);
		assertThat(Counts.relationships()).isEqualTo(relationships);
	}

	@Test
	void anAbstractsFileCompletesPatentsInEitherOrderAndBlanksNothing() throws IOException {
		Path abstracts = write("abstracts.csv", "patent_number,title,abstract,date_filed,date_granted",
				"US12282302B2,\"Crown \n  \",\"\n   An electronic watch.\n  \",,");
		Path export = write("export.csv", SEARCH_LINE, HEADER,
				"US-12282302-B2,Crown for an electronic watch ,Apple Inc.,Michael J. Beyhs,2018-08-02,2024-01-12,"
						+ "2025-04-22,2025-04-22,https://patents.google.com/patent/US12282302B2/en,");
		this.ingest.ingest("google-patents-csv", List.of(abstracts), IngestListener.NONE);
		this.ingest.ingest("google-patents-csv", List.of(export), IngestListener.NONE);
		this.ingest.ingest("google-patents-csv", List.of(abstracts), IngestListener.NONE);
		Map<String, Object> crown = Counts.single("MATCH (p:Patent {number: 'US12282302'}) RETURN p.title AS title, "
				+ "p.abstract AS abstract, toString(p.grantDate) AS granted, p.stub AS stub");
		assertThat(crown).containsEntry("title", "Crown for an electronic watch")
			.containsEntry("abstract", "An electronic watch.")
			.containsEntry("granted", "2025-04-22")
			.containsEntry("stub", null);
	}

	@Test
	void badRecordsAreNamedAndTheRestIsStored() throws IOException {
		Path export = write("export.csv", SEARCH_LINE, HEADER,
				"US-1-B2,One,Apple Inc.,Ann Lee,2018-08-02,2024-01-12,2025-04-22,2025-04-22,,",
				"nonsense,Two,Apple Inc.,Ann Lee,2018-08-02,2024-01-12,2025-04-22,2025-04-22,,",
				"US-3-B2,Three,Apple Inc.,Ann Lee,2018-08-02,2024-01-12,22/04/2025,2025-04-22,,",
				"US-4-B2,Four,Apple Inc.,Ann Lee,2018-08-02",
				"US-5-B2,Five,Apple Inc.,Ann Lee,2018-08-02,2024-01-12,2025-04-22,2025-04-22,,");
		IngestReport report = this.ingest.ingest("google-patents-csv", List.of(export), IngestListener.NONE);
		assertThat(report.getRejections()).extracting(Rejection::record, Rejection::reason)
			.containsExactly(tuple("line 4", "unparseable patent number 'nonsense'"),
					tuple("line 5", "unparseable date '22/04/2025' in column 'publication date'"),
					tuple("line 6", "has 5 fields where the header has 10"));
		assertThat(Counts.of("MATCH (p:Patent) RETURN count(p)")).isEqualTo(2);
	}

	private Path write(String name, String... lines) throws IOException {
		return Files.write(this.dir.resolve(name), List.of(lines));
	}

}
