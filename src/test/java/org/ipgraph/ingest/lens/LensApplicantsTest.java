package org.ipgraph.ingest.lens;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.ipgraph.ingest.csv.CollectingSink;
import org.ipgraph.ingest.csv.CsvTable;
import org.ipgraph.test.SharedData;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LensApplicantsTest {

	@Test
	void anApplicantSpelledLikeAnInventorIsThatPerson() {
		assertThat(LensApplicants.isPerson("MONOV", List.of("MONOV"))).isTrue();
	}

	@Test
	void twoOrThreeWordsWithoutOrganizationWordsAreAPerson() {
		assertThat(LensApplicants.isPerson("MARKOWETZ FRANZ", List.of())).isTrue();
		assertThat(LensApplicants.isPerson("NUGENT MARK R.", List.of())).isTrue();
		assertThat(LensApplicants.isPerson("LUBELL; ALAN", List.of())).isTrue();
		assertThat(LensApplicants.isPerson("BURCHETTE ROBERT L JR", List.of())).isTrue();
	}

	@Test
	void organizationWordsLegalFormsAndOtherSignsMakeAnOrganization() {
		assertThat(LensApplicants.isPerson("THALES SA", List.of())).isFalse();
		assertThat(LensApplicants.isPerson("UNIV BEIJING AGRICULT", List.of())).isFalse();
		assertThat(LensApplicants.isPerson("FLIR SYSTEMS", List.of())).isFalse();
		assertThat(LensApplicants.isPerson("AT & T IP I LP", List.of())).isFalse();
		assertThat(LensApplicants.isPerson("PARROT", List.of())).isFalse();
		assertThat(LensApplicants.isPerson("EADS (various locations)", List.of())).isFalse();
		assertThat(LensApplicants.isPerson("TOVARISHCHESTVO S OGRANICHENNO", List.of())).isFalse();
		assertThat(LensApplicants.isPerson("대우조선해양 주식회사", List.of())).isFalse();
		assertThat(LensApplicants.isPerson("ROWAN UNIVERSITY", List.of())).isFalse();
		assertThat(LensApplicants.isPerson("Parrot, S.A.", List.of())).isFalse();
	}

	@Test
	void agreesWithTheCleanedFilesOwnOrganizationListOnMostApplicants() throws IOException {
		Path file = SharedData.path("lens-drones-patents/drones_tac_1606_cleaned.csv");
		int[] counts = new int[2];
		try (InputStream in = Files.newInputStream(file); CsvTable table = CsvTable.open(in, ',')) {
			table.read(new CollectingSink(), List.of("applicants_use_me"), row -> {
				List<String> organizations = row.list("applicants_organisations_only", ";");
				List<String> inventors = row.list("inventors_useme", ";");
				for (String applicant : row.list("applicants_use_me", ";")) {
					boolean listedAsPerson = !organizations.contains(applicant);
					counts[0]++;
					counts[1] += LensApplicants.isPerson(applicant, inventors) == listedAsPerson ? 1 : 0;
				}
				return null;
			});
		}
		assertThat(counts[0]).isGreaterThan(1500);
		assertThat((double) counts[1] / counts[0]).isGreaterThan(0.96);
	}

}
