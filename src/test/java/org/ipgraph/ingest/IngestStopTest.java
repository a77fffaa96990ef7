package org.ipgraph.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.ipgraph.ingest.csv.Counts;
import org.ipgraph.ingest.lens.LensExport;
import org.ipgraph.test.GraphTest;
import org.ipgraph.test.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stop request (SIGTERM, Ctrl-C) ends an ingest after the batch in flight: that batch
 * is stored whole, nothing more is read, the report says so, and running the same ingest
 * again completes it without duplicates.
 */
@GraphTest
@TestPropertySource(properties = "ipgraph.ingest.batch-size=100")
class IngestStopTest {

	@Autowired
	IngestService ingest;

	@TempDir
	Path dir;

	@BeforeEach
	void clear() {
		TestNeo4j.clear();
	}

	@Test
	void aStopEndsTheIngestAfterTheBatchInFlightAndARerunCompletesIt() throws IOException {
		Path first = lens("a.csv", 0, 350);
		Path second = lens("b.csv", 350, 50);
		IngestListener stopAfterFirstBatch = new IngestListener() {
			@Override
			public void file(Path file, String format) {
				IngestStopTest.this.ingest.requestStop();
			}
		};
		IngestReport stopped = this.ingest.ingest("lens-csv", List.of(first, second), stopAfterFirstBatch);
		assertThat(stopped.getRecordsStored()).isEqualTo(100);
		assertThat(stopped.getNotes()).singleElement().asString().contains("stopped on request in " + first);
		assertThat(patents()).isEqualTo(100);

		IngestReport rerun = this.ingest.ingest("lens-csv", List.of(first, second), IngestListener.NONE);
		assertThat(rerun.getNotes()).isEmpty();
		assertThat(patents()).isEqualTo(400);
		long nodes = Counts.of("MATCH (n) RETURN count(n)");
		this.ingest.ingest("lens-csv", List.of(first, second), IngestListener.NONE);
		assertThat(Counts.of("MATCH (n) RETURN count(n)")).isEqualTo(nodes);
	}

	private long patents() {
		return Counts.of("MATCH (p:Patent) RETURN count(p)");
	}

	private Path lens(String name, int from, int count) throws IOException {
		StringBuilder csv = new StringBuilder(LensExport.HEADER).append('\n');
		for (int i = from; i < from + count; i++) {
			csv.append(LensExport.grantedUs(i + 1, 38_000_000 + i, LocalDate.of(2019, 5, 7), "Patent " + i,
					"ACME CORP " + (i % 7), "DOE JOHN", "G06F16/00"))
				.append('\n');
		}
		Path file = this.dir.resolve(name);
		Files.writeString(file, csv, StandardCharsets.UTF_8);
		return file;
	}

}
