package org.ipgraph.ingest;

import org.ipgraph.graph.PatentNumber;
import org.ipgraph.graph.PersonName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PatentRecordTest {

	@Test
	void organizationKeysAreTheGraphsKeysOfTheOrganizationOwnersOnce() {
		PatentRecord record = PatentRecord.builder(PatentNumber.parse("US10000001", "US").orElseThrow())
			.owner(Party.organization("Apple Inc."))
			.owner(Party.person(PersonName.parse("Jane Doe")))
			.owner(Party.organization("APPLE, INC"))
			.owner(Party.organization("  "))
			.owner(Party.organization("Sony Corporation"))
			.build();
		assertThat(record.organizationKeys()).containsExactly("apple", "sony");
	}

}
