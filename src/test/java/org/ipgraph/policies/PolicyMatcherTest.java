package org.ipgraph.policies;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PolicyMatcherTest {

	static PolicyFacts smeFund() {
		return new PolicyFacts("fund:sme", "Fund", "SME Fund", List.of("company"), List.of("university"),
				List.of("sme"), List.of(), List.of("EU"), List.of(), List.of("G06F"), List.of(), List.of("grant"),
				List.of("EUR 1,350"), List.of(), List.of("European Commission"));
	}

	static Applicant company(String country, String size, List<String> cpc) {
		return new Applicant("acme", "Acme", "company", "its name", country, null, "address in the graph", size,
				size == null ? "3 patents in the graph and no employee count: size unknown" : "a test", 3, cpc,
				"CPC of its 3 patents");
	}

	@Test
	void everyCriterionMetIsEligibleWithItsReasons() {
		PolicyMatch match = PolicyMatcher.match(company("AT", "small", List.of("G06F", "H04L")), smeFund());
		assertThat(match.eligible()).isEqualTo("eligible");
		assertThat(match.reasons()).extracting(Reason::text)
			.contains("region: yes, AT (address in the graph) is in EU", "field: G06F matches");
	}

	@Test
	void oneNoMakesItNotEligibleAndUnknownsAreSaidSo() {
		PolicyMatch large = PolicyMatcher.match(company("DE", "large", List.of("G06F")), smeFund());
		assertThat(large.eligible()).isEqualTo("not-eligible");
		assertThat(large.reasons()).filteredOn(r -> r.criterion().equals("size"))
			.extracting(Reason::verdict)
			.containsExactly("no");
		PolicyMatch swiss = PolicyMatcher.match(company("CH", "small", List.of("G06F")), smeFund());
		assertThat(swiss.eligible()).isEqualTo("not-eligible");
		PolicyMatch unknown = PolicyMatcher.match(company(null, null, List.of()), smeFund());
		assertThat(unknown.eligible()).isEqualTo("possibly");
		assertThat(unknown.reasons()).extracting(Reason::criterion, Reason::verdict)
			.contains(org.assertj.core.groups.Tuple.tuple("size", "unknown"),
					org.assertj.core.groups.Tuple.tuple("region", "unknown"),
					org.assertj.core.groups.Tuple.tuple("field", "unknown"));
		assertThat(large.score()).isLessThan(unknown.score());
	}

	@Test
	void universitiesAreNonprofitsAndExcludedKindsAreNo() {
		Applicant university = new Applicant("univ", "Univ", "university", "its name", "FR", null, "address", "n/a",
				"not a company", 4, List.of("G06F"), "CPC");
		assertThat(PolicyMatcher.match(university, smeFund()).eligible()).isEqualTo("not-eligible");
		PolicyFacts bayhDole = new PolicyFacts("policy:bd", "Policy", "Bayh-Dole", List.of("nonprofit", "company"),
				List.of(), List.of("small-business"), List.of(), List.of("US"), List.of(), List.of(), List.of(),
				List.of("other"), List.of(), List.of(), List.of());
		Applicant mit = new Applicant("mit", "MIT", "university", "its name", "US", null, "address", "n/a",
				"not a company", 13, List.of(), "none");
		PolicyMatch match = PolicyMatcher.match(mit, bayhDole);
		assertThat(match.eligible()).isEqualTo("eligible");
		assertThat(match.reasons()).filteredOn(r -> r.criterion().equals("size"))
			.extracting(Reason::text)
			.allSatisfy(t -> assertThat(t).contains("is for companies"));
	}

	@Test
	void aSubdivisionDecidesWhenTheTextNamesOne() {
		PolicyFacts guangdong = new PolicyFacts("fund:gd", "Fund", "GD", List.of("company"), List.of(), List.of(),
				List.of(), List.of("CN-GD"), List.of(), List.of(), List.of(), List.of("risk-compensation"), List.of(),
				List.of(), List.of());
		Applicant shenzhen = new Applicant("sz", "SZ Co", "company", "its name", "CN", "CN-GD", "the name", null,
				"unknown", 2, List.of(), "none");
		Applicant guizhou = new Applicant("gz", "GZ Co", "company", "its name", "CN", "CN-GZ", "the name", null,
				"unknown", 2, List.of(), "none");
		Applicant china = new Applicant("cn", "CN Co", "company", "its name", "CN", null, "filings", null, "unknown", 2,
				List.of(), "none");
		assertThat(PolicyMatcher.match(shenzhen, guangdong).eligible()).isEqualTo("eligible");
		assertThat(PolicyMatcher.match(guizhou, guangdong).eligible()).isEqualTo("not-eligible");
		assertThat(PolicyMatcher.match(china, guangdong).eligible()).isEqualTo("possibly");
	}

	@Test
	void aTaxReliefIsOnlyForThoseResidentInItsCountryAndAnUnknownCountryIsNotAssumed() {
		PolicyFacts credit = new PolicyFacts("policy:credit", "Policy", "R&D tax credit", List.of("company"), List.of(),
				List.of(), List.of(), List.of(), List.of("IE"), List.of(), List.of(), List.of("tax-relief"), List.of(),
				List.of(), List.of());
		PolicyMatch irish = PolicyMatcher.match(company("IE", null, List.of()), credit);
		assertThat(irish.predictedEligible()).isTrue();
		assertThat(irish.reasons()).extracting(Reason::criterion, Reason::verdict)
			.contains(org.assertj.core.groups.Tuple.tuple("residence", "yes"));
		PolicyMatch american = PolicyMatcher.match(company("US", "small", List.of()), credit);
		assertThat(american.eligible()).isEqualTo("not-eligible");
		assertThat(american.reasons()).extracting(Reason::text)
			.contains(
					"tax residence: no, US (address in the graph); a tax relief of IE is for those who pay tax there");
		// an unknown country: possibly, but the yes-or-no answer does not assume the tax
		// is paid there; an unknown region of another policy is still assumed met
		PolicyMatch unknown = PolicyMatcher.match(company(null, null, List.of()), credit);
		assertThat(unknown.eligible()).isEqualTo("possibly");
		assertThat(unknown.predictedEligible()).isFalse();
		PolicyFacts grant = new PolicyFacts("fund:g", "Fund", "Grant", List.of("company"), List.of(), List.of(),
				List.of(), List.of("IE"), List.of(), List.of(), List.of(), List.of("grant"), List.of(), List.of(),
				List.of());
		assertThat(PolicyMatcher.match(company(null, null, List.of()), grant).predictedEligible()).isTrue();
		assertThat(PolicyMatcher.match(company(null, null, List.of()), grant).reasons()).extracting(Reason::criterion)
			.doesNotContain("residence");
	}

	@Test
	void aPlaceTheTextLeavesOutIsNoForOrganizationsThereAndUnknownWithoutACountry() {
		// rule G in the matcher: "every patentee not residing in Japan"
		PolicyFacts designation = new PolicyFacts("policy:agent", "Policy", "Agent designation", List.of("any"),
				List.of("JP"), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
				List.of(), List.of());
		PolicyMatch home = PolicyMatcher.match(company("JP", null, List.of()), designation);
		assertThat(home.eligible()).isEqualTo("not-eligible");
		assertThat(home.reasons()).extracting(Reason::text)
			.contains("exclusion: no, JP (address in the graph) is in JP, a place the text leaves out");
		assertThat(PolicyMatcher.match(company("FR", null, List.of()), designation).eligible()).isEqualTo("eligible");
		assertThat(PolicyMatcher.match(company(null, null, List.of()), designation).reasons())
			.extracting(Reason::criterion, Reason::verdict)
			.contains(org.assertj.core.groups.Tuple.tuple("exclusion", "unknown"));
	}

	@Test
	void aPatentRoleIsMetByAPatentHolderAndUnknownWithoutPatents() {
		PolicyFacts reissue = new PolicyFacts("policy:r", "Policy", "Reissue", List.of(EligibilityRules.PATENT_HOLDER),
				List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
				List.of(), List.of());
		PolicyMatch holder = PolicyMatcher.match(company("US", null, List.of("G06F")), reissue);
		assertThat(holder.reasons()).filteredOn(r -> r.criterion().equals("recipient"))
			.extracting(Reason::verdict, Reason::text)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("yes",
					"recipient: yes, a patent role (the applicant, the patentee, an owner or a party: any patent "
							+ "holder); 3 patents in the graph"));
		assertThat(holder.predictedEligible()).isTrue();
		Applicant none = new Applicant("gov", "Ministry", "government", "its name", "AU", null, "address", "n/a",
				"not a company", 0, List.of(), "no patents");
		PolicyMatch noPatents = PolicyMatcher.match(none, reissue);
		assertThat(noPatents.eligible()).isEqualTo("possibly");
		assertThat(noPatents.predictedEligible()).isFalse();
		// residents of a place left out: an unknown country leaves the role unknown, a
		// country there is no
		PolicyFacts nonResident = new PolicyFacts("policy:n", "Policy", "Designation",
				List.of(EligibilityRules.PATENT_HOLDER), List.of("US"), List.of(), List.of(), List.of(), List.of(),
				List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
		assertThat(PolicyMatcher.match(company(null, null, List.of()), nonResident).predictedEligible()).isFalse();
		assertThat(PolicyMatcher.match(company("US", null, List.of()), nonResident).eligible())
			.isEqualTo("not-eligible");
		assertThat(PolicyMatcher.match(company("TW", null, List.of()), nonResident).predictedEligible()).isTrue();
	}

}
