package org.ipgraph.graph;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonNameTest {

	@Test
	void readsFirstLastAndLastCommaFirstToTheSameKey() {
		assertThat(PersonName.parse("John A. Smith").key()).isEqualTo("john a smith");
		assertThat(PersonName.parse("Smith, John A.").key()).isEqualTo("john a smith");
		assertThat(PersonName.parseLastFirst("SMITH JOHN A").key()).isEqualTo("john a smith");
	}

	@Test
	void showsUpperCaseNamesInTitleCase() {
		assertThat(PersonName.parseLastFirst("MARKOWETZ FRANZ").display()).isEqualTo("Franz Markowetz");
		assertThat(PersonName.parse("José Müller").key()).isEqualTo("jose muller");
	}

}
