package org.ipgraph.ingest.sep;

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
class SepIngestTest {

	@Autowired
	IngestService ingest;

	@TempDir
	Path dir;

	@BeforeEach
	void clear() {
		TestNeo4j.clear();
	}

	@Test
	void ingestsTheSampleOnceDespiteItsRepeatedRows() {
		Path folder = SharedData.path("iplytics-sep-sample");
		IngestReport first = this.ingest.ingest("sep-csv", List.of(folder), IngestListener.NONE);
		assertThat(first.getRejections()).isEmpty();
		assertThat(first.getRecordsStored()).isEqualTo(250 + 29 + 343);
		assertThat(Counts.of("MATCH (s:Standard) RETURN count(s)")).isEqualTo(20);
		assertThat(Counts.of("MATCH (p:Patent) RETURN count(p)")).isEqualTo(25);
		assertThat(Counts.of("MATCH (p:Patent) WHERE p.stub RETURN count(p)")).isZero();
		assertThat(Counts.of("MATCH ()-[r:DECLARED_ESSENTIAL_TO]->() RETURN count(r)")).isEqualTo(81);
		assertThat(Counts.of("MATCH ()-[r:DECLARED]->() RETURN count(r)")).isEqualTo(22);
		assertThat(Counts.of("MATCH (o:Organization) RETURN count(o)")).isEqualTo(7);
		long nodes = Counts.nodes();
		long relationships = Counts.relationships();
		IngestReport second = this.ingest.ingest("sep-csv", List.of(folder), IngestListener.NONE);
		assertThat(second.getNodesCreated()).isZero();
		assertThat(second.getRelationshipsCreated()).isZero();
		assertThat(Counts.nodes()).isEqualTo(nodes);
		assertThat(Counts.relationships()).isEqualTo(relationships);
	}

	@Test
	void oneDeclarationEdgePerPatentSpecificationAndDeclarantWithTheEarliestDate() {
		this.ingest.ingest("sep-csv", List.of(SharedData.path("iplytics-sep-sample")), IngestListener.NONE);
		Map<String, Object> edge = Counts.single("""
				MATCH (:Patent {number: 'US8199719'})-[r:DECLARED_ESSENTIAL_TO]->(:Standard {id: '3GPP TS 36.300'})
				RETURN count(r) AS edges, r.declarant AS declarant, toString(r.declaredOn) AS declaredOn,
				       r.versions AS versions, r.source AS source""");
		assertThat(edge).containsEntry("edges", 1L)
			.containsEntry("declarant", "apple")
			.containsEntry("declaredOn", "2016-11-28")
			.containsEntry("versions", List.of("8.12.0"))
			.containsEntry("source", "iplytics");
		Map<String, Object> standard = Counts.single("""
				MATCH (s:Standard {id: '3GPP TS 36.300'})
				RETURN size(s.versions) AS versions, s.version AS version, toString(s.publishedOn) AS publishedOn,
				       s.organization AS organization, s.title AS title""");
		assertThat(standard).containsEntry("versions", 81L)
			.containsEntry("version", "15.8.0")
			.containsEntry("publishedOn", "2020-01-17")
			.containsEntry("organization", "3GPP");
		assertThat((String) standard.get("title")).contains("Overall description");
		assertThat(Counts.of("""
				MATCH (:Organization {id: 'apple'})-[d:DECLARED]->(:Standard {id: '3GPP TS 36.300'})
				WHERE 'US8199719' IN d.patents RETURN count(d)""")).isEqualTo(1);
	}

	@Test
	void aDeclaredPatentNotInThePatentsFileIsAStubThatThePatentsFileCompletes() throws IOException {
		Path declarations = write("declarations.csv",
				"Declaring Company,Declaration Date,Standard Project,Standard Document ID,Technology Generation,Releases,"
						+ "Publication Nr.,Application Nr.",
				"Apple Inc.,2017-11-03,3GPP,TS 36.300 v8.12.0,4G,Release 8,US8199719B2,US2009400834A",
				"Apple Inc.,2017-11-03,3GPP,TS 36.300 v8.12.0,4G,Release 8,XX?,US2009400834A",
				"Apple Inc.,03.11.2017,3GPP,TS 36.300 v8.12.0,4G,Release 8,US8199719B2,US2009400834A");
		IngestReport report = this.ingest.ingest("sep-csv", List.of(declarations), IngestListener.NONE);
		assertThat(report.getRejections()).extracting(Rejection::record, Rejection::reason)
			.containsExactly(tuple("line 3", "unparseable publication number 'XX?'"),
					tuple("line 4", "unparseable date '03.11.2017' in column 'Declaration Date'"));
		assertThat(Counts.of("MATCH (p:Patent {number: 'US8199719', stub: true}) RETURN count(p)")).isEqualTo(1);
		this.ingest.ingest("sep-csv", List.of(SharedData.path("iplytics-sep-sample/patents.csv")), IngestListener.NONE);
		assertThat(Counts.of("MATCH (p:Patent {number: 'US8199719'}) WHERE p.stub IS NULL AND p.title IS NOT NULL "
				+ "RETURN count(p)"))
			.isEqualTo(1);
	}

	private Path write(String name, String... lines) throws IOException {
		return Files.write(this.dir.resolve(name), List.of(lines));
	}

}
