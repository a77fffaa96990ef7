package org.ipgraph.graph;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PatentNumberTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			US 7,654,321 B2      | US7654321     | B2
			US-12219082-B2       | US12219082    | B2
			US7654321B2          | US7654321     | B2
			7654321              | US7654321     |
			07654321             | US7654321     |
			US 2019/0123456 A1   | US20190123456 | A1
			EP1234567            | EP1234567     |
			AT 399980 B          | AT399980      | B
			RE38123              | USRE38123     |
			US D512,345 S        | USD512345     | S
			WO 2015/123456 A1    | WO2015123456  | A1
			""")
	void parsesTheCommonSpellingsToOneKey(String text, String key, String kind) {
		PatentNumber number = PatentNumber.parse(text, "US").orElseThrow();
		assertThat(number.key()).isEqualTo(key);
		assertThat(number.kind()).isEqualTo(kind);
	}

	@Test
	void rejectsWhatIsNotANumber() {
		assertThat(PatentNumber.parse("not a number", "US")).isEmpty();
		assertThat(PatentNumber.parse("", "US")).isEmpty();
		assertThat(PatentNumber.parse("1234", null)).isEmpty();
	}

}
