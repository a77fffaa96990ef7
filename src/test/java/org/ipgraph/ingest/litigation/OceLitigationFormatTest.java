package org.ipgraph.ingest.litigation;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.ipgraph.ingest.csv.CollectingSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class OceLitigationFormatTest {

	final OceLitigationFormat format = new OceLitigationFormat();

	@TempDir
	Path dir;

	@Test
	void recognisesEachTableByItsPublishedColumnNames() throws IOException {
		OceFiles.sample(this.dir);
		for (String table : List.of("cases", "names", "attorneys", "documents", "patents")) {
			Path file = this.dir.resolve(table + ".csv");
			assertThat(this.format.accepts(file, CollectingSink.head(file))).as(table).isTrue();
		}
		Path other = OceFiles.write(this.dir, "other.csv", "Title,Publication Nr.,Declaring Company", "a,b,c");
		assertThat(this.format.accepts(other, CollectingSink.head(other))).isFalse();
	}

	@Test
	void aCaseIsKeyedByCourtAndDocketNumberAndADeclaratoryActionIsMarked() throws IOException {
		OceFiles.sample(this.dir);
		CollectingSink sink = CollectingSink.read(this.format, this.dir.resolve("cases.csv"));
		List<DocketCase> cases = sink.all(DocketCase.class);
		assertThat(cases).extracting(DocketCase::key)
			.containsExactly("txed:2:15-cv-01234", "txed:2:16-cv-00077", "ded:1:16-cv-00500");
		DocketCase first = cases.get(0);
		assertThat(first.title()).isEqualTo("Acme Licensing LLC v. Globex Corp");
		assertThat(first.filedOn()).isEqualTo(LocalDate.of(2015, 3, 2));
		assertThat(first.closedOn()).isEqualTo(LocalDate.of(2016, 1, 15));
		assertThat(first.declaratoryJudgment()).isFalse();
		assertThat(cases.get(1).closedOn()).isNull();
		assertThat(cases.get(2).declaratoryJudgment()).isTrue();
		assertThat(sink.rejections).singleElement()
			.asString()
			.startsWith("line 5: ")
			.contains("unparseable date '03/02/2017' in column 'date_filed'");
	}

	@Test
	void partiesArePlaintiffsAndDefendantsCounterclaimsAreLeftOutAndANamelessPartyIsRejected() throws IOException {
		OceFiles.sample(this.dir);
		CollectingSink sink = CollectingSink.read(this.format, this.dir.resolve("names.csv"));
		assertThat(sink.all(DocketParty.class))
			.extracting(DocketParty::caseKey, DocketParty::plaintiff, DocketParty::name)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("txed:2:15-cv-01234", true, "Acme Licensing LLC"),
					org.assertj.core.groups.Tuple.tuple("txed:2:15-cv-01234", false, "Globex Corp."),
					org.assertj.core.groups.Tuple.tuple("txed:2:16-cv-00077", true, "ACME LICENSING L.L.C."),
					org.assertj.core.groups.Tuple.tuple("txed:2:16-cv-00077", false, "Initech Inc."),
					org.assertj.core.groups.Tuple.tuple("txed:2:16-cv-00077", false, "Initrode GmbH"),
					org.assertj.core.groups.Tuple.tuple("ded:1:16-cv-00500", true, "Globex Corporation"),
					org.assertj.core.groups.Tuple.tuple("ded:1:16-cv-00500", false, "Acme Licensing LLC"));
		assertThat(sink.rejections).containsExactly("line 10: missing value in column 'name'");
	}

	@Test
	void patentsInSuitSkipApplicationNumbersAndNoNumberMarkersAndRejectTheUnparseable() throws IOException {
		OceFiles.sample(this.dir);
		CollectingSink sink = CollectingSink.read(this.format, this.dir.resolve("patents.csv"));
		assertThat(sink.all(PatentInSuit.class)).extracting(p -> p.caseKey() + " " + p.patent().key())
			.containsExactly("txed:2:15-cv-01234 US7654321", "txed:2:16-cv-00077 US7654321",
					"txed:2:16-cv-00077 USRE38123");
		assertThat(sink.all(PatentInSuit.class).get(0).caseTypes()).containsExactly("1");
		assertThat(sink.rejections).containsExactly("line 7: unparseable patent number 'not a number'");
	}

	@Test
	void docketEntriesAreCountedPerCase() throws IOException {
		OceFiles.sample(this.dir);
		CollectingSink sink = CollectingSink.read(this.format, this.dir.resolve("documents.csv"));
		assertThat(sink.all(DocketActivity.class)).containsExactly(
				new DocketActivity("txed:2:15-cv-01234", "1", 3, LocalDate.of(2016, 1, 15)),
				new DocketActivity("txed:2:16-cv-00077", "2", 1, LocalDate.of(2016, 5, 10)));
	}

	@Test
	void aTableWithoutTheLinkingColumnsIsRejectedAsAWhole() throws IOException {
		Path file = OceFiles.write(this.dir, "names.csv", "case_row_id,party_type,name", "1,Plaintiff,Acme");
		CollectingSink sink = CollectingSink.read(this.format, file);
		assertThat(sink.records).isEmpty();
		assertThat(sink.rejections).singleElement()
			.asString()
			.startsWith("file: header lacks column(s) [case_number, district_id]");
	}

}
