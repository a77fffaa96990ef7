package org.ipgraph.ingest.cpc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

/**
 * The writer on a slice of the real list: section H, class H04 and subclass H04N (2,767
 * lines). The whole list (260,263 lines) is measured by hand, see the package notes in
 * graph-model.
 */
@GraphTest
class CpcIngestTest {

	private static final String CHAIN = """
			MATCH path = (:Technology {symbol: $symbol})-[:PART_OF*]->(:Technology {symbol: 'H'})
			RETURN [t IN nodes(path) | t.symbol] AS symbols""";

	@Autowired
	IngestService ingest;

	@TempDir
	Path dir;

	@BeforeEach
	void clear() {
		TestNeo4j.clear();
	}

	@Test
	void buildsTheExactHierarchyOnceAndASecondRunCreatesNothing() throws IOException {
		Path slice = slice();
		IngestReport first = this.ingest.ingest("cpc", List.of(slice), IngestListener.NONE);
		assertThat(first.getRejections()).isEmpty();
		assertThat(Counts.of("MATCH (t:Technology) RETURN count(t)")).isEqualTo(2767);
		assertThat(Counts.of("MATCH ()-[r:PART_OF]->() RETURN count(r)")).isEqualTo(2766);
		assertThat(Counts.of("""
				MATCH (t:Technology) WHERE t.symbol <> 'H' AND count { (t)-[:PART_OF]->() } <> 1 RETURN count(t)"""))
			.isZero();
		assertThat(chain("H04N19/70")).containsExactly("H04N19/70", "H04N19/00", "H04N", "H04", "H");
		assertThat(chain("H04N19/105")).containsExactly("H04N19/105", "H04N19/103", "H04N19/102", "H04N19/10",
				"H04N19/00", "H04N", "H04", "H");
		assertThat(Counts.single("""
				MATCH (t:Technology {symbol: 'H04N19/70'})
				RETURN t.title AS title, t.level AS level, t.depth AS depth""")).containsEntry("level", "subgroup")
			.containsEntry("depth", 1L)
			.containsEntry("title", "characterised by syntax aspects related to video coding, e.g. related to "
					+ "compression standards");
		assertThat(Counts.single("MATCH (t:Technology {symbol: 'H04N'}) RETURN t.level AS level, t.depth AS depth"))
			.containsEntry("level", "subclass")
			.containsEntry("depth", null);
		IngestReport second = this.ingest.ingest("cpc", List.of(slice), IngestListener.NONE);
		assertThat(second.getNodesCreated()).isZero();
		assertThat(second.getRelationshipsCreated()).isZero();
		assertThat(Counts.of("MATCH ()-[r:PART_OF]->() RETURN count(r)")).isEqualTo(2766);
	}

	@Test
	void replacesTheParentAPatentImportDerivedFromTheSymbol() throws IOException {
		Path lens = Files.write(this.dir.resolve("lens.csv"), List.of(
				"Jurisdiction,Kind,Publication Number,Lens ID,Publication Date,Application Number,Application Date,"
						+ "Priority Numbers,Title,Applicants,Inventors,URL,Type,CPC Classifications",
				"US,B2,US 1 B2,x,2015-01-01,,,,Codec,ACME CORP,DOE JOHN,,Granted Patent,H04N19/105;;H04N19/70"));
		this.ingest.ingest("lens-csv", List.of(lens), IngestListener.NONE);
		assertThat(chain("H04N19/105")).containsExactly("H04N19/105", "H04N19/00", "H04N", "H04", "H");
		this.ingest.ingest("cpc", List.of(slice()), IngestListener.NONE);
		assertThat(chain("H04N19/105")).containsExactly("H04N19/105", "H04N19/103", "H04N19/102", "H04N19/10",
				"H04N19/00", "H04N", "H04", "H");
		IngestReport again = this.ingest.ingest("lens-csv", List.of(lens), IngestListener.NONE);
		assertThat(again.getRelationshipsCreated()).isZero();
		assertThat(Counts.of("MATCH (:Technology {symbol: 'H04N19/105'})-[r:PART_OF]->() RETURN count(r)"))
			.isEqualTo(1);
		assertThat(Counts.of("MATCH (:Patent {number: 'US1'})-[r:CLASSIFIED_AS]->() RETURN count(r)")).isEqualTo(2);
	}

	@Test
	void badLinesAreNamedAndTheRestIsStored() throws IOException {
		Path file = this.dir.resolve("cpc-bad.txt");
		Files.write(file, String
			.join("\r\n", "H\t\tELECTRICITY", "H04\t\tELECTRIC COMMUNICATION TECHNIQUE",
					"H04N\t\tPICTORIAL COMMUNICATION", "H04N19/00\t0\tMethods", "H04N19/10\tx\tusing adaptive coding",
					"H04N19/102\t2\torphan", "H04N19/70\t1", "H04N19/71\t1\tcaract\u00e8re", "H04N19/72\t1\tfine", "")
			.getBytes(StandardCharsets.ISO_8859_1));
		IngestReport report = this.ingest.ingest("cpc", List.of(file), IngestListener.NONE);
		assertThat(report.getRejections()).extracting(Rejection::record, Rejection::reason)
			.containsExactly(tuple("line 5", "unparseable dot level 'x'"),
					tuple("line 6", "no preceding entry at dot level 1 in main group H04N19 for H04N19/102"),
					tuple("line 7", "has 2 tab-separated fields, expected 3 (symbol, dot level, title)"),
					tuple("line 8", "invalid UTF-8 or a lost character (U+FFFD)"));
		assertThat(Counts.of("MATCH (t:Technology) RETURN count(t)")).isEqualTo(5);
		assertThat(chain("H04N19/72")).containsExactly("H04N19/72", "H04N19/00", "H04N", "H04", "H");
	}

	private Path slice() throws IOException {
		List<String> lines = Files.readAllLines(SharedData.path("cpc-title-list-202208/cpc-section-H_20220801.txt"));
		List<String> slice = new ArrayList<>(List.of(lines.get(0), lines.get(27193)));
		int start = lines.indexOf(lines.stream().filter(l -> l.startsWith("H04N\t")).findFirst().orElseThrow());
		for (int i = start; i < lines.size() && (i == start || !lines.get(i).startsWith("H04Q\t")); i++) {
			slice.add(lines.get(i));
		}
		return Files.write(this.dir.resolve("cpc-section-H04N.txt"), slice);
	}

	@SuppressWarnings("unchecked")
	private static List<Object> chain(String symbol) {
		return (List<Object>) Counts.single(CHAIN, "symbol", symbol).get("symbols");
	}

}
