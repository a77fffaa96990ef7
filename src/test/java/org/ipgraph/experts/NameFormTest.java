package org.ipgraph.experts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameFormTest {

	@Test
	void accentsCaseAndPunctuationDoNotMatter() {
		assertThat(NameForm.of("Felipe A.", "García").match(NameForm.of("FELIPE A", "GARCIA")))
			.isEqualTo(NameForm.Match.EXACT);
		assertThat(NameForm.of("Adam G.", "Russek-Sobol").family()).isEqualTo("russeksobol");
	}

	@Test
	void aMissingMiddleInitialIsAWeakerMatch() {
		assertThat(NameForm.of("Felipe A", "Garcia").match(NameForm.of("Felipe", "Garcia")))
			.isEqualTo(NameForm.Match.MIDDLE);
		assertThat(NameForm.of("Robert J.", "Kline").match(NameForm.of("Robert James", "Kline")))
			.isEqualTo(NameForm.Match.MIDDLE);
	}

	@Test
	void initialsMatchOnlyTheirOwnLetters() {
		assertThat(NameForm.of("R. J.", "Kline").match(NameForm.of("Robert J.", "Kline")))
			.isEqualTo(NameForm.Match.INITIAL);
		assertThat(NameForm.of("R. K.", "Kline").match(NameForm.of("Robert J.", "Kline")))
			.isEqualTo(NameForm.Match.NONE);
		assertThat(NameForm.of("Robert", "Kline").match(NameForm.of("Ryan", "Kline"))).isEqualTo(NameForm.Match.NONE);
	}

	@Test
	void differentMiddleInitialsOrSuffixesAreDifferentPeople() {
		assertThat(NameForm.of("Robert J.", "Kline").match(NameForm.of("Robert K.", "Kline")))
			.isEqualTo(NameForm.Match.NONE);
		assertThat(NameForm.of("John", "Smith Jr.").match(NameForm.of("John", "Smith Sr.")))
			.isEqualTo(NameForm.Match.NONE);
	}

	@Test
	void aSuffixWrittenAmongTheGivenNamesIsRecognized() {
		// Lens writes "WOODALL JR ROBERT C": family name first
		NameForm lens = NameForm.of("JR ROBERT C", "WOODALL");
		assertThat(lens.given()).containsExactly("robert", "c");
		assertThat(lens.suffix()).isEqualTo("jr");
		assertThat(lens.match(NameForm.of("Robert", "Woodall"))).isEqualTo(NameForm.Match.MIDDLE);
		assertThat(lens.block()).isEqualTo("woodall|r");
	}

}
