package org.ipgraph.ingest.lens;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

import org.ipgraph.graph.CpcSymbol;
import org.ipgraph.ingest.Party;
import org.ipgraph.ingest.PatentRecord;
import org.ipgraph.ingest.csv.CollectingSink;
import org.ipgraph.test.SharedData;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LensCsvFormatTest {

	private final LensCsvFormat format = new LensCsvFormat();

	@Test
	void acceptsBothExportsButNotTheCountTable() throws IOException {
		assertThat(accepts("lens-drones-patents/drones_fulltext_families_5884.csv")).isTrue();
		assertThat(accepts("lens-drones-patents/drones_tac_1606_cleaned.csv")).isTrue();
		assertThat(accepts("lens-drones-patents/drones_organisations_count_fulltext.csv")).isFalse();
		assertThat(accepts("lens-drones-patents/SOURCE.md")).isFalse();
	}

	@Test
	void readsEveryFullTextFamily() throws IOException {
		CollectingSink sink = read("lens-drones-patents/drones_fulltext_families_5884.csv");
		assertThat(sink.rejections).isEmpty();
		assertThat(sink.all(PatentRecord.class)).hasSize(5884);
	}

	@Test
	void parsesAFullTextRecordAsWritten() throws IOException {
		PatentRecord parrot = read("lens-drones-patents/drones_fulltext_families_5884.csv").at("line 3",
				PatentRecord.class);
		assertThat(parrot.number().key()).isEqualTo("AT556755");
		assertThat(parrot.number().kind()).isEqualTo("T");
		assertThat(parrot.publicationDate()).isEqualTo(LocalDate.of(2012, 5, 15));
		assertThat(parrot.filingDate()).isEqualTo(LocalDate.of(2011, 2, 3));
		assertThat(parrot.applicationNumber()).isEqualTo("AT 11153172 T");
		assertThat(parrot.priorityDate()).isEqualTo(LocalDate.of(2010, 3, 11));
		assertThat(parrot.title()).startsWith("Verfahren Und Gerät Zur Fernbedienung Einer Drohne");
		assertThat(parrot.type()).isNull();
		assertThat(parrot.owners()).extracting(Party::rawName, Party::isPerson)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("PARROT", false));
		assertThat(parrot.inventors()).extracting(p -> p.person().first() + "|" + p.person().last())
			.containsExactly("HENRI|SEYDOUX", "HAEYER FREDERIC|D");
		assertThat(parrot.cpc()).hasSize(8).first().isEqualTo(new CpcSymbol("A63H30/04", "subgroup"));
		assertThat(parrot.url()).isEqualTo("https://lens.org/005-506-993-736-485");
	}

	@Test
	void takesAnApplicantWithoutOrganizationWordsAsAPerson() throws IOException {
		PatentRecord beehive = read("lens-drones-patents/drones_fulltext_families_5884.csv").at("line 2",
				PatentRecord.class);
		assertThat(beehive.owners()).singleElement().satisfies(owner -> {
			assertThat(owner.isPerson()).isTrue();
			assertThat(owner.person().key()).isEqualTo("franz markowetz");
		});
		assertThat(beehive.grantDate()).isNull();
	}

	@Test
	void keepsNumbersTheCommonParserDoesNotKnow() throws IOException {
		CollectingSink sink = read("lens-drones-patents/drones_fulltext_families_5884.csv");
		assertThat(sink.at("line 725", PatentRecord.class).number().key()).isEqualTo("JPS5289913");
		PatentRecord amended = sink.at("line 569", PatentRecord.class);
		assertThat(amended.number().key()).isEqualTo("EP259054");
		assertThat(amended.number().kind()).isEqualTo("B9");
		assertThat(amended.type()).isEqualTo("amended_patent");
	}

	@Test
	void readsTheCleanedVariantWithItsOwnOrganizationList() throws IOException {
		CollectingSink sink = read("lens-drones-patents/drones_tac_1606_cleaned.csv");
		assertThat(sink.rejections).isEmpty();
		assertThat(sink.all(PatentRecord.class)).hasSize(1606);
		PatentRecord seismic = sink.at("line 3", PatentRecord.class);
		assertThat(seismic.number().key()).isEqualTo("AR75121");
		assertThat(seismic.publicationDate()).isEqualTo(LocalDate.of(2011, 3, 9));
		assertThat(seismic.owners()).singleElement().satisfies(owner -> assertThat(owner.isPerson()).isTrue());
		PatentRecord helicopter = sink.at("line 4", PatentRecord.class);
		assertThat(helicopter.number().key()).isEqualTo("ATA12022004");
		assertThat(helicopter.owners()).extracting(Party::rawName).containsExactly("SCHIEBEL GES M B H");
		assertThat(helicopter.owners().get(0).isPerson()).isFalse();
		assertThat(helicopter.inventors()).singleElement()
			.satisfies(p -> assertThat(p.person().key()).isEqualTo("hans georg schiebel"));
		assertThat(helicopter.cpc()).hasSize(7);
	}

	private boolean accepts(String relative) throws IOException {
		Path file = SharedData.path(relative);
		return this.format.accepts(file, CollectingSink.head(file));
	}

	private CollectingSink read(String relative) throws IOException {
		return CollectingSink.read(this.format, SharedData.path(relative));
	}

}
