package org.ipgraph.graph;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CpcSymbolTest {

	@Test
	void normalizesSpacingAndKnowsItsLevel() {
		assertThat(CpcSymbol.parse("H04N 19/70")).contains(new CpcSymbol("H04N19/70", "subgroup"));
		assertThat(CpcSymbol.parse("h04n19/00")).contains(new CpcSymbol("H04N19/00", "group"));
		assertThat(CpcSymbol.parse("H04N19")).contains(new CpcSymbol("H04N19/00", "group"));
		assertThat(CpcSymbol.parse("B60R2011/0043 (2013.01)")).contains(new CpcSymbol("B60R2011/0043", "subgroup"));
		assertThat(CpcSymbol.parse("H04N")).contains(new CpcSymbol("H04N", "subclass"));
		assertThat(CpcSymbol.parse("H")).contains(new CpcSymbol("H", "section"));
		assertThat(CpcSymbol.parse("XYZ")).isEmpty();
	}

	@Test
	void derivesTheLineageFromTheSymbol() {
		assertThat(CpcSymbol.parse("H04N19/70").orElseThrow().lineage()).extracting(CpcSymbol::symbol)
			.containsExactly("H04N19/70", "H04N19/00", "H04N", "H04", "H");
		assertThat(CpcSymbol.parse("A01C2001/048").orElseThrow().lineage()).extracting(CpcSymbol::symbol)
			.as("an indexing code's main group is not in the scheme")
			.containsExactly("A01C2001/048", "A01C", "A01", "A");
	}

}
