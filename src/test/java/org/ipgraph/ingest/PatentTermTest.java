package org.ipgraph.ingest;

import java.time.LocalDate;

import org.ipgraph.graph.PatentNumber;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PatentTermTest {

	private static PatentRecord.Builder patent(String number, String type, String filed, String granted) {
		return PatentRecord.builder(PatentNumber.parse(number, "US").orElseThrow())
			.type(type)
			.filingDate(filed == null ? null : LocalDate.parse(filed))
			.grantDate(granted == null ? null : LocalDate.parse(granted));
	}

	private static PatentTerm.Expiry expiry(PatentRecord.Builder builder) {
		return PatentTerm.of(builder.build()).orElseThrow();
	}

	@Test
	void utilityRunsTwentyYearsFromFilingPlusTheAdjustment() {
		PatentTerm.Expiry e = expiry(patent("US6836899", "utility", "2003-01-09", "2005-01-04")
			.term(new PatentRecord.TermData(167, null, false, null)));
		assertThat(e.expiry()).isEqualTo("2023-06-25");
		assertThat(e.source()).isEqualTo(PatentTerm.GRANT);
		assertThat(e.basis()).contains("filed 2003-01-09 + 20 years", "167 days");
	}

	@Test
	void aContinuationRunsFromItsEarliestParentAndADisclaimerMakesItAnUpperBound() {
		PatentTerm.Expiry e = expiry(patent("US7640932", "utility", "2005-06-17", "2010-01-05")
			.term(new PatentRecord.TermData(715, null, false, LocalDate.parse("1998-04-03"))));
		assertThat(e.expiry()).isEqualTo("2020-03-18");
		assertThat(e.basis()).startsWith("earliest parent application filed 1998-04-03").doesNotContain("disclaimer");
		assertThat(expiry(patent("US6982404", "utility", "2005-04-07", "2006-01-03")
			.term(new PatentRecord.TermData(0, null, true, LocalDate.parse("2000-07-25")))))
			.satisfies(d -> assertThat(d.expiry()).isEqualTo("2020-07-25"))
			.satisfies(d -> assertThat(d.basis()).contains("terminal disclaimer"));
	}

	@Test
	void filedBefore1995TheLongerOfSeventeenFromGrantAndTwentyFromFiling() {
		assertThat(expiry(patent("US5500000", "utility", "1993-01-10", "1996-03-19")
			.term(new PatentRecord.TermData(0, null, false, null))).expiry()).isEqualTo("2013-03-19");
		assertThat(expiry(patent("US5400000", "utility", "1994-12-01", "1995-03-21")
			.term(new PatentRecord.TermData(0, null, false, null))).expiry()).isEqualTo("2014-12-01");
	}

	@Test
	void designsRunFromGrantFourteenOrFifteenYears() {
		assertThat(expiry(patent("USD513425", "design", "2005-01-07", "2006-01-03")
			.term(new PatentRecord.TermData(0, 14, false, null))).expiry()).isEqualTo("2020-01-03");
		assertThat(expiry(patent("USD800000", "design", "2015-05-13", "2017-04-25")).expiry()).isEqualTo("2032-04-25");
		assertThat(expiry(patent("USD700000", "design", "2015-05-12", "2014-02-25")).expiry()).isEqualTo("2028-02-25");
	}

	@Test
	void withoutTermDataItIsAnEstimate() {
		PatentTerm.Expiry us = expiry(patent("US11000000", "utility", "2017-01-01", "2021-05-11"));
		assertThat(us.expiry()).isEqualTo("2037-01-01");
		assertThat(us.source()).isEqualTo(PatentTerm.ESTIMATE);
		PatentTerm.Expiry ep = expiry(patent("EP1234567", "utility", "2001-04-02", "2004-06-09"));
		assertThat(ep.expiry()).isEqualTo("2021-04-02");
		assertThat(ep.source()).isEqualTo(PatentTerm.ESTIMATE);
	}

	@Test
	void noExpiryForApplicationsReissuesOrMissingDates() {
		assertThat(PatentTerm.of(patent("US20190123456", "application", "2018-01-01", null).build())).isEmpty();
		assertThat(PatentTerm.of(patent("USRE38123", "reissue", "2001-01-01", "2003-05-27").build())).isEmpty();
		assertThat(PatentTerm.of(patent("US7000000", "utility", null, "2006-02-14").build())).isEmpty();
		assertThat(PatentTerm.of(patent("US7000001", null, "2003-01-01", "2006-02-14").build())).isEmpty();
	}

}
