package org.ipgraph.ingest.sep;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.ipgraph.ingest.Party;
import org.ipgraph.ingest.PatentRecord;
import org.ipgraph.ingest.csv.CollectingSink;
import org.ipgraph.test.SharedData;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SepCsvFormatTest {

	private final SepCsvFormat format = new SepCsvFormat();

	@Test
	void acceptsTheThreeFilesAndNothingElse() throws IOException {
		for (String name : List.of("declarations.csv", "patents.csv", "standards.csv")) {
			assertThat(accepts("iplytics-sep-sample/" + name)).as(name).isTrue();
		}
		assertThat(accepts("iplytics-sep-sample/SOURCE.md")).isFalse();
		assertThat(accepts("sso-organizations/organization_categories.csv")).isFalse();
	}

	@Test
	void readsDeclarationsWithTheSpecificationNormalized() throws IOException {
		CollectingSink sink = read("iplytics-sep-sample/declarations.csv");
		assertThat(sink.rejections).isEmpty();
		assertThat(sink.all(DeclarationRecord.class)).hasSize(250);
		DeclarationRecord apple = sink.at("line 2", DeclarationRecord.class);
		assertThat(apple.patent().key()).isEqualTo("US8199719");
		assertThat(apple.declarant()).isEqualTo("Apple Inc.");
		assertThat(apple.declaredOn()).isEqualTo(LocalDate.of(2017, 11, 3));
		assertThat(apple.spec()).isEqualTo(new SpecificationId("3GPP TS 36.300", "8.12.0", "3GPP"));
		assertThat(apple.generation()).isEqualTo("4G");
		assertThat(apple.releases()).hasSize(9).startsWith("Release 8", "Release 13");
		assertThat(sink.at("line 8", DeclarationRecord.class).spec().id()).isEqualTo("3GPP TS 36.300");
		assertThat(sink.all(DeclarationRecord.class).stream().map(d -> d.spec().id()).distinct().sorted())
			.containsExactly("3GPP TR 36.814", "3GPP TS 23.272", "3GPP TS 23.401", "3GPP TS 36.213", "3GPP TS 36.300",
					"3GPP TS 36.323", "3GPP TS 36.331", "3GPP TS 38.101", "3GPP TS 38.211", "3GPP TS 38.212",
					"3GPP TS 38.213", "3GPP TS 38.214", "3GPP TS 38.215", "3GPP TS 38.300", "3GPP TS 38.321",
					"3GPP TS 38.331");
	}

	@Test
	void readsDeclaredPatentsWithFamilyInventorsAndCitations() throws IOException {
		CollectingSink sink = read("iplytics-sep-sample/patents.csv");
		assertThat(sink.rejections).isEmpty();
		assertThat(sink.all(PatentRecord.class)).hasSize(29);
		PatentRecord handover = sink.at("line 6", PatentRecord.class);
		assertThat(handover.number().key()).isEqualTo("US8199719");
		assertThat(handover.familyId()).isEqualTo("20090917US20090232097A1");
		assertThat(handover.owners()).extracting(Party::rawName).containsExactly("Apple Inc.");
		assertThat(handover.inventors()).extracting(p -> p.person().key()).containsExactly("mukesh taneja");
		assertThat(handover.grantDate()).isEqualTo(LocalDate.of(2012, 6, 12));
		assertThat(handover.type()).isEqualTo("utility");
		assertThat(handover.citations()).extracting(c -> c.cited().key()).containsExactly("WO2014067166");
		PatentRecord regressing = sink.at("line 3", PatentRecord.class);
		assertThat(regressing.title())
			.isEqualTo("METHOD, DEVICE AND SYSTEM FOR REGRESSING TO LONG TERM EVOLUTION (LTE) NETWORK");
		assertThat(regressing.type()).isEqualTo("application");
		assertThat(sink.at("line 15", PatentRecord.class).inventors()).extracting(p -> p.person().key())
			.containsExactly("sudhir kumar baghel", "venkateswara rao manepalli");
	}

	@Test
	void readsStandardsAsVersionsOfSpecifications() throws IOException {
		CollectingSink sink = read("iplytics-sep-sample/standards.csv");
		assertThat(sink.rejections).isEmpty();
		assertThat(sink.all(StandardRecord.class)).hasSize(343)
			.extracting(s -> s.spec().id())
			.containsOnlyOnce("3GPP TS 23.401")
			.filteredOn("3GPP TS 36.300"::equals)
			.hasSize(81);
		StandardRecord gprs = sink.at("line 2", StandardRecord.class);
		assertThat(gprs.spec()).isEqualTo(new SpecificationId("3GPP TS 23.401", "8.18.0", "3GPP"));
		assertThat(gprs.title()).isEqualTo("LTE; General Packet Radio Service (GPRS) enhancements for Evolved "
				+ "Universal Terrestrial Radio Access Network (E-UTRAN) access");
		assertThat(gprs.organization()).isEqualTo("3GPP");
		assertThat(gprs.publishedOn()).isEqualTo(LocalDate.of(2013, 4, 5));
		assertThat(gprs.url()).endsWith("ts_123401v081800p.pdf");
	}

	private boolean accepts(String relative) throws IOException {
		Path file = SharedData.path(relative);
		return this.format.accepts(file, CollectingSink.head(file));
	}

	private CollectingSink read(String relative) throws IOException {
		return CollectingSink.read(this.format, SharedData.path(relative));
	}

}
