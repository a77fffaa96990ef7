package org.ipgraph.providers;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProviderTextRuleTest {

	static String kind(String name, String sentence) {
		int start = sentence.indexOf(name);
		return ProviderTextRule.kind(name, sentence, start, start + name.length());
	}

	@Test
	void namesAndContextsMarkBanksAgenciesFirmsAndEvaluators() {
		assertThat(kind("Hanse Bank", "Hanse Bank accepted the patents as collateral for the loan.")).isEqualTo("bank");
		assertThat(kind("Sino IP Agency", "The application was filed through Sino IP Agency for the patent."))
			.isEqualTo("agency");
		assertThat(kind("Roe Patent Attorneys", "Roe Patent Attorneys drafted the patent claims."))
			.isEqualTo("law_firm");
		assertThat(kind("Ocean Valuation Partners", "Ocean Valuation Partners reviewed the patent portfolio."))
			.isEqualTo("evaluator");
		assertThat(kind("Meridian", "Meridian appraised the patent portfolio at $40 million.")).isEqualTo("evaluator");
		assertThat(kind("Meridian", "The patents were valued by Meridian before the pledge.")).isEqualTo("evaluator");
		assertThat(kind("Meridian", "The patent valuation was carried out by Meridian.")).isEqualTo("evaluator");
	}

	@Test
	void otherOrganizationsAndSentencesWithoutIpAreNoProviders() {
		assertThat(kind("Acme", "Acme licensed its patents to Globex.")).isNull();
		assertThat(kind("Globex", "Acme valued the patents of Globex at $1 million.")).isNull();
		assertThat(kind("Hanse Bank", "Hanse Bank opened a branch in Hamburg.")).isNull();
		assertThat(kind("Tokyo Stock Exchange", "Tokyo Stock Exchange listed the patent licensing firm.")).isNull();
		assertThat(ProviderTextRule.kind(null, "patents", 0, 0)).isNull();
	}

}
