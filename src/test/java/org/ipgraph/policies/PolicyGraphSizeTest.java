package org.ipgraph.policies;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PolicyGraphSizeTest {

	private static final PolicyGraph.Kind COMPANY = new PolicyGraph.Kind("company", "its name");

	@Test
	void theUsPatentsCountedUnderItsNameMakeACompanyLargeAndTheReasonCitesTheMap() {
		PolicyGraph.Size size = PolicyGraph.size(COMPANY, null, 0, 8, 35531.461,
				"substringMatch_manuallyReviewed (SIEMENS)", 25);
		assertThat(size.value()).isEqualTo("large");
		assertThat(size.basis())
			.isEqualTo("35,531 US patents under its name in substringMatch_manuallyReviewed (SIEMENS) (at least 25)");
	}

	@Test
	void fewPatentsHereAndThereLeaveTheSizeUnknown() {
		PolicyGraph.Size size = PolicyGraph.size(COMPANY, null, 0, 8, 12.0, "substringMatch_manuallyReviewed (ACME)",
				25);
		assertThat(size.value()).isNull();
		assertThat(size.basis()).contains("size unknown");
		assertThat(PolicyGraph.size(COMPANY, null, 0, 3, null, null, 25).value()).isNull();
	}

	@Test
	void aGroupOrAManyPatentOwnerIsLargeAndANonCompanyHasNoSize() {
		assertThat(PolicyGraph.size(COMPANY, "Siemens AG", 0, 1, null, null, 25).basis())
			.isEqualTo("part of the group of Siemens AG (SUBSIDIARY_OF)");
		assertThat(PolicyGraph.size(COMPANY, null, 0, 30, null, null, 25).value()).isEqualTo("large");
		assertThat(
				PolicyGraph.size(new PolicyGraph.Kind("university", "its name"), null, 0, 300, 9000.0, "x", 25).value())
			.isEqualTo("n/a");
	}

}
