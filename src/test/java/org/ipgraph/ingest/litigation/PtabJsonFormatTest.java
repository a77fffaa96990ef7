package org.ipgraph.ingest.litigation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.ipgraph.ingest.csv.CollectingSink;
import org.ipgraph.test.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class PtabJsonFormatTest {

	final PtabJsonFormat format = new PtabJsonFormat();

	@TempDir
	Path dir;

	@Test
	void readsTheRealProceedingFixture() throws IOException {
		Path file = SharedData.path("uspto-api-response-fixtures/ptab_proceeding_IPR2022-00037.json");
		assertThat(this.format.accepts(file, CollectingSink.head(file))).isTrue();
		CollectingSink sink = CollectingSink.read(this.format, file);
		assertThat(sink.rejections).isEmpty();
		PtabProceeding p = sink.at("result 1", PtabProceeding.class);
		assertThat(p.number()).isEqualTo("IPR2022-00037");
		assertThat(p.caseType()).isEqualTo("ipr");
		assertThat(p.petitioner()).isEqualTo("Apple Inc.");
		assertThat(p.respondents()).containsExactly("LoganTree LP");
		assertThat(p.patent().key()).isEqualTo("US6059576");
		assertThat(p.filedOn()).isEqualTo(LocalDate.of(2021, 10, 15));
		assertThat(p.institutedOn()).isEqualTo(LocalDate.of(2022, 9, 1));
		assertThat(p.decidedOn()).isEqualTo(LocalDate.of(2023, 8, 30));
		assertThat(p.grantDate()).isEqualTo(LocalDate.of(2000, 5, 9));
		assertThat(p.statusCategory()).isEqualTo("Final Written Decision - Appealed");
		assertThat(p.closed()).isTrue();
		assertThat(p.documents()).isEmpty();
	}

	@Test
	void aDocumentListingGivesItsProceedingWithTheDocumentIds() throws IOException {
		Path file = SharedData.path("uspto-api-response-fixtures/ptab_documents_example.json");
		CollectingSink sink = CollectingSink.read(this.format, file);
		PtabProceeding p = sink.at("result 1", PtabProceeding.class);
		assertThat(p.number()).isEqualTo("IPR2022-00037");
		assertThat(p.documents()).containsExactly("170680401");
	}

	@Test
	void entriesOfOneProceedingMergeAndABadEntryIsRejectedAlone() throws IOException {
		Path file = this.dir.resolve("ptab.json");
		Files.writeString(file,
				"""
						{"results": [
						  {"proceedingNumber": "PGR2020-00010", "subproceedingTypeCategory": "PGR", "petitionerPartyName": "Globex Corp",
						   "respondentPartyName": "Acme Licensing LLC", "respondentPatentNumber": "10123456",
						   "proceedingFilingDate": "01-15-2020", "documentIdentifier": "1",
						   "additionalRespondentPartyDataBag": [{"additionalRespondentPartyName": "Acme IP Holdings LLC"}]},
						  {"proceedingNumber": "PGR2020-00010", "documentIdentifier": "2"},
						  {"proceedingNumber": "IPR2020-00099", "proceedingFilingDate": "2020-01-15"},
						  {"petitionerPartyName": "nobody"}
						], "recordTotalQuantity": 4}
						""");
		CollectingSink sink = CollectingSink.read(this.format, file);
		assertThat(sink.all(PtabProceeding.class)).singleElement().satisfies(p -> {
			assertThat(p.caseType()).isEqualTo("pgr");
			assertThat(p.respondents()).containsExactly("Acme Licensing LLC", "Acme IP Holdings LLC");
			assertThat(p.documents()).containsExactly("1", "2");
			assertThat(p.closed()).isFalse();
		});
		assertThat(sink.rejections).containsExactly(
				"result 3: unparseable date '2020-01-15' in proceedingFilingDate (expected MM-dd-yyyy)",
				"result 4: missing proceedingNumber");
	}

	@Test
	void brokenJsonIsReportedForTheFile() throws IOException {
		Path file = this.dir.resolve("broken.json");
		Files.writeString(file, "{\"results\": [{\"proceedingNumber\": \"IPR2020-1\"");
		CollectingSink sink = CollectingSink.read(this.format, file);
		assertThat(sink.rejections).singleElement().asString().startsWith("file: not well-formed JSON");
	}

}
