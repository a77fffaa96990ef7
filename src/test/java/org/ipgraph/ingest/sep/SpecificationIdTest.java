package org.ipgraph.ingest.sep;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpecificationIdTest {

	@Test
	void dropsTheVersionAndPrefixes3gppNumbers() {
		assertThat(SpecificationId.parse("TS 36.300 v8.12.0"))
			.isEqualTo(new SpecificationId("3GPP TS 36.300", "8.12.0", "3GPP"));
		assertThat(SpecificationId.parse("3GPP  TS 36.300").id()).isEqualTo("3GPP TS 36.300");
		assertThat(SpecificationId.parse("TR 36.814").id()).isEqualTo("3GPP TR 36.814");
		assertThat(SpecificationId.parse("TS 38.101-2 v15.3.0").id()).isEqualTo("3GPP TS 38.101-2");
	}

	@Test
	void readsAnEtsiTranspositionAsThe3gppSpecification() {
		assertThat(SpecificationId.parse("TS 136 300 (RTS/TSGR-0236300v8c0) v8.12.0"))
			.isEqualTo(new SpecificationId("3GPP TS 36.300", "8.12.0", "3GPP"));
		assertThat(SpecificationId.parse("TS 123 272").id()).isEqualTo("3GPP TS 23.272");
	}

	@Test
	void keepsOtherIdsInUpperCaseWithSingleSpaces() {
		assertThat(SpecificationId.parse(" itu-t  H.265 ")).isEqualTo(new SpecificationId("ITU-T H.265", null, null));
		assertThat(SpecificationId.parse("ETSI EN 300 328").id()).isEqualTo("ETSI EN 300 328");
	}

}
