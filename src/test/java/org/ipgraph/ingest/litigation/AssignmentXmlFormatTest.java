package org.ipgraph.ingest.litigation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.ipgraph.ingest.csv.CollectingSink;
import org.ipgraph.test.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class AssignmentXmlFormatTest {

	final AssignmentXmlFormat format = new AssignmentXmlFormat();

	@TempDir
	Path dir;

	@Test
	void readsAnAssignmentBetweenCompaniesWithItsPatents() throws IOException {
		Path file = SharedData.path("uspto-api-response-fixtures/assignment_1.xml");
		assertThat(this.format.accepts(file, CollectingSink.head(file))).isTrue();
		CollectingSink sink = CollectingSink.read(this.format, file);
		assertThat(sink.rejections).isEmpty();
		Assignment a = sink.all(Assignment.class).get(0);
		assertThat(a.reelFrame()).isEqualTo("18247/405");
		assertThat(a.conveyance()).isEqualTo(Conveyance.ASSIGNMENT);
		assertThat(a.date()).isEqualTo(LocalDate.of(2006, 9, 14));
		assertThat(a.assignors()).containsExactly("REALTIME DATA COMPRESSION SYSTEMS, INC.");
		assertThat(a.assignees()).containsExactly(
				new Assignment.Assignee("REALTIME DATA LLC", "15 WEST 36TH STREET, NEW YORK, NEW YORK 10018"));
		assertThat(a.patents()).extracting(p -> p.number().key())
			.containsExactly("US7130913", "US7321937", "US6195024", "US6309424", "US6601104");
		assertThat(a.patents().get(0).filingDate()).isEqualTo(LocalDate.of(2003, 7, 28));
		assertThat(a.patents().get(0).inventors()).containsExactly("James J. Fallon");
	}

	@Test
	void aPublishedApplicationIsKeptUnderItsPublicationNumber() throws IOException {
		CollectingSink sink = CollectingSink.read(this.format,
				SharedData.path("uspto-api-response-fixtures/assignment_2.xml"));
		Assignment a = sink.all(Assignment.class).get(0);
		assertThat(a.patents()).extracting(p -> p.number().key()).containsExactly("US20180114740");
		assertThat(a.patents().get(0).inventors()).hasSize(5).contains("Robert James Ramm");
		assertThat(AssignmentWriter.isPerson("RAMM, ROBERT JAMES", a.patents().get(0).inventors())).isTrue();
		assertThat(AssignmentWriter.isPerson("TESLA MOTORS, INC.", a.patents().get(0).inventors())).isFalse();
	}

	@Test
	void securityInterestsAndReleasesAreToldApartFromAssignments() throws IOException {
		CollectingSink sink = CollectingSink.read(this.format,
				SharedData.path("uspto-api-response-fixtures/assignment_3.xml"));
		assertThat(sink.rejections).isEmpty();
		assertThat(sink.all(Assignment.class)).extracting(Assignment::conveyance)
			.containsExactly(Conveyance.SECURITY, Conveyance.SECURITY, Conveyance.RELEASE, Conveyance.RELEASE,
					Conveyance.SECURITY, Conveyance.SECURITY, Conveyance.SECURITY, Conveyance.SECURITY,
					Conveyance.ASSIGNMENT);
	}

	@Test
	void conveyanceTexts() {
		assertThat(List.of("ASSIGNMENT OF ASSIGNORS INTEREST (SEE DOCUMENT FOR DETAILS).", "NUNC PRO TUNC ASSIGNMENT",
				"MERGER (SEE DOCUMENT FOR DETAILS).", "CHANGE OF NAME (SEE DOCUMENT FOR DETAILS).",
				"SECURITY AGREEMENT", "RELEASE BY SECURED PARTY (SEE DOCUMENT FOR DETAILS).", "EXCLUSIVE LICENSE",
				"ASSIGNMENT OF SECURITY INTEREST", "CONDITIONAL ASSIGNMENT", "COURT ORDER"))
			.extracting(Conveyance::of)
			.containsExactly(Conveyance.ASSIGNMENT, Conveyance.ASSIGNMENT, Conveyance.MERGER, Conveyance.NAME_CHANGE,
					Conveyance.SECURITY, Conveyance.RELEASE, Conveyance.LICENSE, Conveyance.SECURITY,
					Conveyance.SECURITY, Conveyance.OTHER);
	}

	@Test
	void aDocWithoutReelOrPatentsIsRejectedAlone() throws IOException {
		Path file = this.dir.resolve("a.xml");
		Files.writeString(file, """
				<?xml version="1.0" encoding="UTF-8"?>
				<response><result name="response" numFound="2" start="0">
				<doc><str name="reelNo">1</str><str name="frameNo">2</str>
				  <str name="conveyanceText">ASSIGNMENT OF ASSIGNORS INTEREST</str>
				  <arr name="patNum"><str>NULL</str></arr><arr name="publNum"><str>NULL</str></arr></doc>
				<doc><str name="frameNo">3</str></doc>
				</result>
				<lst name="highlighting"><lst name="1-2"><arr name="reelNo"/></lst></lst></response>
				""");
		CollectingSink sink = CollectingSink.read(this.format, file);
		assertThat(sink.records).isEmpty();
		assertThat(sink.rejections).containsExactly(
				"doc 1 (line 3): reel/frame 1/2 names no patent or publication number",
				"doc 2 (line 6): missing reelNo or frameNo");
	}

}
