package org.ipgraph.ingest.orgs;

import org.ipgraph.graph.OrganizationNames;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CompactNamesTest {

	@Test
	void compactsNamesLikeTheParentMaps() {
		assertThat(compact("Abbott Laboratories")).isEqualTo("ABBOTTLAB");
		assertThat(compact("3M Innovative Properties Company")).isEqualTo("3MINNOVATIVEPPTYS");
		assertThat(compact("Samsung Electronics Co., Ltd.")).isEqualTo("SAMSUNGELECTRONICS");
		assertThat(compact("Microsoft Technology Licensing, LLC")).isEqualTo("MICROSOFTTECH");
		assertThat(compact("International Business Machines Corporation")).isEqualTo("INTBUSINESSMACHINES");
		assertThat(compact("Honeywell International Inc.")).isEqualTo("HONEYWELLINT");
		assertThat(compact("Texas Instruments Incorporated")).isEqualTo("TEXASINSTR");
		assertThat(compact("General Electric Company")).isEqualTo("GENELEC");
		assertThat(compact("Robert Bosch GmbH")).isEqualTo("ROBERTBOSCH");
	}

	@Test
	void dropsAUsStateSuffix() {
		assertThat(compact("Acme Corp of Delaware")).isEqualTo("ACMEOFDELAWARE");
		assertThat(compact("Acme Inc CA")).isEqualTo("ACME");
	}

	private static String compact(String name) {
		return CompactNames.compact(OrganizationNames.plainKey(name));
	}

}
