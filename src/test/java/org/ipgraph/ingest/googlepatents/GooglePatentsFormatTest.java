package org.ipgraph.ingest.googlepatents;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

import org.ipgraph.ingest.Party;
import org.ipgraph.ingest.PatentRecord;
import org.ipgraph.ingest.csv.CollectingSink;
import org.ipgraph.test.SharedData;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GooglePatentsFormatTest {

	private static final String EXPORT = "google-patents-wearables-2024/gp-search-20250612-003902.csv";

	private static final String ABSTRACTS = "google-patents-wearables-2024/wearable_devices_patents_2024_abstracts.csv";

	private final GooglePatentsFormat format = new GooglePatentsFormat();

	@Test
	void acceptsTheSearchExportAndTheAbstractsFile() throws IOException {
		assertThat(accepts(EXPORT)).isTrue();
		assertThat(accepts(ABSTRACTS)).isTrue();
		assertThat(accepts("lens-drones-patents/drones_fulltext_families_5884.csv")).isFalse();
	}

	@Test
	void readsEveryGrantOfTheExportAfterTheSearchLine() throws IOException {
		CollectingSink sink = read(EXPORT);
		assertThat(sink.rejections).isEmpty();
		assertThat(sink.all(PatentRecord.class)).hasSize(2171);
		PatentRecord careband = sink.at("line 4", PatentRecord.class);
		assertThat(careband.number().key()).isEqualTo("US12290339");
		assertThat(careband.number().kind()).isEqualTo("B2");
		assertThat(careband.title())
			.isEqualTo("Edge computing system with low power wide area network connectivity and "
					+ "autonomous or semi-autonomous machine learning");
		assertThat(careband.owners()).extracting(Party::rawName).containsExactly("CareBand Inc.");
		assertThat(careband.inventors()).hasSize(11).first().satisfies(p -> {
			assertThat(p.person().first()).isEqualTo("Adam G.");
			assertThat(p.person().last()).isEqualTo("Russek-Sobol");
		});
		assertThat(careband.priorityDate()).isEqualTo(LocalDate.of(2018, 1, 5));
		assertThat(careband.filingDate()).isEqualTo(LocalDate.of(2024, 9, 6));
		assertThat(careband.publicationDate()).isEqualTo(LocalDate.of(2025, 5, 6));
		assertThat(careband.grantDate()).isEqualTo(LocalDate.of(2025, 5, 6));
		assertThat(careband.type()).isEqualTo("utility");
		assertThat(careband.url()).isEqualTo("https://patents.google.com/patent/US12290339B2/en");
	}

	@Test
	void anAssigneeSpelledLikeAnInventorIsThatPerson() throws IOException {
		PatentRecord anvari = read(EXPORT).at("line 42", PatentRecord.class);
		assertThat(anvari.owners()).singleElement().satisfies(owner -> {
			assertThat(owner.isPerson()).isTrue();
			assertThat(owner.person().key()).isEqualTo("kiomars anvari");
		});
	}

	@Test
	void keepsGenerationalSuffixesWithTheirName() throws IOException {
		PatentRecord assurant = read(EXPORT).at("line 422", PatentRecord.class);
		assertThat(assurant.inventors()).extracting(p -> p.person().display())
			.containsExactly("Satish Moorthy", "Jay Stauffer JR.", "Brett Caltabiano", "Ronnie JEFFRIES III",
					"Vivek Kumar Jha", "Deepak Kumar DHIRASARIA");
		assertThat(assurant.inventors().get(1).person().key()).isEqualTo("jay stauffer jr");
	}

	@Test
	void readsReissuesAsReissues() throws IOException {
		PatentRecord reissue = read(EXPORT).at("line 238", PatentRecord.class);
		assertThat(reissue.number().key()).isEqualTo("USRE50186");
		assertThat(reissue.type()).isEqualTo("reissue");
	}

	@Test
	void readsAbstractsAsPartialPatentsWithoutPadding() throws IOException {
		CollectingSink sink = read(ABSTRACTS);
		assertThat(sink.rejections).isEmpty();
		assertThat(sink.all(PatentRecord.class)).hasSize(1582);
		PatentRecord crown = sink.at("line 12", PatentRecord.class);
		assertThat(crown.number().key()).isEqualTo("US12282302");
		assertThat(crown.abstractText()).startsWith("An electronic watch includes a housing")
			.endsWith("in contact with the imaging surface.")
			.doesNotContain("  ", "\n");
		assertThat(crown.title()).isNull();
		assertThat(crown.owners()).isEmpty();
		assertThat(crown.filingDate()).isNull();
	}

	private boolean accepts(String relative) throws IOException {
		Path file = SharedData.path(relative);
		return this.format.accepts(file, CollectingSink.head(file));
	}

	private CollectingSink read(String relative) throws IOException {
		return CollectingSink.read(this.format, SharedData.path(relative));
	}

}
