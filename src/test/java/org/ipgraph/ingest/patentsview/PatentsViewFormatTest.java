package org.ipgraph.ingest.patentsview;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.ipgraph.graph.CpcSymbol;
import org.ipgraph.ingest.Party;
import org.ipgraph.ingest.PatentRecord;
import org.ipgraph.ingest.RecordingSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;
import static org.ipgraph.ingest.patentsview.Tables.G_ASSIGNEE;
import static org.ipgraph.ingest.patentsview.Tables.G_CITATION;
import static org.ipgraph.ingest.patentsview.Tables.G_CPC;
import static org.ipgraph.ingest.patentsview.Tables.G_INVENTOR;
import static org.ipgraph.ingest.patentsview.Tables.G_PATENT;

class PatentsViewFormatTest {

	private final PatentsViewFormat format = new PatentsViewFormat();

	@TempDir
	Path dir;

	@Test
	void readsPatentRowsWithQuotedFields() throws IOException {
		Tables.writeAll(this.dir);
		RecordingSink sink = read(this.dir.resolve("g_patent.tsv"));
		assertThat(sink.rejections).isEmpty();
		PatentRecord patent = sink.records.get("line 2");
		assertThat(patent.number().toString()).isEqualTo("US10000001-B2");
		assertThat(patent.title()).isEqualTo("Coherent ranging with \"quadrature\" pixels");
		assertThat(patent.abstractText()).isEqualTo("A ranging system,\twith a tab.");
		assertThat(patent.type()).isEqualTo("utility");
		assertThat(patent.grantDate()).isEqualTo(LocalDate.of(2018, 6, 19));
		assertThat(patent.owners()).isEmpty();
		PatentRecord design = sink.patent("US10000002");
		assertThat(design.abstractText()).isNull();
		assertThat(design.type()).isEqualTo("design");
	}

	@Test
	void aWithdrawnPatentIsStatedWithdrawn() throws IOException {
		Tables.write(this.dir, "g_patent.tsv", G_PATENT, "10000003|utility|2018-06-19|Withdrawn||B1|3|1|ipg180619.xml",
				"10000001|utility|2018-06-19|Kept||B2|20|0|ipg180619.xml");
		RecordingSink sink = read(this.dir.resolve("g_patent.tsv"));
		assertThat(sink.patent("US10000003").legalStatus())
			.isEqualTo(new PatentRecord.StatedStatus("withdrawn", "patentsview", "withdrawn=1"));
		assertThat(sink.patent("US10000001").legalStatus()).isNull();
	}

	@Test
	void joinsAPatentsAssigneeRowsInSequenceOrder() throws IOException {
		Tables.writeAll(this.dir);
		RecordingSink sink = read(this.dir.resolve("g_assignee_disambiguated.tsv"));
		assertThat(sink.records).containsOnlyKeys("lines 2-3", "line 4");
		assertThat(sink.records.get("lines 2-3").owners()).extracting(Party::rawName, Party::isPerson)
			.containsExactly(tuple("RAYTHEON COMPANY", false), tuple("Raytheon Co.", false));
		assertThat(sink.records.get("line 4").owners()).singleElement()
			.satisfies(owner -> assertThat(owner.person().key()).isEqualTo("ann lee"))
			.satisfies(owner -> assertThat(owner.externalId()).isNull());
	}

	@Test
	void inventorsCarryThePatentsViewInventorId() throws IOException {
		Tables.writeAll(this.dir);
		RecordingSink sink = read(this.dir.resolve("g_inventor_disambiguated.tsv"));
		assertThat(sink.patent("US10000001").inventors()).extracting(Party::rawName, Party::externalId)
			.containsExactly(tuple("Jason Crouch", "fl:ja_ln:crouch-1"), tuple("Robert Smith", "fl:ro_ln:smith-3"));
	}

	@Test
	void putsTheCpcWithSequenceZeroFirst() throws IOException {
		Tables.writeAll(this.dir);
		RecordingSink sink = read(this.dir.resolve("g_cpc_current.tsv"));
		assertThat(sink.patent("US10000001").cpc()).extracting(CpcSymbol::symbol)
			.containsExactly("G01S17/32", "G01S7/4917");
	}

	@Test
	void readsCitationsWithTheirCategory() throws IOException {
		Tables.writeAll(this.dir);
		RecordingSink sink = read(this.dir.resolve("g_us_patent_citation.tsv"));
		assertThat(sink.patent("US10000001").citations())
			.extracting(c -> c.cited().toString(), PatentRecord.Citation::category)
			.containsExactly(tuple("US10000002-S1", "cited by examiner"), tuple("USD612345-S", "cited by applicant"));
	}

	@Test
	void readsZippedTablesAsDownloaded() throws IOException {
		Path zip = Tables.zip(this.dir, "g_inventor_disambiguated.tsv.zip", "g_inventor_disambiguated.tsv", G_INVENTOR,
				"7654321|0|fl:a_ln:b-1|Al|Bee||");
		RecordingSink sink = read(zip);
		assertThat(sink.rejections).isEmpty();
		assertThat(sink.patent("US7654321").inventors()).extracting(Party::externalId).containsExactly("fl:a_ln:b-1");
	}

	@Test
	void rejectsAFileThatLacksRequiredColumnsNamingExpectedAndFound() throws IOException {
		Path file = Tables.write(this.dir, "g_patent.tsv", "patent_id|patent_date|patent_title",
				"10000001|2018-06-19|A title");
		RecordingSink sink = read(file);
		assertThat(sink.records).isEmpty();
		assertThat(sink.rejections).containsOnlyKeys("file");
		assertThat(sink.rejections.get("file")).isEqualTo("g_patent lacks required columns [patent_type,"
				+ " patent_abstract, wipo_kind]; expected the published columns [patent_id, patent_type, patent_date,"
				+ " patent_title, patent_abstract, wipo_kind, num_claims, withdrawn, filename], found [patent_id,"
				+ " patent_date, patent_title]");
	}

	@Test
	void rejectsATableItDoesNotKnow() throws IOException {
		Path file = Tables.write(this.dir, "g_location_disambiguated.tsv",
				"location_id|disambig_city|disambig_state|disambig_country|latitude|longitude|county|state_fips|county_fips",
				"loc1|Austin|TX|US|30.2|-97.7|Travis|48|453");
		RecordingSink sink = read(file);
		assertThat(sink.records).isEmpty();
		assertThat(sink.rejections.get("file"))
			.startsWith("not a PatentsView table this reader knows: found the columns [location_id, disambig_city,")
			.contains("expected one of g_patent [patent_id, patent_type,");
	}

	@Test
	void reportsAnUnknownColumnOnceAndStoresTheRows() throws IOException {
		Path file = Tables.write(this.dir, "g_cpc_current.tsv", G_CPC + "|cpc_note",
				"7654321|0|H|H04|H04N|H04N19/70|inventional|first");
		RecordingSink sink = read(file);
		assertThat(sink.rejections).containsOnly(entry("line 1",
				"column [cpc_note] not published for g_cpc_current;"
						+ " values ignored, rows stored (published: [patent_id, cpc_sequence, cpc_section, cpc_class,"
						+ " cpc_subclass, cpc_group, cpc_type])"));
		assertThat(sink.patent("US7654321").cpc()).extracting(CpcSymbol::symbol).containsExactly("H04N19/70");
	}

	@Test
	void rejectsBadRowsByLineAndKeepsTheOthers() throws IOException {
		Path file = Tables.write(this.dir, "g_patent.tsv", G_PATENT, "7000001|utility|2006-02-21|Good one||B1|3|0|x",
				"7000002|utility|2006-02-21|Too few fields", "not-a-number|utility|2006-02-21|Bad id||B1|3|0|x",
				"7000003|utility|2006-02-30|Bad date||B1|3|0|x", "7000004|utility|2006-02-21|Good two||B2|3|0|x");
		RecordingSink sink = read(file);
		assertThat(sink.records.values()).extracting(r -> r.number().key()).containsExactly("US7000001", "US7000004");
		assertThat(sink.rejections).containsExactly(
				entry("line 3",
						"expected 9 tab-separated fields as in the header, found 4 (a stray tab, or a quote that is"
								+ " not closed?)"),
				entry("line 4", "patent_id 'not-a-number' is not a patent number"),
				entry("line 5", "patent_date '2006-02-30' is not a date (YYYY-MM-DD)"));
	}

	@Test
	void rejectsRowsWithBytesThatAreNotUtf8() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes(Tables.tsv(G_INVENTOR, "7000001|0|i-1|Jos|Muller||").getBytes(StandardCharsets.UTF_8));
		bytes.writeBytes("7000002\t0\ti-2\tJos\tM".getBytes(StandardCharsets.UTF_8));
		bytes.write(0xFC); // "ü" in Latin-1
		bytes.writeBytes("ller\t\t\n7000003\t0\ti-3\tAnn\tLee\t\t\n".getBytes(StandardCharsets.UTF_8));
		Path file = Files.write(this.dir.resolve("g_inventor_disambiguated.tsv"), bytes.toByteArray());
		RecordingSink sink = read(file);
		assertThat(sink.records.values()).extracting(r -> r.number().key()).containsExactly("US7000001", "US7000003");
		assertThat(sink.rejections).containsOnlyKeys("line 3");
		assertThat(sink.rejections.get("line 3")).startsWith("invalid UTF-8 bytes in field 5;");
	}

	@Test
	void rejectsTheRowWhoseUnclosedQuoteSwallowsTheRest() throws IOException {
		Path file = Tables.write(this.dir, "g_patent.tsv", G_PATENT, "7000001|utility|2006-02-21|Good||B1|3|0|x",
				"7000002|utility|2006-02-21|\"Unclosed||B1|3|0|x", "7000003|utility|2006-02-21|Lost||B1|3|0|x");
		RecordingSink sink = read(file);
		assertThat(sink.records.values()).extracting(r -> r.number().key()).containsExactly("US7000001");
		assertThat(sink.rejections).containsOnlyKeys("line 3");
		assertThat(sink.rejections.get("line 3"))
			.startsWith("expected 9 tab-separated fields as in the header, found 4");
	}

	@Test
	void rejectsAnEmptyFile() throws IOException {
		RecordingSink sink = read(Files.writeString(this.dir.resolve("g_patent.tsv"), ""));
		assertThat(sink.rejections).containsExactly(entry("file", "empty: no header line"));
	}

	@Test
	void recognisesTablesByNameHeaderOrZipEntry() throws IOException {
		Tables.writeAll(this.dir);
		assertThat(accepts(this.dir.resolve("g_patent.tsv"))).isTrue();
		Path renamed = Files.copy(this.dir.resolve("g_cpc_current.tsv"), this.dir.resolve("cpc-2024.tsv"));
		assertThat(accepts(renamed)).isTrue();
		Path zipped = Tables.zip(this.dir, "download.zip", "g_us_patent_citation.tsv", G_CITATION);
		assertThat(accepts(zipped)).isTrue();
		Path other = Tables.write(this.dir, "lens.csv", "Lens ID,Title,Jurisdiction");
		assertThat(accepts(other)).isFalse();
		Path otherZip = Tables.zip(this.dir, "other.zip", "g_location_disambiguated.tsv", "location_id");
		assertThat(accepts(otherZip)).isFalse();
		assertThat(accepts(Tables.write(this.dir, "g_assignee.tsv", G_ASSIGNEE))).isTrue();
	}

	@Test
	void aZipWithoutATableIsRejected() throws IOException {
		Path zip = Tables.zip(this.dir, "g_patent.tsv.zip", "README.txt", "nothing here");
		assertThat(read(zip).rejections).containsExactly(entry("file", "the zip holds no .tsv table"));
	}

	@Test
	void anOversizedRecordIsRejectedWithItsLineAndTheFileReadOn() throws IOException {
		// an unterminated quoted field far over the field limit swallows the rest of the
		// file: that record is rejected with its line and the limit, the one before it is
		// kept
		String huge = "x".repeat(17 * 1024 * 1024);
		Path file = Files.writeString(this.dir.resolve("g_patent.tsv"),
				Tables.tsv(G_PATENT, "7000001|utility|2006-02-21|Good||B1|3|0|x") + "7000002\tutility\t\"" + huge);
		RecordingSink sink = read(file);
		assertThat(sink.records.values()).extracting(r -> r.number().key()).containsExactly("US7000001");
		assertThat(sink.rejections).containsOnlyKeys("line 3");
		assertThat(sink.rejections.get("line 3")).contains("ipgraph.ingest.max-field-bytes");
	}

	private boolean accepts(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return this.format.accepts(file, in.readNBytes(8192));
		}
	}

	private RecordingSink read(Path file) throws IOException {
		RecordingSink sink = new RecordingSink();
		try (InputStream in = Files.newInputStream(file)) {
			this.format.read(file, in, sink);
		}
		return sink;
	}

}
