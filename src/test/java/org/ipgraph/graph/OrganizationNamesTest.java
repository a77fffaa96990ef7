package org.ipgraph.graph;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class OrganizationNamesTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Apple Inc.                                   | apple
			APPLE INC                                    | apple
			Apple, Inc.                                  | apple
			The Boeing Company                           | boeing
			International Business Machines Corporation  | int business machines
			SAMSUNG ELECTRONICS CO., LTD.                | samsung elect
			Samsung Electronics Co Ltd                   | samsung elect
			SAMSUNG ELECTRONICS CO LTD                   | samsung elect
			Kabushiki Kaisha Toshiba                     | toshiba
			Toshiba K.K.                                 | toshiba
			Siemens Aktiengesellschaft                   | siemens
			SIEMENS AG                                   | siemens
			Robert Bosch GmbH                            | robert bosch
			Telefonaktiebolaget LM Ericsson (publ)       | telefonaktiebolaget lm ericsson publ
			AT&T Intellectual Property I, L.P.           | at t intellectual property i
			Nokia Technologies Oy                        | nokia tech
			NOKIA TECH OY                                | nokia tech
			UNIV CALIFORNIA                              | univ california
			The Regents of the University of California  | regents univ california
			University of California                     | univ california
			Société Générale S.A.                        | societe generale
			Koninklijke Philips N.V.                     | koninklijke philips
			Procter & Gamble Company                     | procter gamble
			""")
	void collapsesSpellingVariantsOfOneOwner(String raw, String key) {
		assertThat(OrganizationNames.key(raw)).isEqualTo(key);
	}

	@Test
	void keepsDistinctEntitiesApart() {
		assertThat(OrganizationNames.key("InterDigital Patent Holdings, Inc."))
			.isNotEqualTo(OrganizationNames.key("InterDigital, Inc."));
		assertThat(OrganizationNames.key("Apple Bank for Savings")).isNotEqualTo(OrganizationNames.key("Apple Inc."));
	}

	@Test
	void neverStripsANameToNothing() {
		assertThat(OrganizationNames.key("The Company")).isEqualTo("company");
		assertThat(OrganizationNames.key("Inc.")).isEqualTo("inc");
		assertThat(OrganizationNames.key("  ")).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Massachusetts Institute of Technology                          | UNIVERSITY
			MASSACHUSETTS INST TECHNOLOGY                                  | UNIVERSITY
			UNIV CALIFORNIA                                                | UNIVERSITY
			KOREA ELECTRONICS TELECOMM RES INST                            | RESEARCH_INSTITUTE
			The Regents of the University of California                    | UNIVERSITY
			The United States of America as represented by the Secretary of the Navy | GOVERNMENT_AGENCY
			Fraunhofer-Gesellschaft zur Förderung der angewandten Forschung e.V.    | RESEARCH_INSTITUTE
			Electronics and Telecommunications Research Institute          | RESEARCH_INSTITUTE
			Citibank, N.A.                                                 | SERVICE_INSTITUTION
			Apple Inc.                                                     | COMPANY
			""")
	void suggestsAKindFromTheName(String raw, OrganizationKind kind) {
		assertThat(OrganizationNames.kind(raw)).isEqualTo(kind);
	}

}
