package org.ipgraph.ingest.orgs;

import org.ipgraph.graph.OrganizationKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SsoRowsTest {

	@Test
	void splitsSeveralParentsButNotALegalForm() {
		assertThat(SsoRows.parents("SITA, Airbus")).containsExactly("SITA", "Airbus");
		assertThat(SsoRows.parents("China Spacesat Co., Ltd.")).containsExactly("China Spacesat Co., Ltd.");
		assertThat(SsoRows.parents("")).isEmpty();
	}

	@Test
	void tellsAliasesFromSubsidiaries() {
		assertThat(ParentRelation.of("Cisco Systems Inc.", "Cisco")).isEqualTo("alias");
		assertThat(ParentRelation.of("Sony Group", "Sony")).isEqualTo("alias");
		assertThat(ParentRelation.of("China Telecomunication Corporation", "China Telecom")).isEqualTo("alias");
		assertThat(ParentRelation.of("Akami Technologies", "Akamai Technologies")).isEqualTo("alias");
		assertThat(ParentRelation.of("Apple France", "Apple")).isEqualTo("subsidiary");
		assertThat(ParentRelation.of("NTT DOCOMO INC.", "Nippon Telegraph and Telephone Corporation"))
			.isEqualTo("subsidiary");
		assertThat(ParentRelation.of("Qualcomm Austria RFFE GmbH", "Qualcomm Incorporated")).isEqualTo("subsidiary");
	}

	@Test
	void curatedKindsFollowTheStakeholderGroup() {
		assertThat(CuratedKinds.of("ETH Zurich", "Academia ", "Research Institution"))
			.isEqualTo(OrganizationKind.UNIVERSITY);
		assertThat(CuratedKinds.of("Fraunhofer Institute for Open Communication Systems FOKUS", "Academia", ""))
			.isEqualTo(OrganizationKind.RESEARCH_INSTITUTE);
		assertThat(CuratedKinds.of("x", "Goverment", "")).isEqualTo(OrganizationKind.GOVERNMENT_AGENCY);
		assertThat(CuratedKinds.of("x", "Business ", "Financial Institution"))
			.isEqualTo(OrganizationKind.SERVICE_INSTITUTION);
		assertThat(CuratedKinds.of("3GPP", "Technical Community", "Standards Body"))
			.isEqualTo(OrganizationKind.STANDARDS_BODY);
		assertThat(CuratedKinds.of("NIST", "Government", "Regional Standards Body"))
			.isEqualTo(OrganizationKind.GOVERNMENT_AGENCY);
		assertThat(CuratedKinds.of("ARTICLE19", "Civil Society", "Civil Society Organization")).isNull();
	}

}
