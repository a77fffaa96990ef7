package org.ipgraph.graph;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class FullTextTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			a AND             | a and
			AND b             | and b
			video NOT         | video not
			OR coding         | or coding
			works on OR gates | works on or gates
			NOT               | not
			x To y            | x to y
			""")
	void operatorWordsBecomeWordsInAnyPosition(String text, String query) {
		assertThat(FullText.escape(text)).isEqualTo(query);
	}

	@Test
	void everySpecialCharacterIsEscaped() {
		assertThat(FullText.escape("*:* OR name:* AND (((")).isEqualTo("\\*\\:\\* or name\\:\\* and \\(\\(\\(");
		assertThat(FullText.escape("a&&b || !c +d -e ~f ^2 \"q\" [x TO y] {z} /re/ \\"))
			.isEqualTo("a\\&\\&b \\|\\| \\!c \\+d \\-e \\~f \\^2 \\\"q\\\" \\[x to y\\] \\{z\\} \\/re\\/ \\\\");
	}

	@Test
	void operatorsSeparatedByAnySpaceAreCaught() {
		assertThat(FullText.escape("a\tAND\u3000b\u00A0OR\nc")).isEqualTo("a and b or c");
	}

	@Test
	void blankTextMatchesNothingAndLongTextIsCut() {
		assertThat(FullText.escape("   ")).isEqualTo(FullText.NOTHING);
		assertThat(FullText.escape(null)).isEqualTo(FullText.NOTHING);
		assertThat(FullText.escape("x ".repeat(5000))).hasSizeLessThanOrEqualTo(FullText.MAX_CHARS);
		String emoji = "a".repeat(FullText.MAX_CHARS - 1) + "\uD83D\uDE00";
		assertThat(FullText.escape(emoji)).hasSize(FullText.MAX_CHARS - 1);
	}

}
