package org.ipgraph.ingest.lens;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
class LensIngestTest {

	private static final String HEADER = LensExport.HEADER;

	@Autowired
	IngestService ingest;

	@TempDir
	Path dir;

	@BeforeEach
	void clear() {
		TestNeo4j.clear();
	}

	@Test
	void ingestsTheLensFolderOnceAndASecondRunCreatesNothing() {
		Path folder = SharedData.path("lens-drones-patents");
		IngestReport first = this.ingest.ingest("lens-csv", List.of(folder), IngestListener.NONE);
		assertThat(first.getRejections()).isEmpty();
		assertThat(first.getFiles()).hasSize(2);
		assertThat(first.getNotes()).anyMatch(n -> n.contains("drones_organisations_count_fulltext.csv"));
		// 5,884 + 1,606 publications; 1,352 keys are in both files (the same publication,
		// or
		// another kind of the same number: EP 2889212 A1 and B1 are one patent)
		assertThat(Counts.of("MATCH (p:Patent) RETURN count(p)")).isEqualTo(6138);
		assertThat(Counts
			.of("""
					MATCH (o:Organization {id: 'cassidian'})
					WHERE all(a IN ['CASSIDIAN', 'CASSIDIAN LTD', 'CASSIDIAN SAS'] WHERE a IN o.aliases) RETURN count(o)"""))
			.isEqualTo(1);
		assertThat(Counts.of("MATCH (o:Organization) WHERE o.id IN ['siemens', 'raytheon', 'parrot'] "
				+ "AND size(o.aliases) >= 2 RETURN count(o)"))
			.isEqualTo(3);
		assertThat(Counts.of("""
				MATCH (x:Person {nameKey: 'franz markowetz'})-[:OWNS]->(:Patent {number: 'AT399980'})
				RETURN count(x)""")).isEqualTo(1);
		assertThat(first.getOrganizationNames().get("rawNames"))
			.isGreaterThan(first.getOrganizationNames().get("organizations"));
		long nodes = Counts.nodes();
		long relationships = Counts.relationships();
		IngestReport second = this.ingest.ingest("lens-csv", List.of(folder), IngestListener.NONE);
		assertThat(second.getNodesCreated()).isZero();
		assertThat(second.getRelationshipsCreated()).isZero();
		assertThat(Counts.nodes()).isEqualTo(nodes);
		assertThat(Counts.relationships()).isEqualTo(relationships);
	}

	@Test
	void collapsesApplicantSpellingsAndKeepsThem() throws IOException {
		Path file = write("spellings.csv", HEADER,
				"1,FR,A1,FR 1 A1,x,2015-01-01,2015,,,,Drone A,PARROT SA,SEYDOUX HENRI,,Patent Application,no,0,1,1,0,,,,,,",
				"2,FR,A1,FR 2 A1,x,2015-01-02,2015,,,,Drone B,PARROT,SEYDOUX HENRI,,Patent Application,no,0,1,1,0,,,,,,",
				"3,US,B2,US 3 B2,x,2015-01-03,2015,,,,Drone C,\"Parrot, S.A.\",SEYDOUX HENRI,,Granted Patent,no,0,1,1,0,,,,,,");
		IngestReport report = this.ingest.ingest("lens-csv", List.of(file), IngestListener.NONE);
		assertThat(report.getOrganizationNames()).containsEntry("rawNames", 3).containsEntry("organizations", 1);
		assertThat(Counts.of("MATCH (o:Organization {id: 'parrot'})-[:OWNS]->(p:Patent) RETURN count(p)")).isEqualTo(3);
		assertThat(Counts.of("""
				MATCH (o:Organization {id: 'parrot'})
				WHERE all(a IN ['PARROT SA', 'PARROT', 'Parrot, S.A.'] WHERE a IN o.aliases) RETURN count(o)"""))
			.isEqualTo(1);
		assertThat(Counts.of("MATCH (x:Person {nameKey: 'henri seydoux'})-[:INVENTED]->(p) RETURN count(DISTINCT x)"))
			.isEqualTo(1);
	}

	@Test
	void badRecordsAreNamedAndTheRestIsStored() throws IOException {
		Path file = write("bad.csv", HEADER,
				"1,FR,A1,FR 1 A1,x,2015-01-01,2015,,,,Good,PARROT SA,SEYDOUX HENRI,,Patent Application,no,0,1,1,0,,,,,,",
				"2,FR,A1,FR 2 A1,x,2015-13-01,2015,,,,Bad date,PARROT,SEYDOUX HENRI,,Patent Application,no,0,1,1,0,,,,,,",
				"3,FR,A1,FR 3 A1,x,2015-01-01,2015,,,,Short row,PARROT",
				"4,FR,A1,not a number,x,2015-01-01,2015,,,,Bad number,PARROT,,,Patent Application,no,0,1,1,0,,,,,,",
				"5,FR,A1,FR 5 A1,x,2015-01-05,2015,,,,Good too,PARROT,,,Patent Application,no,0,1,1,0,,,,,,",
				"6,FR,A1,FR 6 A1,x,2015-01-06,2015,,,,\"Truncated");
		IngestReport report = this.ingest.ingest("lens-csv", List.of(file), IngestListener.NONE);
		assertThat(report.getRejections()).allSatisfy(r -> assertThat(r.file()).isEqualTo(file.toString()))
			.extracting(Rejection::record, Rejection::reason)
			.containsExactly(tuple("line 3", "unparseable date '2015-13-01' in column 'Publication Date'"),
					tuple("line 4", "has 12 fields where the header has 26"),
					tuple("line 5", "unparseable publication number 'not a number'"),
					tuple("line 7", "has 11 fields where the header has 26 "
							+ "(a quoted field runs over several lines: a quote may be missing)"));
		assertThat(Counts.of("MATCH (p:Patent) WHERE p.number IN ['FR1', 'FR5'] RETURN count(p)")).isEqualTo(2);
		assertThat(Counts.of("MATCH (p:Patent) RETURN count(p)")).isEqualTo(2);
		assertThat(report.exitCode()).isEqualTo(1);
	}

	@Test
	void invalidEncodingAndAnUnknownHeaderAreNamed() throws IOException {
		Path latin1 = this.dir.resolve("latin1.csv");
		Files.write(latin1,
				String.join("\n", HEADER,
						"1,DE,A1,DE 1 A1,x,2015-01-01,2015,,,,Ger\u00e4t,PARROT,,,Patent Application,no,0,1,1,0,,,,,,",
						"2,FR,A1,FR 2 A1,x,2015-01-01,2015,,,,Drone,PARROT,,,Patent Application,no,0,1,1,0,,,,,,")
					.getBytes(StandardCharsets.ISO_8859_1));
		Path unknown = write("unknown.csv", "Number,Owner", "US1,Apple");
		IngestReport report = this.ingest.ingest("lens-csv", List.of(latin1, unknown), IngestListener.NONE);
		assertThat(report.getRejections()).extracting(Rejection::file, Rejection::record, Rejection::reason)
			.containsExactly(
					tuple(latin1.toString(), "line 2", "invalid UTF-8 or a lost character (U+FFFD) in column 'Title'"),
					tuple(unknown.toString(), "file",
							"header lacks column(s) " + LensFullTextRows.COLUMNS + "; found columns [Number, Owner]"));
		assertThat(Counts.of("MATCH (p:Patent) RETURN count(p)")).isEqualTo(1);
	}

	private Path write(String name, String... lines) throws IOException {
		return Files.write(this.dir.resolve(name), List.of(lines));
	}

}
